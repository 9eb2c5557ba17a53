package dev.ispkit.dci6;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * A recipe (a script run after an OS installation) available in a location. Only recipes whose access is "All" can
 * be sold; tags tie them to OS templates.
 *
 * <pre>{@code
 * Optional<Recipe> panel = dci.recipes().list(locationId).stream()
 *     .filter(r -> r.tags().contains("ispmanager")).findFirst();
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRecipe.class)
public abstract class Recipe implements PanelObject, Tagged {
  Recipe() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Recipe}. */
  public static final class Builder extends ImmutableRecipe.Builder {
    Builder() {}
  }
}

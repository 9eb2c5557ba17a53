package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A DCImanager 6 location: a data center. Its id is what BILLmanager calls the data center's "external id", so a
 * processing module allocates servers of one location.
 *
 * <p>Read from {@code GET /dci/v3/location} and embedded in every server as {@code location}: {@code
 * {"geolocation": "Russia, Moscow, Aviamotornaya 69", "id": 3, "name": "DataPro Moscow I (RU)", "userspace": 2}}.
 *
 * <pre>{@code
 * Location moscow = dci.locations().all().stream().filter(l -> l.id() == 3).findFirst().orElseThrow();
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLocation.class)
public abstract class Location implements PanelObject {
  Location() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The address, for example {@code Russia, Moscow, Aviamotornaya 69}. */
  @JsonProperty("geolocation")
  public abstract Optional<String> geolocation();

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}

package dev.ispkit.vm6;

import dev.ispkit.client.core.transport.Require;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A recipe to run on a new or reinstalled virtual machine, with its parameters: one entry of the panel's {@code
 * recipe_list}.
 *
 * <pre>{@code
 * RecipeRun lamp = RecipeRun.builder().recipeId(5).putParams("MYSQL_ROOT_PASSWORD", secret).build();
 * }</pre>
 */
@Value.Immutable
public abstract class RecipeRun {
  RecipeRun() {}

  /** A builder; {@link Builder#recipeId(long)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A recipe without parameters.
   *
   * @param recipeId the recipe's id
   * @return the run
   */
  public static RecipeRun of(long recipeId) {
    return builder().recipeId(recipeId).build();
  }

  /** The recipe's id. */
  public abstract long recipeId();

  /** The recipe's parameters by name; they may hold secrets, so they are never printed. */
  @Value.Redacted
  public abstract Map<String, String> params();

  @Value.Check
  void check() {
    Require.id("recipeId", recipeId());
    params().keySet().forEach(name -> Require.notBlank("params", name));
  }

  Map<String, Object> toBody() {
    List<Map<String, String>> params = params().entrySet().stream()
        .map(param -> Map.of("name", param.getKey(), "value", param.getValue()))
        .toList();
    return new JsonBody().put("recipe", recipeId()).putNonEmpty("recipe_params", params).toMap();
  }

  /** Builds a {@link RecipeRun}. */
  public static final class Builder extends ImmutableRecipeRun.Builder {
    Builder() {}
  }
}

package dev.ispkit.vm6;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A recipe: a script VMmanager runs on a new or reinstalled virtual machine (BILLmanager's "Use recipes" module
 * option). Pass its id in {@link RecipeRun} when creating or reinstalling.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRecipe.class)
public abstract class Recipe {
  Recipe() {}

  /** The recipe's id. */
  public abstract long id();

  /** The recipe's name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** The repository it comes from. */
  public abstract Optional<String> repository();

  /** The recipe's tags (which OS families it fits, for example). */
  public abstract List<String> tags();

  /** How many parameters it takes. */
  @JsonProperty("params_count")
  public abstract OptionalInt paramsCount();

  /** Every field of the panel's answer this class does not map, as JSON. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}

package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An {@link OsTemplate} or a {@link Recipe}: the panel ties recipes to the templates they fit by shared tags.
 *
 * <pre>{@code
 * boolean fits = !Collections.disjoint(template.tags(), recipe.tags());
 * }</pre>
 */
public interface Tagged {
  /** The tags, for example {@code linux} or {@code ispmanager}. */
  @JsonProperty("tags")
  List<String> tags();
}

package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * What every object DCImanager 6 lists by id and name has: a {@link Server}, a {@link Location}, an {@link
 * OsTemplate}, a {@link Recipe}. Code that shows objects or picks one by name works on all of them.
 *
 * <pre>{@code
 * static String label(PanelObject object) {
 *   return object.name().orElse("#" + object.id());   // "cs59019", "DataPro Moscow I (RU)", "#12"
 * }
 * }</pre>
 */
public interface PanelObject {
  /** The object's id, unique among the panel's objects of its kind. */
  @JsonProperty("id")
  long id();

  /**
   * The object's name as the panel shows it, for example {@code cs59019} for a server, {@code DataPro Moscow I (RU)}
   * for a location, {@code Debian 12} for an OS template.
   */
  @JsonProperty("name")
  Optional<String> name();
}

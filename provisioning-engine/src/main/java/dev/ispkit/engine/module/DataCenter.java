package dev.ispkit.engine.module;

import dev.ispkit.engine.InvalidSettingException;
import java.util.OptionalLong;

/**
 * A BILLmanager data center a processing module belongs to. For DCImanager 6 its external id is the DCImanager
 * location servers are taken from; a VMmanager 6 module's data center must have none.
 *
 * <p>Example: {@code DataCenter.withExternalId(1, "Moscow", 3)} for DCImanager location 3.
 *
 * @param id the data center's id
 * @param name its name
 * @param externalId the external data center id, empty when none
 */
public record DataCenter(long id, String name, OptionalLong externalId) {
  /** Validates the values. */
  public DataCenter {
    InvalidSettingException.requireNotNegative("data center id", id);
    InvalidSettingException.requireText("data center name", name);
    InvalidSettingException.requirePresent("data center external id", externalId);
    if (externalId.isPresent()) {
      InvalidSettingException.requireNotNegative("data center external id", externalId.getAsLong());
    }
  }

  /**
   * A data center without an external id (VMmanager 6).
   *
   * @param id the id
   * @param name the name
   * @return the data center
   */
  public static DataCenter of(long id, String name) {
    return new DataCenter(id, name, OptionalLong.empty());
  }

  /**
   * A data center bound to a DCImanager 6 location.
   *
   * @param id the id
   * @param name the name
   * @param externalId the DCImanager location id
   * @return the data center
   */
  public static DataCenter withExternalId(long id, String name, long externalId) {
    return new DataCenter(id, name, OptionalLong.of(externalId));
  }
}

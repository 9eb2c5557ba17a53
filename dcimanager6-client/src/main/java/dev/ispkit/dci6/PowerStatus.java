package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * The power state of a server as DCImanager 6 reports it in {@code power_status}: it combines the PDU port and the
 * BMC, and the BMC wins when both are known (docs: "server power supply management logic").
 *
 * <pre>{@code
 * switch (dci.power().status(serverId)) {
 *   case OFF -> dci.power().on(serverId);
 *   case ON -> { }
 *   case UNKNOWN -> report("power state of " + serverId + " unknown: " + server.rawPowerStatus().orElse("none"));
 * }
 * }</pre>
 *
 * <p>A word this version does not know, or none, reads as {@link #UNKNOWN}, as the panel's own {@code unknown}
 * does; the server keeps the word as sent ({@link Server#rawPowerStatus()}).
 */
public enum PowerStatus {
  /** Powered on (seen). */
  ON,
  /** Powered off (the docs say OFF; the panel sends lower case). */
  OFF,
  /**
   * Neither the PDU nor the BMC can tell (the panel's {@code unknown}, seen), a word this version does not know, or
   * none.
   */
  UNKNOWN;

  /**
   * The value for the panel's word.
   *
   * @param raw the word as the panel writes it, in any case
   * @return the constant; {@link #UNKNOWN} for {@code unknown}, a word this version does not know, a blank one or
   *     none
   */
  public static PowerStatus of(String raw) {
    return OpenEnums.parse(PowerStatus.class, raw, UNKNOWN);
  }
}

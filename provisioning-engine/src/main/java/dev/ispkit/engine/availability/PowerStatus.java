package dev.ispkit.engine.availability;

import java.util.Locale;

/**
 * A server's power status as DCImanager 6 reports it ({@code power_status}). Status sync powers an Active service's
 * server on and a Stopped service's server off.
 *
 * <p>An adapter maps the panel's string with {@link #fromPanel(String)}.
 */
public enum PowerStatus {
  /** Powered on. */
  ON,
  /** Powered off. */
  OFF,
  /** The panel cannot tell (no IPMI or PDU answer), or reported a status the engine does not know. */
  UNKNOWN;

  /**
   * Maps {@code on} and {@code off} (any case); anything else, {@code null} included, is {@link #UNKNOWN}.
   *
   * @param status the panel's {@code power_status}
   * @return the power status
   */
  public static PowerStatus fromPanel(String status) {
    if (status == null) {
      return UNKNOWN;
    }
    switch (status.trim().toLowerCase(Locale.ROOT)) {
      case "on":
        return ON;
      case "off":
        return OFF;
      default:
        return UNKNOWN;
    }
  }
}

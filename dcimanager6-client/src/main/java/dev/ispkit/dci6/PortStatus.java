package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * The status of a switch or PDU port: {@code admin_status} and {@code oper_status} of a switch connection, {@code
 * power_status} of a PDU connection.
 *
 * <pre>{@code
 * dci.switchPorts().set(connection.switchId().orElseThrow(), connection.id(), PortStatus.DOWN);
 * }</pre>
 *
 * <p>A word this version does not know, or none, reads as {@link #UNKNOWN}; the value that carries it keeps the
 * word as sent ({@link SwitchConnection#rawAdminStatus()}).
 */
public enum PortStatus {
  /** Enabled, or carrying a link. */
  UP,
  /** Disabled, or without a link. */
  DOWN,
  /** A value this version does not know, or none. */
  UNKNOWN;

  /**
   * The value for the panel's word.
   *
   * @param raw the word as the panel writes it, in any case
   * @return the constant; {@link #UNKNOWN} for a word this version does not know, a blank one or none
   */
  public static PortStatus of(String raw) {
    return OpenEnums.parse(PortStatus.class, raw, UNKNOWN);
  }
}

package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * Where a server physically is, its {@code warehouse_status}.
 *
 * <pre>{@code
 * boolean racked = server.warehouseStatus() == WarehouseStatus.IN_RACK;
 * }</pre>
 *
 * <p>A word this version does not know, or none, reads as {@link #UNKNOWN}; the value that carries it keeps the
 * word as sent ({@link Server#rawWarehouseStatus()}).
 */
public enum WarehouseStatus {
  /** Mounted in a rack (seen in a production answer). */
  IN_RACK,
  /** A value this version does not know, or none. */
  UNKNOWN;

  /**
   * The value for the panel's word.
   *
   * @param raw the word as the panel writes it, in any case
   * @return the constant; {@link #UNKNOWN} for a word this version does not know, a blank one or none
   */
  public static WarehouseStatus of(String raw) {
    return OpenEnums.parse(WarehouseStatus.class, raw, UNKNOWN);
  }
}

package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * What a DCImanager 6 operation does, its {@code type} (inferred, see {@code docs/panel-contract.md}).
 *
 * <pre>{@code
 * boolean installing = operation.type() == OperationType.INSTALL;
 * }</pre>
 *
 * <p>A word this version does not know, or none, reads as {@link #UNKNOWN}; the value that carries it keeps the
 * word as sent ({@link Operation#rawType()}).
 */
public enum OperationType {
  /** Diagnostics. */
  DIAG,
  /** OS installation. */
  INSTALL,
  /** A value this version does not know, or none. */
  UNKNOWN;

  /**
   * The value for the panel's word.
   *
   * @param raw the word as the panel writes it, in any case
   * @return the constant; {@link #UNKNOWN} for a word this version does not know, a blank one or none
   */
  public static OperationType of(String raw) {
    return OpenEnums.parse(OperationType.class, raw, UNKNOWN);
  }
}

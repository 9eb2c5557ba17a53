package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * The family of an OS template, {@code linux} or {@code windows} (inferred, see {@code docs/panel-contract.md}): what
 * a processing module decides its installation timeout by.
 *
 * <pre>{@code
 * Duration timeout = template.osFamily() == OsFamily.WINDOWS ? windowsTimeout : linuxTimeout;
 * }</pre>
 *
 * <p>A word this version does not know, or none, reads as {@link #UNKNOWN}; the value that carries it keeps the
 * word as sent ({@link OsTemplate#rawOsFamily()}).
 */
public enum OsFamily {
  /** Linux and other Unix-like systems. */
  LINUX,
  /** Windows. */
  WINDOWS,
  /** A value this version does not know, or none. */
  UNKNOWN;

  /**
   * The value for the panel's word.
   *
   * @param raw the word as the panel writes it, in any case
   * @return the constant; {@link #UNKNOWN} for a word this version does not know, a blank one or none
   */
  public static OsFamily of(String raw) {
    return OpenEnums.parse(OsFamily.class, raw, UNKNOWN);
  }
}

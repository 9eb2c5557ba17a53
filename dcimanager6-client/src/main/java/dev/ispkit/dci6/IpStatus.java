package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * The status of a server's IP address: {@code ok} once assigned, {@code allocating} while the IP manager works.
 *
 * <pre>{@code
 * boolean ready = ip.status() == IpStatus.OK;
 * }</pre>
 *
 * <p>A word this version does not know, or none, reads as {@link #UNKNOWN}; the value that carries it keeps the
 * word as sent ({@link Ip#rawStatus()}).
 */
public enum IpStatus {
  /** Assigned (seen). */
  OK,
  /** Being assigned (the docs' sample value). */
  ALLOCATING,
  /** A value this version does not know, or none. */
  UNKNOWN;

  /**
   * The value for the panel's word.
   *
   * @param raw the word as the panel writes it, in any case
   * @return the constant; {@link #UNKNOWN} for a word this version does not know, a blank one or none
   */
  public static IpStatus of(String raw) {
    return OpenEnums.parse(IpStatus.class, raw, UNKNOWN);
  }
}

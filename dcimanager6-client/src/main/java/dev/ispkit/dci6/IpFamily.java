package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * The family of an IP address: {@code ipv4} or {@code ipv6}.
 *
 * <pre>{@code
 * dci.ips().add(serverId, IpRequest.builder().family(IpFamily.IPV6).build());
 * }</pre>
 *
 * <p>A word this version does not know, or none, reads as {@link #UNKNOWN}; the value that carries it keeps the
 * word as sent ({@link Ip#rawFamily()}).
 */
public enum IpFamily {
  /** IPv4. */
  IPV4,
  /** IPv6. */
  IPV6,
  /** A value this version does not know, or none. */
  UNKNOWN;

  /**
   * The value for the panel's word.
   *
   * @param raw the word as the panel writes it, in any case
   * @return the constant; {@link #UNKNOWN} for a word this version does not know, a blank one or none
   */
  public static IpFamily of(String raw) {
    return OpenEnums.parse(IpFamily.class, raw, UNKNOWN);
  }
}

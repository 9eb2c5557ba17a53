package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * The family of an IP address: {@code ipv4} or {@code ipv6}.
 *
 * <pre>{@code
 * dci.ips().add(serverId, IpRequest.builder().family(IpFamily.IPV6).build());
 * }</pre>
 *
 * <p>A value ispkit does not know is kept as sent (see {@link OpenEnum}).
 */
public final class IpFamily extends OpenEnum {
  /** IPv4. */
  public static final IpFamily IPV4 = new IpFamily("ipv4", true);
  /** IPv6. */
  public static final IpFamily IPV6 = new IpFamily("ipv6", true);

  private static final Map<String, IpFamily> KNOWN = index(IPV4, IPV6);

  private IpFamily(String raw, boolean known) {
    super(raw, known);
  }

  /**
   * The value for a raw text: the known constant (ignoring case) or a new unknown value.
   *
   * @param raw the text as the panel writes it
   * @return the value
   * @throws dev.ispkit.client.core.InvalidInputException when the text is null or blank
   */
  public static IpFamily of(String raw) {
    return of("family", raw, KNOWN, unknown -> new IpFamily(unknown, false));
  }

  /** What the JSON reader calls: an empty text reads as no value rather than an error. */
  @JsonCreator
  static IpFamily fromPanel(String raw) {
    return raw == null || raw.isBlank() ? null : of(raw);
  }
}

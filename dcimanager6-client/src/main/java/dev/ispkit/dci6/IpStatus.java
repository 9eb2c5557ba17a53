package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * The status of a server's IP address: {@code ok} once assigned, {@code allocating} while the IP manager works.
 *
 * <pre>{@code
 * boolean ready = ip.status().map(IpStatus.OK::equals).orElse(false);
 * }</pre>
 *
 * <p>A value ispkit does not know is kept as sent (see {@link OpenEnum}).
 */
public final class IpStatus extends OpenEnum {
  /** Assigned (seen). */
  public static final IpStatus OK = new IpStatus("ok", true);
  /** Being assigned (the docs' sample value). */
  public static final IpStatus ALLOCATING = new IpStatus("allocating", true);

  private static final Map<String, IpStatus> KNOWN = index(OK, ALLOCATING);

  private IpStatus(String raw, boolean known) {
    super(raw, known);
  }

  /**
   * The value for a raw text: the known constant (ignoring case) or a new unknown value.
   *
   * @param raw the text as the panel writes it
   * @return the value
   * @throws dev.ispkit.client.core.InvalidInputException when the text is null or blank
   */
  public static IpStatus of(String raw) {
    return of("status", raw, KNOWN, unknown -> new IpStatus(unknown, false));
  }

  /** What the JSON reader calls: an empty text reads as no value rather than an error. */
  @JsonCreator
  static IpStatus fromPanel(String raw) {
    return raw == null || raw.isBlank() ? null : of(raw);
  }
}

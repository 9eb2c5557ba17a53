package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * The power state of a server as DCImanager 6 reports it in {@code power_status}: it combines the PDU port and the
 * BMC, and the BMC wins when both are known (docs: "server power supply management logic").
 *
 * <pre>{@code
 * if (dci.power().status(serverId).equals(PowerStatus.OFF)) {
 *   dci.power().on(serverId);
 * }
 * }</pre>
 *
 * <p>A value ispkit does not know is kept as sent (see {@link OpenEnum}).
 */
public final class PowerStatus extends OpenEnum {
  /** Powered on (seen). */
  public static final PowerStatus ON = new PowerStatus("on", true);
  /** Powered off (the docs say OFF; the lower-case form is what the panel sends for the others). */
  public static final PowerStatus OFF = new PowerStatus("off", true);
  /** Neither the PDU nor the BMC can tell (seen). */
  public static final PowerStatus UNKNOWN = new PowerStatus("unknown", true);

  private static final Map<String, PowerStatus> KNOWN = index(ON, OFF, UNKNOWN);

  private PowerStatus(String raw, boolean known) {
    super(raw, known);
  }

  /**
   * The value for a raw text: the known constant (ignoring case) or a new unknown value.
   *
   * @param raw the text as the panel writes it
   * @return the value
   * @throws dev.ispkit.client.core.InvalidInputException when the text is null or blank
   */
  public static PowerStatus of(String raw) {
    return of("power_status", raw, KNOWN, unknown -> new PowerStatus(unknown, false));
  }

  /** What the JSON reader calls: an empty text reads as no value rather than an error. */
  @JsonCreator
  static PowerStatus fromPanel(String raw) {
    return raw == null || raw.isBlank() ? null : of(raw);
  }
}

package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * The status of a switch or PDU port: {@code admin_status} and {@code oper_status} of a switch connection, {@code
 * power_status} of a PDU connection.
 *
 * <pre>{@code
 * dci.switchPorts().set(connection.switchId().orElseThrow(), connection.id(), PortStatus.DOWN);
 * }</pre>
 *
 * <p>A value ispkit does not know is kept as sent (see {@link OpenEnum}).
 */
public final class PortStatus extends OpenEnum {
  /** Enabled, or carrying a link. */
  public static final PortStatus UP = new PortStatus("up", true);
  /** Disabled, or without a link. */
  public static final PortStatus DOWN = new PortStatus("down", true);

  private static final Map<String, PortStatus> KNOWN = index(UP, DOWN);

  private PortStatus(String raw, boolean known) {
    super(raw, known);
  }

  /**
   * The value for a raw text: the known constant (ignoring case) or a new unknown value.
   *
   * @param raw the text as the panel writes it
   * @return the value
   * @throws dev.ispkit.client.core.InvalidInputException when the text is null or blank
   */
  public static PortStatus of(String raw) {
    return of("admin_status", raw, KNOWN, unknown -> new PortStatus(unknown, false));
  }

  /** What the JSON reader calls: an empty text reads as no value rather than an error. */
  @JsonCreator
  static PortStatus fromPanel(String raw) {
    return raw == null || raw.isBlank() ? null : of(raw);
  }
}

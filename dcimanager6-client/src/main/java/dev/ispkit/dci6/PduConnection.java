package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A PDU socket a server is plugged into, an element of the server's {@code pdu_connection}. The docs show one object
 * with {@code port_identity}, a production answer shows a list with {@code identity}: both read as a list of these.
 *
 * <pre>{@code
 * boolean poweredSocket = server.pduConnections().stream()
 *     .anyMatch(pdu -> pdu.powerStatus() == PortStatus.UP);
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePduConnection.class)
public abstract class PduConnection {
  PduConnection() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The PDU port's id. */
  @JsonProperty("port_id")
  public abstract Optional<Long> portId();

  /** The socket's label on the PDU ({@code identity}, or {@code port_identity} in the docs). */
  @JsonProperty("identity")
  @JsonAlias("port_identity")
  public abstract Optional<String> identity();

  /** The PDU's id. */
  @JsonProperty("pdu_id")
  public abstract Optional<Long> pduId();

  /** The PDU's name. */
  @JsonProperty("pdu_name")
  public abstract Optional<String> pduName();

  /** The id of the cable between server and socket. */
  @JsonProperty("connection_id")
  public abstract Optional<Long> connectionId();

  /** The panel's {@code power_status} as sent, a word {@link #powerStatus()} may not know. */
  @JsonProperty("power_status")
  public abstract Optional<String> rawPowerStatus();

  /**
   * Whether the socket gives power; {@link PortStatus#UNKNOWN} when the panel's word is unknown or missing ({@link
   * #rawPowerStatus()} keeps the word).
   */
  public PortStatus powerStatus() {
    return PortStatus.of(rawPowerStatus().orElse(null));
  }

  /** Builds a {@link PduConnection}. */
  public static final class Builder extends ImmutablePduConnection.Builder {
    Builder() {}
  }
}

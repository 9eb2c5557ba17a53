package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A switch port a server is cabled to, an element of the server's {@code switch_connection}. Its {@link #id()} is
 * the port's id and {@link #switchId()} the switch's, the two ids the port on/off call needs.
 *
 * <p>The flags arrive as booleans (docs) or 0/1 (a production answer); both read the same.
 *
 * <pre>{@code
 * List<SwitchConnection> network = server.switchConnections().stream()
 *     .filter(c -> !c.isIpmiConnection()).collect(Collectors.toList());
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSwitchConnection.class)
public abstract class SwitchConnection {
  SwitchConnection() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The switch port's id. */
  @JsonProperty("id")
  public abstract long id();

  /** The switch's id ({@code switch}). */
  @JsonProperty("switch")
  public abstract Optional<Long> switchId();

  /** The switch's name. */
  @JsonProperty("switch_name")
  public abstract Optional<String> switchName();

  /** The id of the cable between server and port. */
  @JsonProperty("connection_id")
  public abstract Optional<Long> connectionId();

  /** The port's name on the switch, for example {@code GigabitEthernet0/14}. */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /** The panel's {@code admin_status} as sent, a word {@link #adminStatus()} may not know. */
  @JsonProperty("admin_status")
  public abstract Optional<String> rawAdminStatus();

  /**
   * Whether the port is enabled, what suspending a service turns down; {@link PortStatus#UNKNOWN} when the panel's
   * word is unknown or missing ({@link #rawAdminStatus()} keeps the word).
   */
  public PortStatus adminStatus() {
    return PortStatus.of(rawAdminStatus().orElse(null));
  }

  /** The panel's {@code oper_status} as sent, a word {@link #operStatus()} may not know. */
  @JsonProperty("oper_status")
  public abstract Optional<String> rawOperStatus();

  /**
   * Whether the port has a link; {@link PortStatus#UNKNOWN} when the panel's word is unknown or missing ({@link
   * #rawOperStatus()} keeps the word).
   */
  public PortStatus operStatus() {
    return PortStatus.of(rawOperStatus().orElse(null));
  }

  /** Whether this is the BMC's (IPMI's) port, which suspending must leave alone. */
  @JsonProperty("is_ipmi_connection")
  @Value.Default
  public boolean isIpmiConnection() {
    return false;
  }

  /** Whether the panel hides the connection in its interface. */
  @JsonProperty("hidden_connection")
  @Value.Default
  public boolean hiddenConnection() {
    return false;
  }

  /** Builds a {@link SwitchConnection}. */
  public static final class Builder extends ImmutableSwitchConnection.Builder {
    Builder() {}
  }
}

package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.OpenEnums;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A dedicated server as DCImanager 6 describes it: an element of {@code GET /dci/v3/server} and the answer of {@code
 * GET /dci/v3/server/{id}}.
 *
 * <p>It carries everything BILLmanager's availability rule reads (owner, configuration, exploitation status,
 * errors, the last operation, maintenance, MAC, location) and what the lifecycles need (power status, switch and PDU
 * connections, IP addresses, hardware). It reads the panel's JSON as it really is: 0/1 or booleans for flags, one
 * object or a list for {@code pdu_connection}, enumeration words that are missing or that ispkit does not know read
 * as {@code UNKNOWN} and are kept as sent by the {@code raw...()} accessors (see {@link
 * dev.ispkit.client.core.transport.OpenEnums}), fields it does not read ignored.
 *
 * <pre>{@code
 * Server server = dci.servers().get(3241);
 * boolean unowned = server.owner().isEmpty();
 * boolean lastOperationOk = server.operation().map(Operation::status)
 *     .map(s -> s.isSucceeded() || s.isCanceled()).orElse(true);
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableServer.class)
public abstract class Server implements PanelObject {
  Server() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The server's domain name. */
  @JsonProperty("domain")
  public abstract Optional<String> domain();

  /** The inventory barcode. */
  @JsonProperty("barcode")
  public abstract Optional<String> barcode();

  /** The panel's unique id of the server. */
  @JsonProperty("uuid")
  public abstract Optional<String> uuid();

  /** The user who owns the server; empty for a free server. */
  @JsonProperty("owner")
  public abstract Optional<Owner> owner();

  /** The owner's email, as the panel filters on it ({@code owner_email IS null} finds unowned servers). */
  @JsonProperty("owner_email")
  public abstract Optional<String> ownerEmail();

  /**
   * The configuration label diagnostics defined, for example {@code E-2146G-64Gb-1920SSD-3840SSD}; empty when
   * undefined (a server diagnostics has not described).
   */
  @JsonProperty("configuration")
  @Value.Default
  public String configuration() {
    return "";
  }

  /** The label diagnostics generated, before any manual change. */
  @JsonProperty("generated_configuration")
  public abstract Optional<String> generatedConfiguration();

  /** Whether an administrator set the configuration by hand. */
  @JsonProperty("is_custom_configuration")
  @Value.Default
  public boolean isCustomConfiguration() {
    return false;
  }

  /** The panel's {@code exploitation_status} as sent, a word {@link #exploitationStatus()} may not know. */
  @JsonProperty("exploitation_status")
  public abstract Optional<String> rawExploitationStatus();

  /**
   * Whether the server is in operation ({@code in_exploitation}); {@link ExploitationStatus#UNKNOWN} when the
   * panel's word is unknown or missing ({@link #rawExploitationStatus()} keeps the word).
   */
  public ExploitationStatus exploitationStatus() {
    return ExploitationStatus.of(rawExploitationStatus().orElse(null));
  }

  /** Whether the panel flags status errors on the server. */
  @JsonProperty("has_errors")
  @Value.Default
  public boolean hasErrors() {
    return false;
  }

  /** The error diagnostics reported, as the panel gave it; empty when none. */
  @JsonProperty("diag_error")
  public abstract Optional<PanelValue> diagError();

  /** The last operation on the server (running or ended); empty when it never had one. */
  @JsonProperty("operation")
  public abstract Optional<Operation> operation();

  /**
   * The maintenance flag as the panel sent it, whatever its shape. The field name {@code maintenance_mode} is
   * inferred (VMmanager 6 uses it for hosts; DCImanager's docs do not name the flag, and the captured production
   * list does not carry it), see {@code docs/panel-contract.md}.
   */
  @JsonProperty("maintenance_mode")
  public abstract Optional<PanelValue> rawMaintenanceMode();

  /**
   * Whether the server is in maintenance mode: {@code true}/{@code false}, {@code 1}/{@code 0}, {@code "on"}/{@code
   * "off"} and {@code "yes"}/{@code "no"} are read; empty when the panel sends no flag or one of another shape (tell
   * the two apart with {@link #rawMaintenanceMode()}).
   */
  public Optional<Boolean> maintenanceMode() {
    return rawMaintenanceMode().flatMap(value -> switch (value.text().trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "on", "yes" -> Optional.of(true);
      case "false", "0", "off", "no" -> Optional.of(false);
      default -> Optional.empty();
    });
  }

  /** The panel's {@code state} as sent, a word {@link #state()} may not know. */
  @JsonProperty("state")
  public abstract Optional<String> rawState();

  /**
   * The server's state; {@link ServerState#UNKNOWN} when the panel's word is unknown or missing ({@link #rawState()}
   * keeps the word).
   */
  public ServerState state() {
    return ServerState.of(rawState().orElse(null));
  }

  /** What the panel says about the state; its shape is not documented. */
  @JsonProperty("state_info")
  public abstract Optional<PanelValue> stateInfo();

  /** The panel's {@code warehouse_status} as sent, a word {@link #warehouseStatus()} may not know. */
  @JsonProperty("warehouse_status")
  public abstract Optional<String> rawWarehouseStatus();

  /**
   * Where the server physically is ({@code in_rack}); {@link WarehouseStatus#UNKNOWN} when the panel's word is
   * unknown or missing ({@link #rawWarehouseStatus()} keeps the word).
   */
  public WarehouseStatus warehouseStatus() {
    return WarehouseStatus.of(rawWarehouseStatus().orElse(null));
  }

  /** The server's MAC address as the panel writes it; empty when unknown. */
  @JsonProperty("mac")
  public abstract Optional<String> mac();

  /** The server's location. */
  @JsonProperty("location")
  public abstract Optional<Location> location();

  /** The location's id, from {@code location_id} or else from the embedded {@code location}. */
  @JsonProperty("location_id")
  @JsonSetter(nulls = Nulls.SKIP) // a null location_id must leave the fallback to location.id in charge
  @Value.Default
  public Optional<Long> locationId() {
    return location().map(Location::id);
  }

  /** The panel's {@code power_status} as sent, a word {@link #powerStatus()} may not know. */
  @JsonProperty("power_status")
  public abstract Optional<String> rawPowerStatus();

  /**
   * Whether the server is on or off; {@link PowerStatus#UNKNOWN} when the panel's word is {@code unknown}, a word
   * this version does not know, or missing ({@link #rawPowerStatus()} keeps the word).
   */
  public PowerStatus powerStatus() {
    return PowerStatus.of(rawPowerStatus().orElse(null));
  }

  /** The switch ports the server is cabled to; empty when its settings have none. */
  @JsonProperty("switch_connection")
  public abstract List<SwitchConnection> switchConnections();

  /** The PDU sockets the server is plugged into. */
  @JsonProperty("pdu_connection")
  public abstract List<PduConnection> pduConnections();

  /** The server's IP addresses. */
  @JsonProperty("ip")
  public abstract List<Ip> ips();

  /** The id of the main IPv4 address. */
  @JsonProperty("main_ipv4")
  public abstract Optional<Long> mainIpv4();

  /** The main IPv4 address. */
  @JsonProperty("main_ipv4_info")
  public abstract Optional<MainIp> mainIpv4Info();

  /** The id of the main IPv6 address. */
  @JsonProperty("main_ipv6")
  public abstract Optional<Long> mainIpv6();

  /** The main IPv6 address. */
  @JsonProperty("main_ipv6_info")
  public abstract Optional<MainIp> mainIpv6Info();

  /** Whether the server was just added and not processed yet. */
  @JsonProperty("is_new")
  @Value.Default
  public boolean isNew() {
    return false;
  }

  /**
   * The components diagnostics found, as the panel gave them (only {@code motherboard.model} is seen); the single
   * server call fills it, the list leaves it out.
   */
  @JsonProperty("hardware_info")
  public abstract Optional<PanelValue> hardwareInfo();

  /** The OS template installed last. */
  @JsonProperty("os_template")
  public abstract Optional<OsTemplate> osTemplate();

  /** The rack the server is mounted in. */
  @JsonProperty("rack")
  public abstract Optional<Rack> rack();

  /** The first rack unit the server takes. */
  @JsonProperty("unit")
  public abstract Optional<Integer> unit();

  /**
   * The main IPv4 address as text: from {@code main_ipv4_info}, else the address in {@link #ips()} whose id is
   * {@link #mainIpv4()}.
   */
  public final Optional<String> mainIpv4Address() {
    Optional<String> fromInfo = mainIpv4Info().flatMap(MainIp::address);
    if (fromInfo.isPresent()) {
      return fromInfo;
    }
    return mainIpv4().flatMap(id -> ips().stream().filter(ip -> ip.id() == id).findFirst()).map(Ip::address);
  }

  /** The switch connections that are not the BMC's: the ports that suspending and resuming turn down and up. */
  public final List<SwitchConnection> networkSwitchConnections() {
    return switchConnections().stream().filter(c -> !c.isIpmiConnection()).collect(Collectors.toUnmodifiableList());
  }

  /** Builds a {@link Server}. */
  public static final class Builder extends ImmutableServer.Builder {
    Builder() {}
  }
}

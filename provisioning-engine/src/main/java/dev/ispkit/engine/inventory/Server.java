package dev.ispkit.engine.inventory;

import dev.ispkit.engine.InvalidSettingException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The engine's view of one DCImanager 6 server: exactly what the availability rule, the configuration matcher and
 * the lifecycles read, and nothing of the panel's JSON. Immutable.
 *
 * <p>Hosts seldom build it by hand: the adapters in {@code provisioning-adapters} build it from the DCImanager 6
 * client's {@code Server} and map the panel's words to engine values in one table. What such an adapter does, for
 * a server {@code dci} read with {@code dci.servers().get(3241)}:
 *
 * <pre>{@code
 * Server server = Server.builder()
 *     .id(dci.id())                                             // 3241
 *     .name(dci.name().orElse(null))                            // "cs59019"
 *     .ownerId(930)                                             // dci.owner(): {"id": 930, ...}
 *     .configurationLabel(dci.configuration())                  // "i9-9900K-64Gb-2x1024NVMe"
 *     .diagnostics(DiagnosticsState.COMPLETED)                  // a generated configuration, no diagnostics running
 *     .diagnosticError(null)                                    // diag_error
 *     .statusErrors(dci.hasErrors())                            // has_errors
 *     .stateInfo(null)                                          // state_info
 *     .lastOperation(LastOperationStatus.RUNNING)               // operation.status "running"
 *     .runningOperationId(77)                                   // operation.id, while it runs
 *     .maintenance(MaintenanceMode.OFF)                         // maintenance_mode false
 *     .inOperation(true)                                        // exploitation_status "in_exploitation"
 *     .mac(dci.mac().orElse(null))                              // "0c:c4:7a:1e:22:10"
 *     .locationId(3)                                            // location_id
 *     .mainIpv4(dci.mainIpv4Address().orElse(null))             // "94.198.51.220"
 *     .power(PowerStatus.ON)                                    // power_status "on"
 *     .switchConnections(List.of(new SwitchConnection(900, 35, "GigabitEthernet0/14", false, true)))
 *     .build();
 * }</pre>
 *
 * <p>Nothing the panel sends makes {@code build()} fail except a missing or negative server id: a value the engine
 * cannot use is kept as a property of this one server, and the availability rule turns it into a reason.
 * <ul>
 *   <li>The MAC address is kept as a 48-bit number: {@code AA:BB:CC:DD:EE:FF}, {@code aa-bb-cc-dd-ee-ff} and {@code
 *       aabb.ccdd.eeff} are one address, and 100 000 servers are compared without allocating. A text that is not a
 *       MAC address is kept as given in {@link #unreadableMac()}; {@link #mac()} is then empty, and the server is
 *       unavailable ({@code MAC_UNREADABLE}), because nobody can tell whether another server shares it.</li>
 *   <li>A server without a location has an empty {@link #locationId()}, and is unavailable
 *       ({@code LOCATION_UNKNOWN}).</li>
 *   <li>A maintenance mode the panel did not give is {@link MaintenanceMode#UNKNOWN}, never "not in maintenance"
 *       ({@code MAINTENANCE_UNKNOWN}).</li>
 *   <li>What the panel says about the server's state ({@code state_info}) is kept as text in {@link #stateInfo()};
 *       the availability rule counts it as a status error, as DCImanager 6 writes it when a server has a problem
 *       (docs/panel-contract.md).</li>
 * </ul>
 */
public final class Server {
  private static final long NONE = -1L;

  private final long id;
  private final String name;
  private final boolean owned;
  private final long ownerId;
  private final String configurationLabel;
  /** Kept beside the label so the availability rule reads no string: 100 000 label reads are 100 000 cache misses. */
  private final boolean configurationDefined;
  private final DiagnosticsState diagnostics;
  private final String diagnosticError;
  private final boolean statusErrors;
  private final String stateInfo;
  private final LastOperationStatus lastOperation;
  private final long runningOperationId;
  private final MaintenanceMode maintenance;
  private final boolean inOperation;
  private final long mac;
  private final String unreadableMac;
  private final long locationId;
  private final String mainIpv4;
  private final PowerStatus power;
  private final List<SwitchConnection> switchConnections;

  private Server(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.owned = builder.owned;
    this.ownerId = builder.ownerId;
    this.configurationLabel = builder.configurationLabel;
    this.configurationDefined = !builder.configurationLabel.isEmpty();
    this.diagnostics = builder.diagnostics;
    this.diagnosticError = builder.diagnosticError;
    this.statusErrors = builder.statusErrors;
    this.stateInfo = builder.stateInfo;
    this.lastOperation = builder.lastOperation;
    this.runningOperationId = builder.runningOperationId;
    this.maintenance = builder.maintenance;
    this.inOperation = builder.inOperation;
    this.mac = builder.mac;
    this.unreadableMac = builder.unreadableMac;
    this.locationId = builder.locationId;
    this.mainIpv4 = builder.mainIpv4;
    this.power = builder.power;
    this.switchConnections = builder.switchConnections;
  }

  /** A builder with the defaults of a server nobody knows anything about yet (see {@link Builder}). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this server's values, to change some of them. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.idSet = true;
    builder.name = name;
    builder.owned = owned;
    builder.ownerId = ownerId;
    builder.configurationLabel = configurationLabel;
    builder.diagnostics = diagnostics;
    builder.diagnosticError = diagnosticError;
    builder.statusErrors = statusErrors;
    builder.stateInfo = stateInfo;
    builder.lastOperation = lastOperation;
    builder.runningOperationId = runningOperationId;
    builder.maintenance = maintenance;
    builder.inOperation = inOperation;
    builder.mac = mac;
    builder.unreadableMac = unreadableMac;
    builder.locationId = locationId;
    builder.mainIpv4 = mainIpv4;
    builder.power = power;
    builder.switchConnections = switchConnections;
    return builder;
  }

  /** The panel's server id. Also the matcher's final tie-break (lowest id first). */
  public long id() {
    return id;
  }

  /** The server's name in the panel, for task texts; empty when unknown. */
  public String name() {
    return name;
  }

  /** Whether the server has an owner (also when the panel did not say who: then {@link #ownerId()} is empty). */
  public boolean owned() {
    return owned;
  }

  /** The panel user who owns the server, what a claim re-verifies after setting the owner; empty when none. */
  public OptionalLong ownerId() {
    return ownerId == NONE ? OptionalLong.empty() : OptionalLong.of(ownerId);
  }

  /** The panel's configuration label, for example {@code i9-9900K-64Gb-2x1024NVMe}; empty when undefined. */
  public String configurationLabel() {
    return configurationLabel;
  }

  /** Whether diagnostics defined a configuration: the label is not empty. */
  public boolean configurationDefined() {
    return configurationDefined;
  }

  /** How far diagnostics got. */
  public DiagnosticsState diagnostics() {
    return diagnostics;
  }

  /** The panel's {@code diag_error}, when diagnostics reported one. */
  public Optional<String> diagnosticError() {
    return Optional.ofNullable(diagnosticError);
  }

  /** Whether the panel flags status errors on the server ({@code has_errors}). */
  public boolean statusErrors() {
    return statusErrors;
  }

  /** What the panel says about the server's state ({@code state_info}) as one line of text; empty when nothing. */
  public Optional<String> stateInfo() {
    return Optional.ofNullable(stateInfo);
  }

  /**
   * Whether the panel reports any error on the server: a diagnostic error, status errors or a state info. This is
   * the availability rule's "errors" condition, which a module may choose to ignore.
   */
  public boolean hasErrors() {
    return statusErrors || diagnosticError != null || stateInfo != null;
  }

  /** The status of the last operation on the server. */
  public LastOperationStatus lastOperation() {
    return lastOperation;
  }

  /** The id of the operation queued or running on the server, what the delete lifecycle stops; empty when none. */
  public OptionalLong runningOperationId() {
    return runningOperationId == NONE ? OptionalLong.empty() : OptionalLong.of(runningOperationId);
  }

  /** Whether the server is in maintenance mode; {@link MaintenanceMode#UNKNOWN} when the panel did not say. */
  public MaintenanceMode maintenance() {
    return maintenance;
  }

  /** Whether the server's exploitation status is "in operation". */
  public boolean inOperation() {
    return inOperation;
  }

  /** The MAC address as {@code aa:bb:cc:dd:ee:ff}; empty when the panel gave none or a text that is not one. */
  public Optional<String> mac() {
    if (mac == NONE) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(17);
    for (int shift = 40; shift >= 0; shift -= 8) {
      int octet = (int) ((mac >>> shift) & 0xff);
      text.append(Character.forDigit(octet >>> 4, 16)).append(Character.forDigit(octet & 0xf, 16));
      if (shift > 0) {
        text.append(':');
      }
    }
    return Optional.of(text.toString());
  }

  /**
   * The MAC address as a 48-bit number, for comparing the addresses of a whole inventory without allocating; -1 when
   * {@link #mac()} is empty.
   */
  public long macNumber() {
    return mac;
  }

  /** The panel's MAC text as given, when it is not a MAC address; empty when the address was readable or absent. */
  public Optional<String> unreadableMac() {
    return Optional.ofNullable(unreadableMac);
  }

  /** Whether the panel gave a MAC text that is not a MAC address. */
  public boolean macUnreadable() {
    return unreadableMac != null;
  }

  /** The id of the DCImanager 6 location the server is in; empty when the panel did not say. */
  public OptionalLong locationId() {
    return locationId == NONE ? OptionalLong.empty() : OptionalLong.of(locationId);
  }

  /**
   * Whether the server is in location {@code locationId}; {@code false} when its location is unknown. The
   * availability rule asks it of every server, so it allocates nothing.
   */
  public boolean isInLocation(long locationId) {
    return this.locationId != NONE && this.locationId == locationId;
  }

  /** The main IPv4 address as the panel writes it, for example {@code 94.198.51.220}; empty when none. */
  public Optional<String> mainIpv4() {
    return Optional.ofNullable(mainIpv4);
  }

  /** The server's power status. */
  public PowerStatus power() {
    return power;
  }

  /** The switch ports the server is connected to; empty when the server's settings have none. */
  public List<SwitchConnection> switchConnections() {
    return switchConnections;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Server)) {
      return false;
    }
    Server that = (Server) other;
    return id == that.id
        && owned == that.owned
        && ownerId == that.ownerId
        && statusErrors == that.statusErrors
        && runningOperationId == that.runningOperationId
        && inOperation == that.inOperation
        && mac == that.mac
        && locationId == that.locationId
        && name.equals(that.name)
        && configurationLabel.equals(that.configurationLabel)
        && diagnostics == that.diagnostics
        && Objects.equals(diagnosticError, that.diagnosticError)
        && Objects.equals(stateInfo, that.stateInfo)
        && lastOperation == that.lastOperation
        && maintenance == that.maintenance
        && Objects.equals(unreadableMac, that.unreadableMac)
        && Objects.equals(mainIpv4, that.mainIpv4)
        && power == that.power
        && switchConnections.equals(that.switchConnections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, owned, ownerId, configurationLabel, diagnostics, diagnosticError, statusErrors,
        stateInfo, lastOperation, runningOperationId, maintenance, inOperation, mac, unreadableMac, locationId,
        mainIpv4, power, switchConnections);
  }

  @Override
  public String toString() {
    return "Server{id=" + id + ", name=" + name + ", configuration=" + configurationLabel + ", location="
        + (locationId == NONE ? "unknown" : Long.toString(locationId)) + ", owned=" + owned + "}";
  }

  /**
   * Builds a {@link Server}. Only {@link #id(long)} is required; the other values default to the least available
   * state that is not an error: no owner, no configuration, diagnostics not run, no errors, no operation,
   * maintenance unknown, not in operation, no MAC, location unknown, no main IPv4 address, power unknown, no switch
   * ports.
   */
  public static final class Builder {
    private long id;
    private boolean idSet;
    private String name = "";
    private boolean owned;
    private long ownerId = NONE;
    private String configurationLabel = "";
    private DiagnosticsState diagnostics = DiagnosticsState.NOT_RUN;
    private String diagnosticError;
    private boolean statusErrors;
    private String stateInfo;
    private LastOperationStatus lastOperation = LastOperationStatus.NONE;
    private long runningOperationId = NONE;
    private MaintenanceMode maintenance = MaintenanceMode.UNKNOWN;
    private boolean inOperation;
    private long mac = NONE;
    private String unreadableMac;
    private long locationId = NONE;
    private String mainIpv4;
    private PowerStatus power = PowerStatus.UNKNOWN;
    private List<SwitchConnection> switchConnections = List.of();

    private Builder() {}

    /** The panel's server id, not negative. */
    public Builder id(long id) {
      this.id = InvalidSettingException.requireNotNegative("server id", id);
      this.idSet = true;
      return this;
    }

    /** The server's name in the panel; {@code null} is taken as unknown (empty). */
    public Builder name(String name) {
      this.name = name == null ? "" : name;
      return this;
    }

    /**
     * Whether the server has an owner, for a panel that does not say who; {@code false} also forgets the owner's id.
     */
    public Builder owned(boolean owned) {
      this.owned = owned;
      if (!owned) {
        this.ownerId = NONE;
      }
      return this;
    }

    /** The id of the panel user who owns the server, not negative; the server is then owned. */
    public Builder ownerId(long ownerId) {
      this.ownerId = InvalidSettingException.requireNotNegative("owner id", ownerId);
      this.owned = true;
      return this;
    }

    /** The panel's configuration label; {@code null} and blank are taken as undefined (empty). */
    public Builder configurationLabel(String label) {
      this.configurationLabel = label == null ? "" : SharedLabels.share(label.trim());
      return this;
    }

    /** How far diagnostics got. */
    public Builder diagnostics(DiagnosticsState diagnostics) {
      this.diagnostics = InvalidSettingException.requirePresent("diagnostics", diagnostics);
      return this;
    }

    /** The panel's {@code diag_error}; {@code null} or blank means none. */
    public Builder diagnosticError(String error) {
      this.diagnosticError = blankToNull(error);
      return this;
    }

    /** Whether the panel flags status errors ({@code has_errors}). */
    public Builder statusErrors(boolean statusErrors) {
      this.statusErrors = statusErrors;
      return this;
    }

    /** What the panel says about the server's state ({@code state_info}) as text; {@code null} or blank is none. */
    public Builder stateInfo(String stateInfo) {
      this.stateInfo = blankToNull(stateInfo);
      return this;
    }

    /** The status of the last operation. */
    public Builder lastOperation(LastOperationStatus status) {
      this.lastOperation = InvalidSettingException.requirePresent("last operation status", status);
      return this;
    }

    /** The id of the operation queued or running on the server, not negative. */
    public Builder runningOperationId(long operationId) {
      this.runningOperationId = InvalidSettingException.requireNotNegative("running operation id", operationId);
      return this;
    }

    /** Whether the server is in maintenance mode; {@link MaintenanceMode#UNKNOWN} when the panel did not say. */
    public Builder maintenance(MaintenanceMode maintenance) {
      this.maintenance = InvalidSettingException.requirePresent("maintenance mode", maintenance);
      return this;
    }

    /** Whether the exploitation status is "in operation". */
    public Builder inOperation(boolean inOperation) {
      this.inOperation = inOperation;
      return this;
    }

    /**
     * The MAC address as the panel writes it: 12 hexadecimal digits, optionally separated by {@code :}, {@code -} or
     * {@code .}; {@code null} or blank means the panel does not know it. Any other text is kept as the server's
     * {@link Server#unreadableMac()}: it makes this server unavailable, never the inventory unreadable.
     */
    public Builder mac(String mac) {
      long bits = parseMac(mac);
      this.mac = bits;
      this.unreadableMac = bits == NONE && mac != null && !mac.isBlank() ? mac : null;
      return this;
    }

    /** The id of the DCImanager 6 location, not negative. Not set: the location is unknown. */
    public Builder locationId(long locationId) {
      this.locationId = InvalidSettingException.requireNotNegative("location id", locationId);
      return this;
    }

    /** The main IPv4 address as the panel writes it; {@code null} or blank means none. */
    public Builder mainIpv4(String address) {
      this.mainIpv4 = address == null || address.isBlank() ? null : address.trim();
      return this;
    }

    /** The power status. */
    public Builder power(PowerStatus power) {
      this.power = InvalidSettingException.requirePresent("power status", power);
      return this;
    }

    /** The switch ports; copied. */
    public Builder switchConnections(List<SwitchConnection> connections) {
      this.switchConnections = List.copyOf(InvalidSettingException.requireNoNulls("switch connections",
          connections));
      return this;
    }

    /**
     * Builds the server.
     *
     * @throws InvalidSettingException naming {@code server id} when it was not set
     */
    public Server build() {
      if (!idSet) {
        throw new InvalidSettingException("server id", null, "must be set");
      }
      return new Server(this);
    }

    private static String blankToNull(String text) {
      return text == null || text.isBlank() ? null : text;
    }

    /** The address as 48 bits, or {@link #NONE} when the text is absent or is not a MAC address. */
    private static long parseMac(String text) {
      if (text == null) {
        return NONE;
      }
      long bits = 0;
      int digits = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == ':' || c == '-' || c == '.') {
          continue;
        }
        // ASCII only: Character.digit also reads other scripts' digits, which no panel writes in an address.
        int digit = c < 128 ? Character.digit(c, 16) : -1;
        if (digit < 0 || ++digits > 12) {
          return NONE;
        }
        bits = (bits << 4) | digit;
      }
      return digits == 12 ? bits : NONE;
    }
  }
}

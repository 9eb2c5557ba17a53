package dev.ispkit.engine.availability;

import dev.ispkit.engine.InvalidSettingException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's view of one DCImanager 6 server: exactly what the availability rule, the configuration matcher and
 * the lifecycles read, and nothing of the panel's JSON. Immutable; built by an adapter from a server object:
 *
 * <pre>{@code
 * Server server = Server.builder()
 *     .id(json.id)
 *     .name(json.name)
 *     .owned(json.owner != null)
 *     .configurationLabel(json.configuration)            // "i9-9900K-64Gb-2x1024NVMe"
 *     .diagnostics(DiagnosticsState.COMPLETED)
 *     .diagnosticError(json.diag_error)
 *     .statusErrors(json.has_errors)
 *     .lastOperation(LastOperationStatus.fromPanel(json.operation == null ? null : json.operation.status))
 *     .maintenance(false)
 *     .inOperation("in_exploitation".equals(json.exploitation_status))
 *     .mac(json.mac)
 *     .locationId(json.location_id)
 *     .power(PowerStatus.fromPanel(json.power_status))
 *     .switchConnections(ports)
 *     .build();
 * }</pre>
 *
 * <p>The MAC address is kept as a 48-bit number: {@code AA:BB:CC:DD:EE:FF}, {@code aa-bb-cc-dd-ee-ff} and {@code
 * aabb.ccdd.eeff} are the same address, and an inventory of 100 000 servers compares them without allocating.
 */
public final class Server {
  static final long NO_MAC = -1L;

  private final long id;
  private final String name;
  private final boolean owned;
  private final String configurationLabel;
  /** Kept beside the label so the availability rule reads no string: 100 000 label reads are 100 000 cache misses. */
  private final boolean configurationDefined;
  private final DiagnosticsState diagnostics;
  private final String diagnosticError;
  private final boolean statusErrors;
  private final LastOperationStatus lastOperation;
  private final boolean maintenance;
  private final boolean inOperation;
  private final long mac;
  private final long locationId;
  private final PowerStatus power;
  private final List<SwitchConnection> switchConnections;

  private Server(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.owned = builder.owned;
    this.configurationLabel = builder.configurationLabel;
    this.configurationDefined = !builder.configurationLabel.isEmpty();
    this.diagnostics = builder.diagnostics;
    this.diagnosticError = builder.diagnosticError;
    this.statusErrors = builder.statusErrors;
    this.lastOperation = builder.lastOperation;
    this.maintenance = builder.maintenance;
    this.inOperation = builder.inOperation;
    this.mac = builder.mac;
    this.locationId = builder.locationId;
    this.power = builder.power;
    this.switchConnections = builder.switchConnections;
  }

  /** A builder with the defaults of a server nobody knows anything about yet (see each setter). */
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
    builder.configurationLabel = configurationLabel;
    builder.diagnostics = diagnostics;
    builder.diagnosticError = diagnosticError;
    builder.statusErrors = statusErrors;
    builder.lastOperation = lastOperation;
    builder.maintenance = maintenance;
    builder.inOperation = inOperation;
    builder.mac = mac;
    builder.locationId = locationId;
    builder.locationSet = true;
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

  /** Whether the server has an owner. */
  public boolean owned() {
    return owned;
  }

  /** The panel's configuration label, for example {@code i9-9900K-64Gb-2x1024NVMe}; empty when undefined. */
  public String configurationLabel() {
    return configurationLabel;
  }

  boolean configurationDefined() {
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

  /** The status of the last operation on the server. */
  public LastOperationStatus lastOperation() {
    return lastOperation;
  }

  /** Whether the server is in maintenance mode. */
  public boolean maintenance() {
    return maintenance;
  }

  /** Whether the server's exploitation status is "in operation". */
  public boolean inOperation() {
    return inOperation;
  }

  /** The MAC address as {@code aa:bb:cc:dd:ee:ff}, when the panel knows it. */
  public Optional<String> mac() {
    if (mac == NO_MAC) {
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

  boolean hasDiagnosticError() {
    return diagnosticError != null;
  }

  long macBits() {
    return mac;
  }

  /** The id of the DCImanager 6 location the server is in. */
  public long locationId() {
    return locationId;
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
        && statusErrors == that.statusErrors
        && maintenance == that.maintenance
        && inOperation == that.inOperation
        && mac == that.mac
        && locationId == that.locationId
        && name.equals(that.name)
        && configurationLabel.equals(that.configurationLabel)
        && diagnostics == that.diagnostics
        && Objects.equals(diagnosticError, that.diagnosticError)
        && lastOperation == that.lastOperation
        && power == that.power
        && switchConnections.equals(that.switchConnections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, owned, configurationLabel, diagnostics, diagnosticError, statusErrors,
        lastOperation, maintenance, inOperation, mac, locationId, power, switchConnections);
  }

  @Override
  public String toString() {
    return "Server{id=" + id + ", name=" + name + ", configuration=" + configurationLabel + ", location="
        + locationId + ", owned=" + owned + "}";
  }

  /**
   * Builds a {@link Server}. {@link #id(long)} and {@link #locationId(long)} are required; the other values default
   * to the least available state that is not an error: no owner, no configuration, diagnostics not run, no errors,
   * no operation, not in maintenance, not in operation, no MAC, power unknown, no switch ports.
   */
  public static final class Builder {
    private long id;
    private boolean idSet;
    private String name = "";
    private boolean owned;
    private String configurationLabel = "";
    private DiagnosticsState diagnostics = DiagnosticsState.NOT_RUN;
    private String diagnosticError;
    private boolean statusErrors;
    private LastOperationStatus lastOperation = LastOperationStatus.NONE;
    private boolean maintenance;
    private boolean inOperation;
    private long mac = NO_MAC;
    private long locationId;
    private boolean locationSet;
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

    /** Whether the server has an owner. */
    public Builder owned(boolean owned) {
      this.owned = owned;
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
      this.diagnosticError = error == null || error.isBlank() ? null : error;
      return this;
    }

    /** Whether the panel flags status errors ({@code has_errors}). */
    public Builder statusErrors(boolean statusErrors) {
      this.statusErrors = statusErrors;
      return this;
    }

    /** The status of the last operation. */
    public Builder lastOperation(LastOperationStatus status) {
      this.lastOperation = InvalidSettingException.requirePresent("last operation status", status);
      return this;
    }

    /** Whether the server is in maintenance mode. */
    public Builder maintenance(boolean maintenance) {
      this.maintenance = maintenance;
      return this;
    }

    /** Whether the exploitation status is "in operation". */
    public Builder inOperation(boolean inOperation) {
      this.inOperation = inOperation;
      return this;
    }

    /**
     * The MAC address: 12 hexadecimal digits, optionally separated by {@code :}, {@code -} or {@code .};
     * {@code null} or blank means the panel does not know it.
     *
     * @throws InvalidSettingException naming {@code mac} when the text is not a MAC address
     */
    public Builder mac(String mac) {
      this.mac = parseMac(mac);
      return this;
    }

    /** The id of the DCImanager 6 location, not negative. */
    public Builder locationId(long locationId) {
      this.locationId = InvalidSettingException.requireNotNegative("location id", locationId);
      this.locationSet = true;
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
     * @throws InvalidSettingException naming {@code server id} or {@code location id} when one was not set
     */
    public Server build() {
      if (!idSet) {
        throw new InvalidSettingException("server id", null, "must be set");
      }
      if (!locationSet) {
        throw new InvalidSettingException("location id", null, "must be set for server " + id);
      }
      return new Server(this);
    }

    private static long parseMac(String text) {
      if (text == null || text.isBlank()) {
        return NO_MAC;
      }
      long bits = 0;
      int digits = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == ':' || c == '-' || c == '.') {
          continue;
        }
        int digit = Character.digit(c, 16);
        if (digit < 0 || ++digits > 12) {
          throw new InvalidSettingException("mac", text,
              "must be 12 hexadecimal digits, optionally separated by ':', '-' or '.'");
        }
        bits = (bits << 4) | digit;
      }
      if (digits != 12) {
        throw new InvalidSettingException("mac", text,
            "must be 12 hexadecimal digits, optionally separated by ':', '-' or '.'");
      }
      return bits;
    }
  }
}

package dev.ispkit.engine.module;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.queue.QueueSettings;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A DCImanager 6 processing module's settings. Its data center must carry an external id: the DCImanager location
 * servers are taken from.
 *
 * <pre>{@code
 * DedicatedServerModule module = DedicatedServerModule.builder()
 *     .id(7).name("DCI Moscow").sort(1)
 *     .dataCenter(DataCenter.withExternalId(1, "Moscow", 3))
 *     .departmentId(2).tariff(15)
 *     .diagTimeoutMinutes(120).installTimeoutLinuxMinutes(60).installTimeoutWindowsMinutes(180)
 *     .queue(QueueSettings.queued("dci-__PMID__", 3))
 *     .build();
 * }</pre>
 *
 * @param id the module's id
 * @param name the module's name
 * @param sort the sort order among a tariff's modules
 * @param dataCenter the data center, with the DCImanager location id as its external id
 * @param departmentId the department for manual tasks (build, purchase, IPMI stop)
 * @param tariffIds the tariffs the module serves
 * @param diagTimeoutMinutes {@code diagtimeout}: how long diagnostics may take, 1..720 minutes
 * @param installTimeoutLinuxMinutes {@code installtimeout_linux}: how long a Linux installation may take, 1..720
 * @param installTimeoutWindowsMinutes {@code installtimeout_windows}: the same for Windows, 1..720
 * @param byServerType whether only an exact ready configuration may be given
 * @param ignoreDiagnosticErrors whether servers with diagnostic or status errors may be given (provider's risk)
 * @param dontIgnoreIpmiErrors whether an IPMI error on delete opens a manual task instead of being ignored
 * @param disableIpChange whether the server keeps its IP addresses instead of parking then public ones
 * @param parkingIpPoolId the IP pool for parking addresses, empty when none
 * @param sessionStoragePeriod how long a panel session is kept, longer than zero
 * @param queue the queue settings
 * @param licenseServerId the license server module, empty when none
 */
public record DedicatedServerModule(long id, String name, int sort, DataCenter dataCenter, long departmentId,
    Set<Long> tariffIds, int diagTimeoutMinutes, int installTimeoutLinuxMinutes, int installTimeoutWindowsMinutes,
    boolean byServerType, boolean ignoreDiagnosticErrors, boolean dontIgnoreIpmiErrors, boolean disableIpChange,
    OptionalLong parkingIpPoolId, Duration sessionStoragePeriod, QueueSettings queue, OptionalLong licenseServerId)
    implements ProcessingModule {

  /** Validates every setting. */
  public DedicatedServerModule {
    Settings.common(id, name, dataCenter, departmentId, tariffIds, sessionStoragePeriod, queue);
    if (dataCenter.externalId().isEmpty()) {
      throw new InvalidSettingException("data center external id", null,
          "a DCImanager 6 module's data center " + dataCenter.id() + " must carry the DCImanager location id");
    }
    Settings.timeout("diagtimeout", diagTimeoutMinutes);
    Settings.timeout("installtimeout_linux", installTimeoutLinuxMinutes);
    Settings.timeout("installtimeout_windows", installTimeoutWindowsMinutes);
    InvalidSettingException.requirePresent("parking IP pool", parkingIpPoolId);
    InvalidSettingException.requirePresent("license server", licenseServerId);
    tariffIds = Set.copyOf(tariffIds);
  }

  /** A builder with the defaults documented on its setters. */
  public static Builder builder() {
    return new Builder();
  }

  /** The DCImanager 6 location id: the data center's external id. */
  public long locationId() {
    return dataCenter.externalId().getAsLong();
  }

  /** {@code diagtimeout} as a duration. */
  public Duration diagTimeout() {
    return Duration.ofMinutes(diagTimeoutMinutes);
  }

  /** {@code installtimeout_linux} as a duration. */
  public Duration installTimeoutLinux() {
    return Duration.ofMinutes(installTimeoutLinuxMinutes);
  }

  /** {@code installtimeout_windows} as a duration. */
  public Duration installTimeoutWindows() {
    return Duration.ofMinutes(installTimeoutWindowsMinutes);
  }

  /** Builds a {@link DedicatedServerModule}. */
  public static final class Builder extends ModuleBuilder<Builder> {
    private int diagTimeoutMinutes = 120;
    private int installTimeoutLinuxMinutes = 60;
    private int installTimeoutWindowsMinutes = 180;
    private boolean byServerType;
    private boolean ignoreDiagnosticErrors;
    private boolean dontIgnoreIpmiErrors;
    private boolean disableIpChange;
    private OptionalLong parkingIpPoolId = OptionalLong.empty();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** {@code diagtimeout} in minutes; 120 when not set. */
    public Builder diagTimeoutMinutes(int minutes) {
      this.diagTimeoutMinutes = minutes;
      return this;
    }

    /** {@code installtimeout_linux} in minutes; 60 when not set. */
    public Builder installTimeoutLinuxMinutes(int minutes) {
      this.installTimeoutLinuxMinutes = minutes;
      return this;
    }

    /** {@code installtimeout_windows} in minutes; 180 when not set. */
    public Builder installTimeoutWindowsMinutes(int minutes) {
      this.installTimeoutWindowsMinutes = minutes;
      return this;
    }

    /** Only exact ready configurations; off when not set. */
    public Builder byServerType(boolean byServerType) {
      this.byServerType = byServerType;
      return this;
    }

    /** Ignore diagnostic and status errors; off when not set. */
    public Builder ignoreDiagnosticErrors(boolean ignore) {
      this.ignoreDiagnosticErrors = ignore;
      return this;
    }

    /** Don't ignore IPMI errors; off when not set. */
    public Builder dontIgnoreIpmiErrors(boolean dontIgnore) {
      this.dontIgnoreIpmiErrors = dontIgnore;
      return this;
    }

    /** Disable IP change; off when not set. */
    public Builder disableIpChange(boolean disable) {
      this.disableIpChange = disable;
      return this;
    }

    /** The parking IP pool's id; none when not set. */
    public Builder parkingIpPoolId(long poolId) {
      this.parkingIpPoolId = OptionalLong.of(InvalidSettingException.requireNotNegative("parking IP pool", poolId));
      return this;
    }

    /**
     * Builds the settings.
     *
     * @throws InvalidSettingException naming the first invalid setting
     */
    public DedicatedServerModule build() {
      requireId();
      return new DedicatedServerModule(id, name, sort, dataCenter, departmentId, tariffIds, diagTimeoutMinutes,
          installTimeoutLinuxMinutes, installTimeoutWindowsMinutes, byServerType, ignoreDiagnosticErrors,
          dontIgnoreIpmiErrors, disableIpChange, parkingIpPoolId, sessionStoragePeriod, queue, licenseServerId);
    }
  }
}

package dev.ispkit.engine.module;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.queue.QueueSettings;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A VMmanager 6 processing module's settings. One module serves one cluster of one VMmanager (checked across
 * modules by {@link ProcessingModules}); its data center must not carry an external id.
 *
 * <pre>{@code
 * VirtualServerModule module = VirtualServerModule.builder()
 *     .id(9).name("VM KVM").sort(1)
 *     .dataCenter(DataCenter.of(2, "Frankfurt"))
 *     .panel("https://vm.example.com").clusterId(1)
 *     .useRecipes(true).tariff(20)
 *     .build();
 * }</pre>
 *
 * @param id the module's id
 * @param name the module's name
 * @param sort the sort order among a tariff's modules
 * @param dataCenter the data center, without an external id
 * @param departmentId the department for manual tasks
 * @param tariffIds the tariffs the module serves
 * @param panel which VMmanager the cluster belongs to, as the host identifies it (for example its URL); only
 *     compared, never called
 * @param clusterId the VMmanager cluster's id
 * @param useRecipes whether recipes run after the OS is installed
 * @param additionalNetworkInterface whether VMs get the additional network interface
 * @param sessionStoragePeriod how long a panel session is kept, longer than zero
 * @param queue the queue settings
 * @param licenseServerId the license server module, empty when none
 */
public record VirtualServerModule(long id, String name, int sort, DataCenter dataCenter, long departmentId,
    Set<Long> tariffIds, String panel, long clusterId, boolean useRecipes, boolean additionalNetworkInterface,
    Duration sessionStoragePeriod, QueueSettings queue, OptionalLong licenseServerId) implements ProcessingModule {

  /** Validates every setting. */
  public VirtualServerModule {
    Settings.common(id, name, dataCenter, departmentId, tariffIds, sessionStoragePeriod, queue);
    if (dataCenter.externalId().isPresent()) {
      throw new InvalidSettingException("data center external id", dataCenter.externalId().getAsLong(),
          "a VMmanager 6 module's data center " + dataCenter.id() + " must not carry an external id");
    }
    panel = InvalidSettingException.requireText("VMmanager panel", panel).trim();
    InvalidSettingException.requireNotNegative("cluster id", clusterId);
    InvalidSettingException.requirePresent("license server", licenseServerId);
    tariffIds = Set.copyOf(tariffIds);
  }

  /** A builder with the defaults documented on its setters. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VirtualServerModule}. */
  public static final class Builder {
    private long id = -1;
    private String name;
    private int sort;
    private DataCenter dataCenter;
    private long departmentId;
    private final Set<Long> tariffIds = new LinkedHashSet<>();
    private String panel;
    private long clusterId = -1;
    private boolean useRecipes;
    private boolean additionalNetworkInterface;
    private Duration sessionStoragePeriod = Duration.ofMinutes(30);
    private QueueSettings queue = QueueSettings.disabled();
    private OptionalLong licenseServerId = OptionalLong.empty();

    private Builder() {}

    /** The module's id; required. */
    public Builder id(long id) {
      this.id = id;
      return this;
    }

    /** The module's name; required. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The sort order; 0 when not set. */
    public Builder sort(int sort) {
      this.sort = sort;
      return this;
    }

    /** The data center, without external id; required. */
    public Builder dataCenter(DataCenter dataCenter) {
      this.dataCenter = dataCenter;
      return this;
    }

    /** The department for manual tasks; 0 when not set. */
    public Builder departmentId(long departmentId) {
      this.departmentId = departmentId;
      return this;
    }

    /** Adds a tariff the module serves. */
    public Builder tariff(long tariffId) {
      this.tariffIds.add(tariffId);
      return this;
    }

    /** Which VMmanager, for example its URL; required. */
    public Builder panel(String panel) {
      this.panel = panel;
      return this;
    }

    /** The cluster's id; required. */
    public Builder clusterId(long clusterId) {
      this.clusterId = clusterId;
      return this;
    }

    /** Use recipes; off when not set. */
    public Builder useRecipes(boolean useRecipes) {
      this.useRecipes = useRecipes;
      return this;
    }

    /** The additional network interface; off when not set. */
    public Builder additionalNetworkInterface(boolean enabled) {
      this.additionalNetworkInterface = enabled;
      return this;
    }

    /** The session storage period; 30 minutes when not set. */
    public Builder sessionStoragePeriod(Duration period) {
      this.sessionStoragePeriod = period;
      return this;
    }

    /** The queue settings; {@link QueueSettings#disabled()} when not set. */
    public Builder queue(QueueSettings queue) {
      this.queue = queue;
      return this;
    }

    /** The license server module's id; none when not set. */
    public Builder licenseServerId(long moduleId) {
      this.licenseServerId = OptionalLong.of(InvalidSettingException.requireNotNegative("license server", moduleId));
      return this;
    }

    /**
     * Builds the settings.
     *
     * @throws InvalidSettingException naming the first invalid setting
     */
    public VirtualServerModule build() {
      if (id < 0) {
        throw new InvalidSettingException("processing module id", id == -1 ? null : id,
            id == -1 ? "must be set" : "must not be negative");
      }
      if (clusterId == -1) {
        throw new InvalidSettingException("cluster id", null, "must be set");
      }
      return new VirtualServerModule(id, name, sort, dataCenter, departmentId, tariffIds, panel, clusterId,
          useRecipes, additionalNetworkInterface, sessionStoragePeriod, queue, licenseServerId);
    }
  }
}

package dev.ispkit.engine.module;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.queue.QueueSettings;
import java.time.Duration;
import java.util.Optional;
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
 * @param additionalNetworkInterface the bridge of the additional network interface VMs get (a bridge name such as
 *     {@code vmbr1}, as ISPsystem's scripts send it); empty when VMs get none
 * @param sessionStoragePeriod how long a panel session is kept, longer than zero
 * @param queue the queue settings
 * @param licenseServerId the license server module, empty when none
 */
public record VirtualServerModule(long id, String name, int sort, DataCenter dataCenter, long departmentId,
    Set<Long> tariffIds, String panel, long clusterId, boolean useRecipes, Optional<String> additionalNetworkInterface,
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
    InvalidSettingException.requirePresent("additional network interface", additionalNetworkInterface);
    additionalNetworkInterface.ifPresent(bridge ->
        InvalidSettingException.requireText("additional network interface bridge", bridge));
    tariffIds = Set.copyOf(tariffIds);
  }

  /** A builder with the defaults documented on its setters. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VirtualServerModule}. */
  public static final class Builder extends ModuleBuilder<Builder> {
    private String panel;
    private long clusterId = -1;
    private boolean useRecipes;
    private Optional<String> additionalNetworkInterface = Optional.empty();

    private Builder() {}

    @Override
    Builder self() {
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

    /** The additional network interface on this bridge (for example {@code vmbr1}); none when not set. */
    public Builder additionalNetworkInterface(String bridge) {
      this.additionalNetworkInterface = Optional.of(InvalidSettingException.requireText(
          "additional network interface bridge", bridge));
      return this;
    }

    /**
     * Builds the settings.
     *
     * @throws InvalidSettingException naming the first invalid setting
     */
    public VirtualServerModule build() {
      requireId();
      if (clusterId == -1) {
        throw new InvalidSettingException("cluster id", null, "must be set");
      }
      return new VirtualServerModule(id, name, sort, dataCenter, departmentId, tariffIds, panel, clusterId,
          useRecipes, additionalNetworkInterface, sessionStoragePeriod, queue, licenseServerId);
    }
  }
}

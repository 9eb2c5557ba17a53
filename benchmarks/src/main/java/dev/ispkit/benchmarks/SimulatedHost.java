package dev.ispkit.benchmarks;

import dev.ispkit.adapters.dci6.DedicatedServerPanels;
import dev.ispkit.adapters.license.LicenseServers;
import dev.ispkit.adapters.vm6.VmPanels;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Sleeper;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.license.ControlPanel;
import dev.ispkit.engine.lifecycle.LifecycleListener;
import dev.ispkit.engine.lifecycle.Order;
import dev.ispkit.engine.lifecycle.Provisioning;
import dev.ispkit.engine.lifecycle.VmResources;
import dev.ispkit.engine.module.DataCenter;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.ProcessingModules;
import dev.ispkit.engine.module.VirtualServerModule;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.queue.QueueSettings;
import dev.ispkit.license.LicenseServerClient;
import dev.ispkit.vm6.Vm6Client;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A billing host as the lifecycle benchmarks and the cold-start program run it: the three clients, their ports from
 * {@code provisioning-adapters}, one DCImanager 6 module selling the servers of location {@value #LOCATION} (tariff
 * {@value #DEDICATED_TARIFF}), one VMmanager 6 module on cluster 1 (tariff {@value #VPS_TARIFF}), both licensing
 * ISPmanager Lite from the license server, and the engine over them with its in-memory stores.
 */
final class SimulatedHost implements AutoCloseable {
  static final long LOCATION = 1;
  static final long DEDICATED_TARIFF = 15;
  static final long VPS_TARIFF = 20;
  static final ControlPanel ISPMANAGER_LITE = ControlPanel.of(3541, "ISPmanager Lite");
  static final String DCI_PANEL = "dci-sim";
  static final String VM_PANEL = "vm-sim";

  private static final DedicatedServerModule DEDICATED = DedicatedServerModule.builder().id(7)
      .name("DCI location " + LOCATION).sort(1).dataCenter(DataCenter.withExternalId(1, "Moscow", LOCATION))
      .departmentId(2).tariff(DEDICATED_TARIFF).queue(QueueSettings.queued("dci-__PMID__", 2)).licenseServerId(1)
      .build();
  private static final VirtualServerModule VPS = VirtualServerModule.builder().id(9).name("VM KVM").sort(1)
      .dataCenter(DataCenter.of(2, "Frankfurt")).departmentId(2).tariff(VPS_TARIFF).panel(VM_PANEL).clusterId(1)
      .licenseServerId(1).queue(QueueSettings.queued("vm-__PMID__", 2)).build();

  private final Dci6Client dci;
  private final Vm6Client vm6;
  private final LicenseServerClient licenses;
  private final Provisioning provisioning;

  /**
   * The host on a simulator.
   *
   * @param v6Panel the DCImanager and VMmanager administrator's client configuration
   * @param licenseServer the license server reseller's client configuration
   * @param clock the engine's clock (the clients' own is in their configurations)
   * @param sleeper the pauses of the VM waits that follow a VM rather than a task
   * @param listener hears the lifecycles
   */
  SimulatedHost(ClientConfig v6Panel, ClientConfig licenseServer, Clock clock, Sleeper sleeper,
      LifecycleListener listener) {
    dci = Dci6Client.create(v6Panel);
    vm6 = Vm6Client.create(v6Panel);
    licenses = LicenseServerClient.create(licenseServer);
    provisioning = Provisioning.builder()
        .modules(ProcessingModules.of(List.of(DEDICATED, VPS)))
        .dedicatedServerPanel(DEDICATED.id(), DedicatedServerPanels.of(dci, DCI_PANEL))
        .vmPanel(VPS.id(), VmPanels.of(vm6, VM_PANEL, clock, sleeper))
        .licenseServer(1, LicenseServers.of(licenses))
        .clock(clock)
        .listener(listener)
        .build();
  }

  Provisioning provisioning() {
    return provisioning;
  }

  /**
   * Deletes a license on the license server: what the benchmarks do with the license a deleted service gave back
   * to the free pool, so that the pool every order reads stays the simulator's starting one.
   */
  void retireLicense(long licenseId) {
    licenses.delete(licenseId);
  }

  /**
   * The configuration the most servers of the module's location are available in, by the engine's own rule: the
   * one an order can be served exactly the most times. Reads the location's inventory once, with a client of its
   * own, so the host's clients and snapshots stay cold.
   *
   * @param v6Panel the DCImanager administrator's client configuration
   */
  static String mostCommonAvailableLabel(ClientConfig v6Panel) {
    List<Server> available;
    try (Dci6Client reader = Dci6Client.create(v6Panel)) {
      DedicatedServerPanel panel = DedicatedServerPanels.of(reader, DCI_PANEL);
      available = AvailabilityFilter.forModule(DEDICATED).check(panel.servers(LOCATION)).available();
    }
    Map<String, Long> counts = available.stream()
        .collect(Collectors.groupingBy(Server::configurationLabel, Collectors.counting()));
    return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElseThrow(() -> new IllegalStateException("no server of location " + LOCATION + " is available"));
  }

  /** A dedicated server order of a configuration, with an ISPmanager Lite license for a month. */
  static Order dedicatedOrder(String serviceId, String label) {
    return Order.builder().serviceId(serviceId).tariffId(DEDICATED_TARIFF)
        .customerEmail("customer-" + serviceId + "@example.com")
        .configuration(ConfigurationLabelParser.parse(label)).osTemplate("Ubuntu 22.04")
        .period(Period.months(1)).controlPanel(ISPMANAGER_LITE).build();
  }

  /** A VPS order: 2 cores, 2 GiB, 20 GiB of disk, Ubuntu, an ISPmanager Lite license for a month. */
  static Order vpsOrder(String serviceId) {
    return Order.builder().serviceId(serviceId).tariffId(VPS_TARIFF)
        .customerEmail("customer-" + serviceId + "@example.com")
        .vmResources(new VmResources(2, 2048, 20480)).osTemplate("Ubuntu 22.04")
        .period(Period.months(1)).controlPanel(ISPMANAGER_LITE).build();
  }

  @Override
  public void close() {
    provisioning.close();
    dci.close();
    vm6.close();
    licenses.close();
  }
}

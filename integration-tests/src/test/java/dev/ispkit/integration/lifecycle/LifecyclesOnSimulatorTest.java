package dev.ispkit.integration.lifecycle;

import static dev.ispkit.integration.lifecycle.Stand.ISPMANAGER_LITE;
import static dev.ispkit.integration.lifecycle.Stand.dedicatedOrder;
import static dev.ispkit.integration.lifecycle.Stand.join;
import static dev.ispkit.integration.lifecycle.Stand.vpsOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ispkit.dci6.OsInstallation;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.lifecycle.Catalogue;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.ProvisionedService;
import dev.ispkit.engine.port.ManualTask;
import dev.ispkit.engine.port.OsFamily;
import dev.ispkit.engine.port.OsTemplateOffer;
import dev.ispkit.simulator.LicenseSnapshot;
import dev.ispkit.simulator.OperationSnapshot;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.ServerSnapshot;
import dev.ispkit.simulator.VmSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every lifecycle driven to its end through {@code Provisioning} on the adapters and the clients, against the panel
 * simulator, each judged by the simulator's own state (and the delete by the calls the simulator recorded).
 */
class LifecyclesOnSimulatorTest {
  private static final String I9 = "i9-9900K-64Gb-2x1024NVMe";

  /** No license in the pool at the start: every first license is ordered, so its period shows the mapping. */
  private final Stand stand = Stand.start(200, 0, 21);

  @AfterEach
  void close() {
    stand.close();
  }

  @Test
  void anExactServerIsOwnedAddressedInstalledAndLicensedForTheMappedPeriod() {
    Server expected = stand.freeServers(I9).get(0);
    Stand.Node node = stand.node();

    LifecycleResult result = node.open(dedicatedOrder("d1", I9).controlPanel(ISPMANAGER_LITE).build());

    ProvisionedService service = active(result);
    assertThat(service.kind()).isEqualTo(ProvisionedService.Kind.DEDICATED_SERVER);
    assertThat(service.machineId()).isEqualTo(expected.id());
    ServerSnapshot server = stand.sim.server(service.machineId());
    assertThat(server.configuration()).isEqualTo(I9);
    assertThat(server.owner()).hasValueSatisfying(owner -> {
      assertThat(owner.email()).isEqualTo("anna-d1@example.com");
      assertThat(owner.id()).isEqualTo(service.panelUserId());
    });
    assertThat(server.ips()).singleElement().satisfies(ip -> assertThat(ip.address())
        .isEqualTo(service.ipAddresses().get(0)));
    assertThat(server.osTemplate()).map(ServerSnapshot.OsTemplate::name).contains("Ubuntu 22.04");
    assertThat(server.operation()).get().extracting(OperationSnapshot::type, OperationSnapshot::status)
        .containsExactly("install", "ok");
    assertThat(server.switchPorts()).allSatisfy(port -> assertThat(port.adminStatus()).isEqualTo("up"));
    LicenseSnapshot license = stand.sim.license(service.licenseId().getAsLong());
    assertThat(license.licenseName()).isEqualTo("Item #d1");
    assertThat(license.ip()).isEqualTo(server.mainIpv4().orElseThrow());
    assertThat(license.status()).isEqualTo(LicenseSnapshot.ACTIVE);
    assertThat(license.pricelistId()).isEqualTo(3541);
    assertThat(license.period()).as("1 month mapped to 12").isEqualTo(12);
    assertThat(license.key()).isPresent();
    assertThat(stand.billingFuncs()).containsOnlyOnce("soft.order.param");
    assertThat(stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/server/\\d+/owner")).hasSize(1);
  }

  @Test
  void theNearestConfigurationWaitsForThePurchaseAndTheBuildAndIsInstalledWhenBothAreClosed() {
    Server nearest = stand.freeServers(I9).get(0);
    Stand.Node node = stand.node();

    LifecycleResult waiting = node.open(dedicatedOrder("d2", "i9-9900K-128Gb-2x1024NVMe").build());

    assertThat(waiting).isInstanceOf(LifecycleResult.WaitingForTask.class);
    List<ManualTask> tasks = ((LifecycleResult.WaitingForTask) waiting).tasks();
    assertThat(tasks).extracting(ManualTask::kind).containsExactly(ManualTask.Kind.PURCHASE, ManualTask.Kind.BUILD);
    assertThat(tasks.get(1).subject()).contains("server " + nearest.id());
    assertThat(tasks.get(1).text()).contains("64").contains("128");
    ServerSnapshot claimed = stand.sim.server(nearest.id());
    assertThat(claimed.owner()).map(ServerSnapshot.Owner::email).contains("anna-d2@example.com");
    assertThat(stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/server/\\d+/install")).isEmpty();

    LifecycleResult stillWaiting = join(node.engine.closeTask(tasks.get(0).id()));
    assertThat(stillWaiting).isInstanceOfSatisfying(LifecycleResult.WaitingForTask.class, result ->
        assertThat(result.tasks()).extracting(ManualTask::kind).containsExactly(ManualTask.Kind.BUILD));
    assertThat(stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/server/\\d+/install")).isEmpty();

    ProvisionedService service = active(join(node.engine.closeTask(tasks.get(1).id())));
    assertThat(service.machineId()).isEqualTo(nearest.id());
    ServerSnapshot installed = stand.sim.server(nearest.id());
    assertThat(installed.osTemplate()).map(ServerSnapshot.OsTemplate::name).contains("Ubuntu 22.04");
    assertThat(installed.ips()).hasSize(1);
    assertThat(stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/server/\\d+/owner")).hasSize(1);
    assertThat(stand.desk.open()).isEmpty();
  }

  @Test
  void suspendAndResumeSwitchTheDataPortsAndLeaveTheIpmiPortUp() {
    Server server = stand.leaveFirst(I9, Stand::hasIpmiPort);
    Stand.Node node = stand.node();
    assertThat(active(node.open(dedicatedOrder("d3", I9).build())).machineId()).isEqualTo(server.id());
    stand.sim.clearCalls();

    assertThat(join(node.engine.suspend("d3"))).isEqualTo(new LifecycleResult.Suspended("d3"));
    assertThat(stand.sim.server(server.id()).switchPorts()).extracting(ServerSnapshot.SwitchPort::ipmi,
        ServerSnapshot.SwitchPort::adminStatus).containsExactlyInAnyOrder(tuple(false, "down"), tuple(true, "up"));
    assertThat(join(node.engine.resume("d3"))).isInstanceOf(LifecycleResult.Active.class);

    assertThat(stand.sim.server(server.id()).switchPorts()).allSatisfy(port ->
        assertThat(port.adminStatus()).isEqualTo("up"));
    List<ServerSnapshot.SwitchPort> data = dataPorts(stand.sim.server(server.id()));
    assertThat(stand.writes(Panel.DCIMANAGER)).extracting(RecordedCall::method, RecordedCall::path, RecordedCall::body)
        .containsExactly(
            tuple("POST", portPath(data.get(0)), "{\"admin_status\":\"down\"}"),
            tuple("POST", portPath(data.get(0)), "{\"admin_status\":\"up\"}"));
    assertThat(node.engine.service("d3")).isPresent();
  }

  @Test
  void deleteRunsTheSeedsOrderOnThePanelAndReturnsTheLicenseToThePool() {
    Server server = stand.leaveFirst(I9, Stand::hasIpmiPort);
    Stand.Node node = stand.node();
    ProvisionedService service = active(node.open(dedicatedOrder("d4", I9).controlPanel(ISPMANAGER_LITE).build()));
    assertThat(service.machineId()).isEqualTo(server.id());
    assertThat(join(node.engine.suspend("d4"))).isEqualTo(new LifecycleResult.Suspended("d4"));
    // The customer reinstalls from the panel and the server is powered off while that runs.
    long reinstall = node.dci.operations().install(server.id(), OsInstallation.builder()
        .osTemplate(node.dci.osTemplates().list(Stand.LOCATION).get(0).id()).password("Root-pass-5").build());
    node.dci.power().off(server.id());
    ServerSnapshot before = stand.sim.server(server.id());
    assertThat(before.powerStatus()).isEqualTo("off");
    assertThat(before.operation()).get().satisfies(operation -> {
      assertThat(operation.id()).isEqualTo(reinstall);
      assertThat(operation.status()).isIn("new", "running");
    });
    long licenseId = service.licenseId().getAsLong();
    stand.sim.clearCalls();

    assertThat(join(node.engine.delete("d4"))).isEqualTo(new LifecycleResult.Deleted("d4"));

    String serverPath = "/dci/v3/server/" + server.id();
    List<String> expected = new ArrayList<>();
    dataPorts(before).forEach(port -> expected.add("POST " + portPath(port) + " up"));
    expected.add("POST " + serverPath + "/power_on");
    expected.add("POST /dci/v3/operation/" + reinstall + "/stop");
    before.ips().forEach(ip -> expected.add("DELETE " + serverPath + "/ip/" + ip.id()));
    expected.add("DELETE " + serverPath + "/owner");
    expected.add("POST " + serverPath + "/diag clear_disks");
    expected.add("POST " + serverPath + "/power_off");
    dataPorts(before).forEach(port -> expected.add("POST " + portPath(port) + " down"));
    assertThat(stand.writes(Panel.DCIMANAGER)).extracting(LifecyclesOnSimulatorTest::describe)
        .containsExactlyElementsOf(expected);

    ServerSnapshot after = stand.sim.server(server.id());
    assertThat(after.owner()).isEmpty();
    assertThat(after.ips()).isEmpty();
    assertThat(after.osTemplate()).as("the disks were cleaned").isEmpty();
    assertThat(after.powerStatus()).isEqualTo("off");
    assertThat(after.operation()).get().extracting(OperationSnapshot::type, OperationSnapshot::status)
        .containsExactly("diag", "ok");
    assertThat(after.switchPorts()).allSatisfy(port ->
        assertThat(port.adminStatus()).isEqualTo(port.ipmi() ? "up" : "down"));
    LicenseSnapshot license = stand.sim.license(licenseId);
    assertThat(license.licenseName()).isEqualTo("free.lic");
    assertThat(license.ip()).isEqualTo("0.0.0.0");
    assertThat(license.status()).isEqualTo(LicenseSnapshot.SUSPENDED);
    assertThat(stand.billingFuncs()).contains("soft.edit", "soft.suspend").doesNotContain("soft.delete");
    assertThat(node.engine.service("d4")).isEmpty();
    assertThat(stand.freeServers(I9)).extracting(Server::id).contains(server.id());
  }

  @Test
  void aServerWithoutSwitchPortsIsNotSuspendedAndNothingOnThePanelChanges() {
    Stand.Node node = stand.node();
    ProvisionedService service = active(node.open(dedicatedOrder("d5", I9).build()));
    stand.sim.disconnectSwitchPorts(service.machineId());
    ServerSnapshot before = stand.sim.server(service.machineId());
    stand.sim.clearCalls();

    LifecycleResult result = join(node.engine.suspend("d5"));

    assertThat(result).isInstanceOfSatisfying(LifecycleResult.NotSuspended.class, notSuspended ->
        assertThat(notSuspended.reason()).contains("no switch ports").contains("keeps running"));
    assertThat(stand.sim.calls(Panel.DCIMANAGER)).as("the server was read").isNotEmpty();
    assertThat(stand.writes(Panel.VMMANAGER)).isEmpty();
    assertThat(stand.writes(Panel.BILLMANAGER)).isEmpty();
    assertThat(stand.writes(Panel.DCIMANAGER)).isEmpty();
    assertThat(stand.sim.server(service.machineId())).isEqualTo(before);
    assertThat(node.engine.service("d5")).isPresent();
  }

  @Test
  void aVpsIsCreatedLicensedStoppedStartedDeletedAndItsLicenseServesTheNextVpsAMonthLater() {
    Stand.Node node = stand.node();

    ProvisionedService service = active(node.open(vpsOrder("v1", 3).build()));

    assertThat(service.kind()).isEqualTo(ProvisionedService.Kind.VPS);
    VmSnapshot vm = stand.sim.vm(service.machineId());
    assertThat(vm.name()).isEqualTo("svc-v1");
    assertThat(vm.state()).isEqualTo("active");
    assertThat(vm.clusterId()).isEqualTo(Stand.KVM_CLUSTER);
    assertThat(vm.account().email()).isEqualTo("ivan-v1@example.com");
    assertThat(vm.os()).map(VmSnapshot.Os::name).contains("Ubuntu 22.04");
    assertThat(vm.cpuNumber()).isEqualTo(2);
    assertThat(vm.ramMib()).isEqualTo(2048);
    assertThat(vm.ipv4()).as("the main and the additional interface").hasSize(2);
    assertThat(service.ipAddresses()).containsExactly(vm.ipv4().get(0));
    RecordedCall create = stand.calls(Panel.VMMANAGER, "POST", "/vm/v3/host").get(0);
    assertThat(create.body()).contains("\"recipe_list\":[{\"recipe\":2}]", "\"bridge\":\"vmbr1\"");
    long licenseId = service.licenseId().getAsLong();
    LicenseSnapshot license = stand.sim.license(licenseId);
    assertThat(license.licenseName()).isEqualTo("Item #v1");
    assertThat(license.ip()).isEqualTo(vm.ipv4().get(0));
    assertThat(license.status()).isEqualTo(LicenseSnapshot.ACTIVE);
    assertThat(license.period()).as("3 months mapped to 12").isEqualTo(12);

    assertThat(join(node.engine.suspend("v1"))).isEqualTo(new LifecycleResult.Suspended("v1"));
    assertThat(stand.sim.vm(service.machineId()).state()).isEqualTo("stopped");
    assertThat(join(node.engine.resume("v1"))).isInstanceOf(LifecycleResult.Active.class);
    assertThat(stand.sim.vm(service.machineId()).state()).isEqualTo("active");
    assertThat(join(node.engine.delete("v1"))).isEqualTo(new LifecycleResult.Deleted("v1"));

    assertThat(stand.sim.vms()).extracting(VmSnapshot::id).doesNotContain(service.machineId());
    assertThat(stand.sim.license(licenseId)).extracting(LicenseSnapshot::licenseName, LicenseSnapshot::ip,
        LicenseSnapshot::status).containsExactly("free.lic", "0.0.0.0", LicenseSnapshot.SUSPENDED);
    assertThat(stand.billingFuncs()).doesNotContain("soft.delete");

    // The pool rule waits a month after the license's IP changed; then the next VPS gets it instead of an order.
    stand.time.sleep(Duration.ofDays(32));
    ProvisionedService next = active(node.open(vpsOrder("v2", 1).build()));
    assertThat(next.licenseId()).hasValue(licenseId);
    assertThat(stand.billingCalls("soft.order.param")).isEqualTo(1);
    assertThat(stand.sim.license(licenseId)).extracting(LicenseSnapshot::licenseName, LicenseSnapshot::ip,
        LicenseSnapshot::status).containsExactly("Item #v2", stand.sim.vm(next.machineId()).ipv4().get(0),
        LicenseSnapshot.ACTIVE);
  }

  @Test
  void theCatalogueShowsWhatThePanelsOfferAndTheFreeCountFollowsAnOrder() {
    Stand.Node node = stand.node();

    List<Catalogue> catalogues = join(node.engine.syncCatalogue());

    assertThat(catalogues).extracting(Catalogue::moduleId).containsExactly(7L, 9L);
    Catalogue dci = catalogues.get(0);
    Map<String, Long> totals = new java.util.TreeMap<>();
    for (long id = 1; id <= stand.sim.serverCount(); id++) {
      String label = stand.sim.server(id).configuration();
      if (!label.isEmpty()) {
        totals.merge(label, 1L, Long::sum);
      }
    }
    Map<String, Catalogue.ConfigurationOffer> offers = dci.configurations().stream()
        .collect(Collectors.toMap(Catalogue.ConfigurationOffer::label, Function.identity()));
    assertThat(offers.keySet()).isEqualTo(totals.keySet());
    Map<String, Integer> panelFree = node.dci.servers().configurations().stream().collect(Collectors.toMap(
        count -> count.configuration(), count -> count.freeServerCount()));
    offers.values().forEach(offer -> {
      assertThat((long) offer.total()).as(offer.label()).isEqualTo(totals.get(offer.label()));
      assertThat(offer.free()).as("the engine's rule is stricter than the panel's count")
          .isLessThanOrEqualTo(panelFree.getOrDefault(offer.label(), 0));
    });
    assertThat(offers.get(I9).free()).isEqualTo(stand.freeServers(I9).size()).isPositive();
    assertThat(dci.osTemplates()).contains(new OsTemplateOffer("Ubuntu 22.04", OsFamily.LINUX),
        new OsTemplateOffer("Windows Server 2022", OsFamily.WINDOWS));
    assertThat(dci.recipes()).containsExactlyInAnyOrder("ISPmanager 6", "Docker", "LAMP");
    Catalogue vm = catalogues.get(1);
    assertThat(vm.clusterId()).hasValue(Stand.KVM_CLUSTER);
    assertThat(vm.configurations()).isEmpty();
    assertThat(vm.osTemplates()).contains(new OsTemplateOffer("Ubuntu 22.04", OsFamily.LINUX),
        new OsTemplateOffer("Windows Server 2022", OsFamily.WINDOWS));
    assertThat(vm.recipes()).contains("ISPmanager 6", "Docker");

    active(node.open(dedicatedOrder("d6", I9).build()));
    Catalogue after = join(node.engine.syncCatalogue()).get(0);
    assertThat(after.configurations()).filteredOn(offer -> offer.label().equals(I9)).singleElement()
        .satisfies(offer -> assertThat(offer.free()).isEqualTo(offers.get(I9).free() - 1));
  }

  private static ProvisionedService active(LifecycleResult result) {
    assertThat(result).isInstanceOf(LifecycleResult.Active.class);
    return ((LifecycleResult.Active) result).service();
  }

  private static List<ServerSnapshot.SwitchPort> dataPorts(ServerSnapshot server) {
    return server.switchPorts().stream().filter(port -> !port.ipmi()).toList();
  }

  private static String portPath(ServerSnapshot.SwitchPort port) {
    return "/dci/v3/switch/" + port.switchId() + "/port/" + port.id();
  }

  /** A write call as the expected order names it: method, path, and what its body switches or cleans. */
  private static String describe(RecordedCall call) {
    String what = call.method() + " " + call.path();
    if (call.body().contains("\"admin_status\":\"up\"")) {
      return what + " up";
    } else if (call.body().contains("\"admin_status\":\"down\"")) {
      return what + " down";
    } else if (call.body().contains("\"clear_disks\":true")) {
      return what + " clear_disks";
    }
    return what;
  }
}

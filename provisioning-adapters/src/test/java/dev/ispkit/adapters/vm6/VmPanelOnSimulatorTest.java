package dev.ispkit.adapters.vm6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.adapters.SimulatorTime;
import dev.ispkit.engine.port.OsFamily;
import dev.ispkit.engine.port.OsTemplateOffer;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.engine.port.VirtualMachine;
import dev.ispkit.engine.port.VmPanel;
import dev.ispkit.engine.port.VmPlan;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.VmSnapshot;
import dev.ispkit.simulator.PanelSimulatorExtension;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.SimulatorClock;
import dev.ispkit.simulator.SimulatorOptions;
import dev.ispkit.vm6.Vm6Client;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The VMmanager 6 port driven end to end on the panel simulator: the customer's account, a VM created with a recipe
 * and the additional network interface, its installation waited for on the compressed clock (by its task, and by
 * the VM when another process created it), stop, start and delete, each checked against the simulator's state.
 */
class VmPanelOnSimulatorTest {
  private static final long KVM_CLUSTER = 1;
  private static final Duration HOUR = Duration.ofHours(1);

  @RegisterExtension
  static final PanelSimulatorExtension PANELS = new PanelSimulatorExtension(SimulatorOptions.builder()
      .servers(10).seed(5).clock(SimulatorClock.manual(Instant.parse("2025-06-02T09:00:00Z"))).build());

  private static SimulatorTime time;
  private static Vm6Client client;
  private static VmPanel panel;
  private static long account;

  @BeforeAll
  static void connect() {
    time = new SimulatorTime(PANELS.simulator());
    client = Vm6Client.create(time.v6Panel());
    panel = VmPanels.of(client, "vm-sim", time, time);
    account = panel.createAccount("vps-customer@example.com");
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Test
  void findsOrCreatesTheCustomersAccountButNeverGivesAnAdministratorsOne(PanelSimulator sim) {
    assertThat(panel.findAccount("vps-new@example.com")).isEmpty();
    long created = panel.createAccount("vps-new@example.com");
    assertThat(panel.findAccount("vps-new@example.com")).contains(created);
    assertThat(panel.findAccount("VPS-NEW@example.com")).contains(created);
    assertThat(sim.users().stream().filter(user -> user.email().equals("vps-new@example.com")))
        .singleElement().satisfies(user -> assertThat(user.roles()).contains("@user"));

    assertThatThrownBy(() -> panel.findAccount(sim.options().adminEmail()))
        .isInstanceOfSatisfying(PanelFailure.class, failure -> {
          assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED);
          assertThat(failure).hasMessageContaining("administrator");
        });
  }

  @Test
  void createsAVmWithTheRecipeAndTheAdditionalInterfaceAndWaitsForItsOs(PanelSimulator sim) {
    List<String> reports = new ArrayList<>();
    long vmId = panel.createVm(plan("svc-vps-1", "Debian 12", Optional.of("Docker"), Optional.of("vmbr1")));

    assertThat(panel.findVm(KVM_CLUSTER, "svc-vps-1")).hasValueSatisfying(vm -> {
      assertThat(vm.id()).isEqualTo(vmId);
      assertThat(vm.state()).isEqualTo(VirtualMachine.State.CREATING);
    });
    VirtualMachine installed = panel.awaitOsInstalled(vmId, HOUR, (percent, note) -> reports.add(note));

    assertThat(installed.state()).isEqualTo(VirtualMachine.State.RUNNING);
    assertThat(installed.name()).isEqualTo("svc-vps-1");
    assertThat(installed.ipv4()).isPresent();
    VmSnapshot vm = sim.vm(vmId);
    assertThat(vm.os().map(VmSnapshot.Os::name)).contains("Debian 12");
    assertThat(installed.ipv4().get()).isEqualTo(vm.ipv4().get(0));
    assertThat(reports).isNotEmpty().last().asString().endsWith(": complete");
    RecordedCall create = sim.calls(Panel.VMMANAGER).stream()
        .filter(call -> call.method().equals("POST") && call.path().equals("/vm/v3/host")).findFirst().orElseThrow();
    assertThat(create.body()).contains("\"os\":2", "\"recipe_list\":[{\"recipe\":2}]", "\"cluster\":1",
        "\"custom_interfaces\":[{\"ip_count\":1},{\"bridge\":\"vmbr1\",\"ip_count\":1}]",
        "\"account\":" + account);
  }

  @Test
  void anotherProcessWaitsForTheInstallationByTheVmItself(PanelSimulator sim) {
    long vmId = panel.createVm(plan("svc-vps-2", "Ubuntu 22.04", Optional.empty(), Optional.empty()));
    VmPanel restarted = VmPanels.of(client, "vm-sim", time, time);
    sim.clearCalls();

    VirtualMachine installed = restarted.awaitOsInstalled(vmId, HOUR, null);

    assertThat(installed.state()).isEqualTo(VirtualMachine.State.RUNNING);
    assertThat(sim.vm(vmId).state()).isEqualTo("active");
    assertThat(sim.calls(Panel.VMMANAGER)).extracting(RecordedCall::path).containsOnly("/vm/v3/host");
  }

  @Test
  void aCreationTheSimulatorFailsIsAFailedOperation(PanelSimulator sim) {
    sim.failNextTask("host_create", "no room on any node");
    long vmId = panel.createVm(plan("svc-vps-3", "Ubuntu 22.04", Optional.empty(), Optional.empty()));

    assertThatThrownBy(() -> panel.awaitOsInstalled(vmId, HOUR, null)).isInstanceOfSatisfying(PanelFailure.class,
        failure -> {
          assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.OPERATION_FAILED);
          assertThat(failure).hasMessageContaining("no room on any node");
        });
    assertThatThrownBy(() -> VmPanels.of(client, "vm-sim", time, time).awaitOsInstalled(vmId, HOUR, null))
        .isInstanceOfSatisfying(PanelFailure.class,
            failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.OPERATION_FAILED));
  }

  @Test
  void stopsStartsAndDeletesWaitingForEachTask(PanelSimulator sim) {
    long vmId = installedVm("svc-vps-4");

    panel.stop(vmId, HOUR);
    assertThat(panel.vm(vmId)).map(VirtualMachine::state).contains(VirtualMachine.State.STOPPED);
    panel.start(vmId, HOUR);
    assertThat(sim.vm(vmId).state()).isEqualTo("active");
    panel.delete(vmId, HOUR);

    assertThat(panel.vm(vmId)).isEmpty();
    assertThat(sim.vms()).noneMatch(vm -> vm.id() == vmId);
    panel.delete(vmId, HOUR);
    assertThat(panel.findVm(KVM_CLUSTER, "svc-vps-4")).isEmpty();
  }

  @Test
  void aDeleteOfAVmBeingDeletedWaitsUntilItIsGone(PanelSimulator sim) {
    long vmId = installedVm("svc-vps-5");
    client.vms().delete(vmId);
    assertThat(panel.vm(vmId)).map(VirtualMachine::state).contains(VirtualMachine.State.DELETING);
    assertThat(panel.findVm(KVM_CLUSTER, "svc-vps-5")).isEmpty();

    panel.delete(vmId, HOUR);

    assertThat(panel.vm(vmId)).isEmpty();
  }

  @Test
  void offersTheClustersTemplatesWithTheirFamilyAndThePanelsRecipes() {
    assertThat(panel.osTemplates(KVM_CLUSTER)).contains(new OsTemplateOffer("Debian 12", OsFamily.LINUX),
        new OsTemplateOffer("AlmaLinux 9", OsFamily.LINUX),
        new OsTemplateOffer("Windows Server 2022", OsFamily.WINDOWS))
        .noneMatch(offer -> offer.name().equals("Ubuntu 22.04 LXD"));
    assertThat(panel.recipes()).contains("ISPmanager 6", "Docker");
  }

  @Test
  void aTemplateTheClusterLacksIsNotFoundAndNothingIsCreated(PanelSimulator sim) {
    assertThatThrownBy(() -> panel.createVm(plan("svc-vps-6", "Ubuntu 22.04 LXD", Optional.empty(),
        Optional.empty()))).isInstanceOfSatisfying(PanelFailure.class, failure -> {
          assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.NOT_FOUND);
          assertThat(failure).hasMessageContaining("cluster 1 offers no OS template named 'Ubuntu 22.04 LXD'");
        });
    assertThat(sim.calls(Panel.VMMANAGER)).noneMatch(call -> call.method().equals("POST"));
  }

  @Test
  void aTemplateIsFoundByBillmanagersRepositoryKeyToo() {
    long vmId = panel.createVm(plan("svc-vps-7", "ISPsystem__AlmaLinux 9", Optional.empty(), Optional.empty()));
    assertThat(panel.awaitOsInstalled(vmId, HOUR, null).state()).isEqualTo(VirtualMachine.State.RUNNING);
  }

  private static long installedVm(String name) {
    long vmId = panel.createVm(plan(name, "Ubuntu 22.04", Optional.empty(), Optional.empty()));
    panel.awaitOsInstalled(vmId, HOUR, null);
    return vmId;
  }

  private static VmPlan plan(String name, String template, Optional<String> recipe, Optional<String> bridge) {
    return new VmPlan(KVM_CLUSTER, account, name, template, recipe, 1, 1024, 10240, "Root-pa55-word", bridge);
  }
}

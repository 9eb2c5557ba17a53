package dev.ispkit.integration;

import dev.ispkit.adapters.SimulatorTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.LoginKey;
import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.client.core.Where;
import dev.ispkit.simulator.Fault;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.VmSnapshot;
import dev.ispkit.vm6.Account;
import dev.ispkit.vm6.Cluster;
import dev.ispkit.vm6.CustomInterface;
import dev.ispkit.vm6.IpAddition;
import dev.ispkit.vm6.IpPool;
import dev.ispkit.vm6.Ipv4Address;
import dev.ispkit.vm6.NewAccount;
import dev.ispkit.vm6.NewVm;
import dev.ispkit.vm6.Node;
import dev.ispkit.vm6.OsTemplate;
import dev.ispkit.vm6.Recipe;
import dev.ispkit.vm6.RecipeRun;
import dev.ispkit.vm6.Ref;
import dev.ispkit.vm6.Reinstall;
import dev.ispkit.vm6.ResourceChange;
import dev.ispkit.vm6.Task;
import dev.ispkit.vm6.TaskRef;
import dev.ispkit.vm6.VirtualizationType;
import dev.ispkit.vm6.Vm;
import dev.ispkit.vm6.Vm6Client;
import dev.ispkit.vm6.VmAction;
import dev.ispkit.vm6.VmInstallation;
import dev.ispkit.vm6.VmState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The VMmanager 6 client against the panel simulator: look-ups, accounts, and a VPS from creation to deletion, as
 * the VPS lifecycles (open, suspend, resume, delete) and a provider's day-to-day changes drive them.
 */
class Vm6AgainstSimulatorTest {
  private static final long KVM = 1;
  private static final WaitOptions WAIT = WaitOptions.builder()
      .timeout(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1)).build();

  private static PanelSimulator sim;
  private static SimulatorTime time;
  private static Vm6Client vm6;

  @BeforeAll
  static void start() {
    sim = Panels.start(10, 1, 11);
    time = new SimulatorTime(sim);
    vm6 = Vm6Client.create(Panels.v6(sim, time, ""));
  }

  @AfterAll
  static void stop() {
    vm6.close();
    sim.close();
  }

  @BeforeEach
  void clean() {
    sim.clearFaults();
    // One test ends every session: the shared client logs in again here, so no test sees another's 401.
    vm6.clusters().get(KVM);
    sim.clearCalls();
  }

  @Test
  void readsClustersNodesTemplatesRecipesAndPools() {
    List<Cluster> clusters = vm6.clusters().stream(ListQuery.all()).collect(Collectors.toList());
    assertThat(clusters).extracting(Cluster::id).containsExactly(1L, 2L);
    assertThat(vm6.clusters().get(KVM).virtualizationType()).isEqualTo(VirtualizationType.KVM);

    List<Node> nodes = vm6.nodes().stream(ListQuery.where(Where.field("cluster.id").eq(KVM)))
        .collect(Collectors.toList());
    assertThat(nodes).hasSize(2).allSatisfy(n -> assertThat(n.cluster().map(Ref::id)).contains(KVM));

    List<OsTemplate> templates = vm6.osTemplates().stream(ListQuery.where(Where.field("clusters.id").eq(KVM)))
        .collect(Collectors.toList());
    assertThat(templates).isNotEmpty().allSatisfy(t -> assertThat(t.availableOn(KVM)).isTrue());
    assertThat(templates).extracting(OsTemplate::name).contains("Debian 12", "Windows Server 2022");

    assertThat(vm6.recipes().stream(ListQuery.all())).extracting(Recipe::name).contains("ISPmanager 6");

    List<IpPool> pools = vm6.ipPools().stream(ListQuery.all()).collect(Collectors.toList());
    assertThat(pools).extracting(IpPool::name).contains("kvm-public", "kvm-private");
    assertThat(pools).allSatisfy(pool -> assertThat(pool.totalIp()).hasValue(1000));
    assertThat(vm6.clusters().ipPools(KVM)).extracting(IpPool::name).containsExactly("kvm-public", "kvm-private");
    assertThat(clusters.get(0).ipPools()).extracting(Ref::id)
        .containsExactlyElementsOf(vm6.clusters().ipPools(KVM).stream().map(IpPool::id).toList());

    sim.clearCalls();
    try (Vm6Client underApi = Vm6Client.create(Panels.v6(sim, time, "/api"))) {
      assertThat(underApi.clusters().get(KVM).name()).isEqualTo("kvm-cluster-1");
    }
    assertThat(sim.calls()).extracting(RecordedCall::rawPath)
        .containsExactly("/api/auth/v4/public/token", "/api/vm/v3/cluster/1");
  }

  @Test
  void findsOrCreatesACustomerAccountButNeverTakesTheAdministrators() {
    NewAccount customer = NewAccount.of("vps-owner@example.com", "Owner-pass-1");
    long created = vm6.accounts().findOrCreateUser(customer);
    assertThat(vm6.accounts().findOrCreateUser(customer)).isEqualTo(created);
    assertThat(vm6.accounts().findByEmail("VPS-Owner@example.com")).get()
        .satisfies(account -> assertThat(account.roles()).containsExactly(Account.USER_ROLE));

    assertThatThrownBy(() -> vm6.accounts().findOrCreateUser(NewAccount.of(sim.options().adminEmail(), "x-123456")))
        .isInstanceOf(PanelConflictException.class);

    LoginKey key = vm6.accounts().loginKey("vps-owner@example.com");
    assertThat(key.loginUrl().toString()).startsWith(sim.baseUrl() + "/auth/key-v4/");
  }

  @Test
  void aVpsFromCreationToDeletion() {
    long owner = vm6.accounts().findOrCreateUser(NewAccount.of("vps-life@example.com", "Life-pass-1"));
    long debian = templateId("Debian 12");
    long privatePool = poolId("kvm-private");
    List<Task> progress = new ArrayList<>();

    VmInstallation created = vm6.vms().create(NewVm.builder()
        .name("vps-e2e-1").clusterId(KVM).accountId(owner).osId(debian)
        .cpuNumber(1).ramMib(1024).hddMib(10240).password("Root-pass-1")
        .domain("VPS-E2E-1.example.com").comment("order 1")
        .addRecipes(RecipeRun.of(recipeId("ISPmanager 6")))
        .addCustomInterfaces(CustomInterface.builder().build())
        .addCustomInterfaces(CustomInterface.builder().bridge("vmbr1").ipPoolId(privatePool).build())
        .build());
    assertThat(created.recipeTasks()).hasSize(1);
    assertThat(vm6.vms().get(created.vmId()).state()).isEqualTo(VmState.CREATING);

    Vm vm = vm6.vms().awaitOsInstalled(created, WAIT, progress::add);

    assertThat(progress).extracting(t -> t.rawStatus().orElseThrow()).endsWith("complete");
    assertThat(vm.state()).isEqualTo(VmState.ACTIVE);
    assertThat(vm.account().map(Vm.Owner::id)).contains(owner);
    assertThat(vm.os().map(Ref::id)).contains(debian);
    assertThat(vm.domain()).contains("vps-e2e-1.example.com");
    assertThat(vm.ip4()).hasSize(2);
    assertThat(vm6.vms().ipv4(vm.id())).extracting(Ipv4Address::ipPool)
        .anySatisfy(pool -> assertThat(pool).hasValue(privatePool));
    vm6.tasks().await(created.recipeTasks().get(0), WAIT, null);
    VmSnapshot simulated = sim.vm(vm.id());
    assertThat(simulated.os()).get().extracting(VmSnapshot.Os::id).isEqualTo(debian);
    assertThat(simulated.ipv4()).hasSize(2);

    awaitTask(vm6.vms().stop(vm.id(), false));
    assertThat(vm6.vms().get(vm.id()).state()).isEqualTo(VmState.STOPPED);
    awaitTask(vm6.vms().start(vm.id()));
    assertThat(vm6.vms().get(vm.id()).state()).isEqualTo(VmState.ACTIVE);
    VmAction restart = vm6.vms().restart(vm.id(), false);
    assertThat(restart.task()).get().satisfies(t -> assertThat(t.name()).contains(TaskRef.HOST_START));
    awaitTask(restart);
    assertThat(vm6.vms().get(vm.id()).state()).isEqualTo(VmState.ACTIVE);

    awaitTask(vm6.vms().changePassword(vm.id(), "New-root-pass-2"));
    awaitTask(vm6.vms().changeResources(vm.id(), ResourceChange.builder().cpuNumber(2).ramMib(2048).build()));
    long diskId = vm6.vms().get(vm.id()).disk().orElseThrow().id();
    VmAction resize = vm6.vms().resizeDisk(diskId, 20480, false);
    assertThat(resize.id()).isEqualTo(diskId);
    awaitTask(resize);
    Vm grown = vm6.vms().get(vm.id());
    assertThat(grown.cpuNumber()).hasValue(2);
    assertThat(grown.ramMib()).hasValue(2048);
    assertThat(grown.disk().orElseThrow().diskMib()).hasValue(20480);

    awaitTask(vm6.vms().addIps(vm.id(), IpAddition.ipv4(1)));
    assertThat(vm6.vms().get(vm.id()).ip4()).hasSize(3);
    assertThat(vm6.vms().ipv4(vm.id())).hasSize(3);

    long newOwner = vm6.accounts().findOrCreateUser(NewAccount.of("vps-heir@example.com", "Heir-pass-1"));
    awaitTask(vm6.vms().changeOwner(vm.id(), newOwner));
    assertThat(vm6.vms().get(vm.id()).account().map(Vm.Owner::id)).contains(newOwner);
    assertThat(vm6.accounts().findByEmail("vps-heir@example.com").orElseThrow().hostIds()).contains(vm.id());

    long ubuntu = templateId("Ubuntu 22.04");
    VmInstallation reinstalled = vm6.vms().reinstall(vm.id(), Reinstall.builder().osId(ubuntu)
        .password("Reinstall-pass-3").build());
    assertThat(reinstalled.task().name()).contains(TaskRef.HOST_REINSTALL);
    Vm again = vm6.vms().awaitOsInstalled(reinstalled, WAIT, null);
    assertThat(again.os().map(Ref::id)).contains(ubuntu);
    assertThat(again.state()).isEqualTo(VmState.ACTIVE);

    awaitTask(vm6.vms().delete(vm.id()));
    assertThat(vm6.vms().find(vm.id())).isEmpty();
    assertThat(sim.vms()).noneMatch(host -> host.id() == vm.id());
  }

  @Test
  void aFailedInstallationFailsTheWaitAtOnce() {
    long owner = vm6.accounts().findOrCreateUser(NewAccount.of("vps-fail@example.com", "Fail-pass-1"));
    sim.failNextTask(TaskRef.HOST_CREATE, "Not enough space on storage 'local'");
    VmInstallation created = vm6.vms().create(NewVm.builder()
        .name("vps-e2e-fail").clusterId(KVM).accountId(owner).osId(templateId("Debian 12"))
        .cpuNumber(1).ramMib(1024).hddMib(10240).password("Root-pass-1").build());
    java.time.Instant before = sim.clock().now();

    assertThatThrownBy(() -> vm6.vms().awaitOsInstalled(created, WAIT, null))
        .isInstanceOf(OperationFailedException.class)
        .hasMessageContaining("fail")
        .hasMessageContaining("Not enough space on storage 'local'");
    assertThat(Duration.between(before, sim.clock().now()))
        .isLessThanOrEqualTo(sim.options().taskDuration().plusSeconds(1));
    assertThat(vm6.vms().get(created.vmId()).state()).isEqualTo(VmState.STOPPED);
  }

  @Test
  void logsInAgainWhenThePanelForgetsTheSessionAndRepeatsThrough503() {
    vm6.clusters().get(KVM);
    sim.expireSessions();
    sim.inject(Fault.serviceUnavailable().on(Panel.VMMANAGER).times(2));

    assertThat(vm6.clusters().get(KVM).id()).isEqualTo(KVM);

    assertThat(sim.calls()).filteredOn(c -> c.path().equals("/auth/v4/public/token")).hasSize(1);
    assertThat(sim.calls(Panel.VMMANAGER)).extracting(RecordedCall::status)
        .containsExactly(200, 503, 503, 401, 200);
  }

  @Test
  void readsATaskByItsOwnIdAndRefusesToWaitOnAnotherVmsTask() {
    long owner = vm6.accounts().findOrCreateUser(NewAccount.of("vps-tasks@example.com", "Tasks-pass-1"));
    VmInstallation created = vm6.vms().create(NewVm.builder()
        .name("vps-e2e-tasks").clusterId(KVM).accountId(owner).osId(templateId("Ubuntu 22.04"))
        .cpuNumber(1).ramMib(1024).hddMib(10240).password("Root-pass-1").build());

    Task listed = vm6.tasks().find(created.task()).orElseThrow();
    assertThat(listed.name()).contains(TaskRef.HOST_CREATE);
    assertThat(listed.consulId()).hasValue(created.task().consulId());
    assertThat(vm6.tasks().get(listed.id()).consulId()).hasValue(created.task().consulId());
    assertThat(vm6.tasks().find(TaskRef.of(created.task().consulId(), TaskRef.HOST_DELETE))).isEmpty();
    vm6.vms().awaitOsInstalled(created, WAIT, null);
  }

  private static void awaitTask(VmAction action) {
    TaskRef task = action.task().orElseThrow(() -> new AssertionError("no task in " + action));
    assertThat(vm6.tasks().await(task, WAIT, null).rawStatus()).contains("complete");
  }

  private static long templateId(String name) {
    return vm6.osTemplates().first(Where.field("name").eq(name)).orElseThrow().id();
  }

  private static long recipeId(String name) {
    return vm6.recipes().first(Where.field("name").eq(name)).orElseThrow().id();
  }

  private static long poolId(String name) {
    return vm6.ipPools().first(Where.field("name").eq(name)).orElseThrow().id();
  }
}

package dev.ispkit.integration.lifecycle;

import static dev.ispkit.integration.lifecycle.Stand.ISPMANAGER_LITE;
import static dev.ispkit.integration.lifecycle.Stand.dedicatedOrder;
import static dev.ispkit.integration.lifecycle.Stand.join;
import static dev.ispkit.integration.lifecycle.Stand.vpsOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.dci6.OsInstallation;
import dev.ispkit.engine.lifecycle.CrashingJournal;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.ServerSnapshot;
import dev.ispkit.simulator.UserSnapshot;
import dev.ispkit.simulator.VmSnapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A process dies at every step of dedicated open, dedicated delete and VPS open, once just before the step's
 * completion is written and once just after; a new process (new clients, adapters, claims and engine over the same
 * journal and task desk) recovers, and the panels end as an uninterrupted run leaves an identically seeded simulator:
 * every server, VM, license and user alike, and nothing created twice.
 */
class CrashResumeOnSimulatorTest {
  private static final String I9 = "i9-9900K-64Gb-2x1024NVMe";
  private static final Map<Scenario, Reference> REFERENCES = new EnumMap<>(Scenario.class);

  /** A lifecycle, the stand it runs on, and what it must leave behind. */
  enum Scenario {
    DEDICATED_OPEN("c1", List.of("claim-server", "build-task", "release-parking-ips", "assign-public-ips",
        "start-os-installation", "await-os-installation", "license", "activate")) {
      @Override
      LifecycleResult run(Stand.Node node) {
        return node.open(dedicatedOrder("c1", I9).controlPanel(ISPMANAGER_LITE).build());
      }
    },
    DEDICATED_DELETE("c1", List.of("enable-switch-ports", "power-on", "stop-operation", "remove-ips",
        "remove-owner", "start-diagnostics", "await-diagnostics", "power-off", "disable-switch-ports",
        "release-license", "release-server")) {
      /** Opened, licensed and suspended; the customer then reinstalls and the server goes dark meanwhile. */
      @Override
      void prepare(Stand stand) {
        try (Stand.Node node = stand.node()) {
          LifecycleResult opened = DEDICATED_OPEN.run(node);
          assertThat(opened).isInstanceOf(LifecycleResult.Active.class);
          long serverId = ((LifecycleResult.Active) opened).service().machineId();
          assertThat(join(node.engine.suspend("c1"))).isInstanceOf(LifecycleResult.Suspended.class);
          node.dci.operations().install(serverId, OsInstallation.builder()
              .osTemplate(node.dci.osTemplates().list(Stand.LOCATION).get(0).id()).password("Root-pass-5").build());
          node.dci.power().off(serverId);
        }
      }

      @Override
      LifecycleResult run(Stand.Node node) {
        return join(node.engine.delete("c1"));
      }
    },
    VPS_OPEN("v1", List.of("choose-module", "customer-account", "create-vm", "await-os-installation", "license",
        "activate")) {
      @Override
      LifecycleResult run(Stand.Node node) {
        return node.open(vpsOrder("v1", 3).build());
      }
    };

    final String serviceId;
    final List<String> steps;

    Scenario(String serviceId, List<String> steps) {
      this.serviceId = serviceId;
      this.steps = steps;
    }

    /** What happened to the service before the lifecycle under test. */
    void prepare(Stand stand) {}

    /** Runs the lifecycle under test on a node and waits for its result. */
    abstract LifecycleResult run(Stand.Node node);

    /** The last step: a process that dies after writing it leaves nothing to recover. */
    String lastStep() {
      return steps.get(steps.size() - 1);
    }
  }

  /** What an uninterrupted run answered, left on the panels, and which steps it went through. */
  private record Reference(LifecycleResult result, PanelState state, List<String> steps) {}

  /**
   * What the panels hold, judged by the simulator: every server, VM, license and user in the panel's words, and how
   * many times each creating or owning call was made.
   */
  private record PanelState(List<String> servers, List<String> vms, List<String> licenses, List<String> users,
      Map<String, Long> calls) {

    static PanelState of(Stand stand) {
      List<String> servers = new ArrayList<>();
      for (long id = 1; id <= stand.sim.serverCount(); id++) {
        ServerSnapshot server = stand.sim.server(id);
        servers.add(id + " owner=" + server.owner().map(ServerSnapshot.Owner::email).orElse("-")
            + " ips=" + server.ips().stream().map(ServerSnapshot.Ip::address).toList()
            + " power=" + server.powerStatus()
            + " ports=" + server.switchPorts().stream().map(port -> (port.ipmi() ? "ipmi:" : "") + port.adminStatus())
                .toList()
            + " os=" + server.osTemplate().map(ServerSnapshot.OsTemplate::name).orElse("-")
            + " operation=" + server.operation().map(op -> op.type() + ":" + op.status()).orElse("-"));
      }
      List<String> vms = stand.sim.vms().stream().map(vm -> vm.name() + " state=" + vm.state()
          + " cluster=" + vm.clusterId() + " account=" + vm.account().email()
          + " os=" + vm.os().map(VmSnapshot.Os::name).orElse("-") + " ipv4=" + vm.ipv4()).toList();
      List<String> licenses = stand.sim.licenses().stream().map(license -> license.id() + " "
          + license.licenseName() + " ip=" + license.ip() + " status=" + license.status()
          + " pricelist=" + license.pricelistId() + " period=" + license.period()).toList();
      List<String> users = stand.sim.users().stream().map(UserSnapshot::email).sorted().toList();
      Map<String, Long> calls = new TreeMap<>();
      calls.put("license orders", stand.billingCalls("soft.order.param"));
      calls.put("license suspends", stand.billingCalls("soft.suspend"));
      calls.put("owner changes", (long) stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/server/\\d+/owner").size());
      calls.put("owner removals",
          (long) stand.calls(Panel.DCIMANAGER, "DELETE", "/dci/v3/server/\\d+/owner").size());
      calls.put("installations", (long) stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/server/\\d+/install").size());
      calls.put("diagnostics", (long) stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/server/\\d+/diag").size());
      calls.put("IP additions", (long) stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/server/\\d+/ip").size());
      calls.put("DCImanager users", (long) stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/user").size());
      calls.put("VMs", (long) stand.calls(Panel.VMMANAGER, "POST", "/vm/v3/host").size());
      calls.put("VMmanager accounts", (long) stand.calls(Panel.VMMANAGER, "POST", "/vm/v3/account").size());
      return new PanelState(servers, vms, licenses, users, calls);
    }
  }

  static Stream<Arguments> crashes() {
    List<Arguments> crashes = new ArrayList<>();
    for (Scenario scenario : Scenario.values()) {
      for (String step : scenario.steps) {
        for (CrashingJournal.When when : CrashingJournal.When.values()) {
          crashes.add(Arguments.of(scenario, step, when));
        }
      }
    }
    return crashes.stream();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Scenario.class)
  void theUninterruptedRunGoesThroughEveryStepACrashIsInjectedAt(Scenario scenario) {
    Reference reference = reference(scenario);

    assertThat(reference.steps()).containsExactlyElementsOf(scenario.steps);
    assertThat(reference.result()).isInstanceOf(scenario == Scenario.DEDICATED_DELETE
        ? LifecycleResult.Deleted.class : LifecycleResult.Active.class);
    Map<String, Long> once = new TreeMap<>(reference.state().calls());
    once.values().removeIf(count -> count == 0);
    assertThat(once).containsOnlyKeys(switch (scenario) {
      case DEDICATED_OPEN -> List.of("license orders", "owner changes", "installations", "IP additions",
          "DCImanager users");
      case DEDICATED_DELETE -> List.of("license orders", "owner changes", "installations", "IP additions",
          "DCImanager users", "owner removals", "diagnostics", "license suspends");
      case VPS_OPEN -> List.of("license orders", "VMs", "VMmanager accounts");
    });
    // The customer's own reinstall before the delete is the one installation more.
    assertThat(once).allSatisfy((call, count) -> assertThat(count).as(call)
        .isEqualTo(call.equals("installations") && scenario == Scenario.DEDICATED_DELETE ? 2 : 1));
  }

  @ParameterizedTest(name = "{0} dies {2} of {1}")
  @MethodSource("crashes")
  void aNewProcessRecoversAndThePanelsEndAsAnUninterruptedRunLeavesThem(Scenario scenario, String step,
      CrashingJournal.When when) {
    Reference reference = reference(scenario);
    try (Stand stand = stand()) {
      scenario.prepare(stand);
      CrashingJournal dying = new CrashingJournal(stand.journal, step, when);
      try (Stand.Node crashed = stand.node(dying)) {
        LifecycleResult lost = scenario.run(crashed);
        assertThat(dying.crashed()).as("the process died").isTrue();
        assertThat(lost).isInstanceOfSatisfying(LifecycleResult.Failed.class,
            failed -> assertThat(failed.cause()).contains("died"));
      }

      Stand.Node restarted = stand.node();
      List<LifecycleResult> recovered = restarted.engine.recover().stream().map(Stand::join).toList();

      boolean ended = when == CrashingJournal.When.AFTER_DONE && step.equals(scenario.lastStep());
      assertThat(recovered).isEqualTo(ended ? List.of() : List.of(reference.result()));
      assertThat(scenario.run(restarted)).as("asked again").isEqualTo(reference.result());
      PanelState state = PanelState.of(stand);
      assertThat(state.calls()).isEqualTo(reference.state().calls());
      assertThat(state.servers()).containsExactlyElementsOf(reference.state().servers());
      assertThat(state.vms()).containsExactlyElementsOf(reference.state().vms());
      assertThat(state.licenses()).containsExactlyElementsOf(reference.state().licenses());
      assertThat(state.users()).containsExactlyElementsOf(reference.state().users());
      assertThat(stand.desk.open()).isEmpty();
    }
  }

  /** The uninterrupted run of a scenario on its own simulator, seeded as every crashed run's. */
  private static synchronized Reference reference(Scenario scenario) {
    return REFERENCES.computeIfAbsent(scenario, any -> {
      try (Stand stand = stand()) {
        scenario.prepare(stand);
        Stand.Node node = stand.node();
        LifecycleResult result = scenario.run(node);
        List<String> steps = node.steps().stream().filter(line -> line.startsWith(scenario.serviceId + " "))
            .map(line -> line.substring(scenario.serviceId.length() + 1)).toList();
        return new Reference(result, PanelState.of(stand), steps);
      }
    });
  }

  /** No license in the pool: the license is ordered, so a second order would show. */
  private static Stand stand() {
    return Stand.start(60, 0, 33);
  }
}

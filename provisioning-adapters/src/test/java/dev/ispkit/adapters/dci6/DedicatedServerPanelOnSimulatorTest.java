package dev.ispkit.adapters.dci6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.adapters.SimulatorTime;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.engine.inventory.LastOperationStatus;
import dev.ispkit.engine.inventory.PowerStatus;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.inventory.SwitchConnection;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.OsFamily;
import dev.ispkit.engine.port.OsInstallation;
import dev.ispkit.engine.port.OsTemplateOffer;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.OperationSnapshot;
import dev.ispkit.simulator.ServerSnapshot;
import dev.ispkit.simulator.PanelSimulatorExtension;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.SimulatorClock;
import dev.ispkit.simulator.SimulatorOptions;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The DCImanager 6 port driven end to end on the panel simulator, each result checked against the simulator's own
 * state: the inventory, a customer's user, owner, switch ports, IPs, an OS installation and diagnostics waited for on
 * the simulator's compressed clock, a stopped operation, and power.
 */
class DedicatedServerPanelOnSimulatorTest {
  private static final long LOCATION = 1;
  private static final Duration HOUR = Duration.ofHours(1);

  @RegisterExtension
  static final PanelSimulatorExtension PANELS = new PanelSimulatorExtension(SimulatorOptions.builder()
      .servers(80).locations(2).seed(11).clock(SimulatorClock.manual(Instant.parse("2025-06-02T09:00:00Z")))
      .build());

  private static Dci6Client client;
  private static DedicatedServerPanel panel;
  /** Servers a test has taken; each test takes its own, so the tests do not depend on their order. */
  private static final Set<Long> TAKEN = new HashSet<>();

  @BeforeAll
  static void connect() {
    client = Dci6Client.create(new SimulatorTime(PANELS.simulator()).v6Panel());
    panel = DedicatedServerPanels.of(client, "dci-sim");
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Test
  void readsEachLocationWholeInPagesOfAThousand(PanelSimulator sim) {
    List<Server> first = panel.servers(1);
    List<Server> second = panel.servers(2);

    assertThat(first.size() + second.size()).isEqualTo(sim.serverCount());
    assertThat(first).allSatisfy(server -> assertThat(server.locationId()).hasValue(1));
    assertThat(first).extracting(Server::id).isSorted();
    assertThat(sim.calls(Panel.DCIMANAGER)).filteredOn(call -> call.path().equals("/dci/v3/server"))
        .hasSize(2)
        .extracting(call -> URLDecoder.decode(call.query(), StandardCharsets.UTF_8))
        .containsExactly("where=location_id EQ 1&orderby=id asc&limit=0,1000",
            "where=location_id EQ 2&orderby=id asc&limit=0,1000");
    Server one = first.get(0);
    assertThat(panel.server(one.id())).isEqualTo(one);
  }

  @Test
  void aServerTheSimulatorDoesNotHaveIsNotFound() {
    assertThatThrownBy(() -> panel.server(987654)).isInstanceOfSatisfying(PanelFailure.class, failure -> {
      assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.NOT_FOUND);
      assertThat(failure).hasMessageStartingWith("DCImanager 6 panel dci-sim: read server 987654 failed: ");
    });
  }

  @Test
  void findsOrCreatesTheCustomersUserAndGivesItTheServer(PanelSimulator sim) {
    String email = "adapter-owner@example.com";
    assertThat(panel.findUser(email)).isEmpty();
    long userId = panel.createUser(email);
    assertThat(panel.findUser(email)).contains(userId);
    assertThatThrownBy(() -> panel.createUser(email)).isInstanceOfSatisfying(PanelFailure.class,
        failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED));

    Server free = freeServer();
    panel.setOwner(free.id(), userId);
    assertThat(panel.server(free.id()).ownerId()).hasValue(userId);
    assertThat(sim.server(free.id()).owner().map(ServerSnapshot.Owner::id)).contains(userId);

    long other = panel.createUser("adapter-rival@example.com");
    assertThatThrownBy(() -> panel.setOwner(free.id(), other)).isInstanceOfSatisfying(PanelFailure.class,
        failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED));

    panel.removeOwner(free.id());
    assertThat(panel.server(free.id()).owned()).isFalse();
    assertThat(sim.server(free.id()).owner()).isEmpty();
  }

  @Test
  void switchesEachPortDownAndUp(PanelSimulator sim) {
    Server server = freeServer();
    List<SwitchConnection> ports = server.switchConnections().stream().filter(port -> !port.ipmi()).toList();
    assertThat(ports).isNotEmpty();

    for (SwitchConnection port : ports) {
      panel.setSwitchPort(port.switchId(), port.portId(), false);
    }
    assertThat(panel.server(server.id()).switchConnections()).filteredOn(port -> !port.ipmi())
        .allSatisfy(port -> assertThat(port.enabled()).isFalse());
    for (SwitchConnection port : ports) {
      panel.setSwitchPort(port.switchId(), port.portId(), true);
    }
    assertThat(panel.server(server.id()).switchConnections()).filteredOn(port -> !port.ipmi())
        .allSatisfy(port -> assertThat(port.enabled()).isTrue());
    assertThat(sim.calls(Panel.DCIMANAGER)).filteredOn(call -> call.method().equals("POST"))
        .extracting(RecordedCall::path)
        .containsExactlyElementsOf(twice(ports.stream()
            .map(port -> "/dci/v3/switch/" + port.switchId() + "/port/" + port.portId()).toList()));
  }

  @Test
  void removesAndGivesAddressesTheMainOneFirst(PanelSimulator sim) {
    Server server = freeServer();
    panel.removeIps(server.id());
    assertThat(panel.ipAddresses(server.id())).isEmpty();
    assertThat(sim.server(server.id()).ips()).isEmpty();

    List<String> given = panel.addIps(server.id(), 2, OptionalLong.empty());

    assertThat(given).hasSize(2);
    List<String> now = panel.ipAddresses(server.id());
    assertThat(now).containsExactlyInAnyOrderElementsOf(given);
    assertThat(sim.server(server.id()).mainIpv4()).contains(now.get(0));
    assertThat(panel.removeIps(server.id())).containsExactlyInAnyOrderElementsOf(given);
  }

  @Test
  void findsTemplatesAndRecipesByName() {
    assertThat(panel.osFamily(LOCATION, "Debian 12")).isEqualTo(OsFamily.LINUX);
    assertThat(panel.osFamily(LOCATION, "Windows Server 2022")).isEqualTo(OsFamily.WINDOWS);
    assertThat(panel.osTemplates(LOCATION)).contains(new OsTemplateOffer("Ubuntu 22.04", OsFamily.LINUX),
        new OsTemplateOffer("Windows Server 2022", OsFamily.WINDOWS));
    assertThat(panel.recipes(LOCATION)).contains("ISPmanager 6", "Docker", "LAMP");

    assertThatThrownBy(() -> panel.osFamily(LOCATION, "debian 12")).isInstanceOfSatisfying(PanelFailure.class,
        failure -> {
          assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.NOT_FOUND);
          assertThat(failure).hasMessageContaining("location 1 offers no OS template named 'debian 12'")
              .hasMessageContaining("'Debian 12'");
        });
  }

  @Test
  void installsAnOsAndWaitsForItOnTheCompressedClock(PanelSimulator sim) {
    Server server = freeServer();
    long operation = panel.startOsInstallation(server.id(), new OsInstallation("Debian 12", Optional.of("Docker"),
        "Root-pa55-word", Optional.of("node1.example.com"), List.of("ssh-ed25519 AAAAC3Nza test")));
    assertThat(panel.server(server.id()).runningOperationId()).hasValue(operation);
    List<String> reports = new ArrayList<>();

    panel.awaitOperation(server.id(), operation, HOUR, (percent, note) -> reports.add(percent + " " + note));

    assertThat(sim.server(server.id()).osTemplate().map(ServerSnapshot.OsTemplate::name)).contains("Debian 12");
    assertThat(sim.server(server.id()).operation().map(OperationSnapshot::status)).contains("ok");
    assertThat(reports).isNotEmpty().last().asString().startsWith("100 ok");
    assertThat(reports).doesNotHaveDuplicates();
    RecordedCall install = sim.calls(Panel.DCIMANAGER).stream()
        .filter(call -> call.path().endsWith("/install")).findFirst().orElseThrow();
    assertThat(install.body()).contains("\"os_template\":103").contains("\"recipe\":152")
        .contains("\"domain\":\"node1.example.com\"");
  }

  @Test
  void anInstallationTheSimulatorFailsIsAFailedOperation(PanelSimulator sim) {
    Server server = freeServer();
    sim.failNextOperation(server.id(), "install", "Disk /dev/sda not found");
    long operation = panel.startOsInstallation(server.id(), new OsInstallation("Ubuntu 22.04", Optional.empty(),
        "Root-pa55-word", Optional.empty(), List.of()));

    assertThatThrownBy(() -> panel.awaitOperation(server.id(), operation, HOUR, null))
        .isInstanceOfSatisfying(PanelFailure.class, failure -> {
          assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.OPERATION_FAILED);
          assertThat(failure).hasMessageContaining("Disk /dev/sda not found");
        });
  }

  @Test
  void anInstallationThatOutlastsTheTimeoutTimesOut() {
    Server server = freeServer();
    long operation = panel.startOsInstallation(server.id(), new OsInstallation("Ubuntu 22.04", Optional.empty(),
        "Root-pa55-word", Optional.empty(), List.of()));

    assertThatThrownBy(() -> panel.awaitOperation(server.id(), operation, Duration.ofSeconds(1), null))
        .isInstanceOfSatisfying(PanelFailure.class,
            failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.TIMED_OUT));
    panel.awaitOperation(server.id(), operation, HOUR, null);
  }

  @Test
  void aTemplateTheLocationLacksIsNotFoundBeforeAnythingStarts(PanelSimulator sim) {
    Server server = freeServer();
    assertThatThrownBy(() -> panel.startOsInstallation(server.id(), new OsInstallation("Gentoo",
        Optional.empty(), "Root-pa55-word", Optional.empty(), List.of())))
        .isInstanceOfSatisfying(PanelFailure.class, failure -> {
          assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.NOT_FOUND);
          assertThat(failure).hasMessageContaining("'Gentoo'");
        });
    assertThat(sim.calls(Panel.DCIMANAGER)).noneMatch(call -> call.method().equals("POST"));
  }

  @Test
  void runsDiagnosticsWithDiskCleanupAndStopsARunningOperation(PanelSimulator sim) {
    Server server = freeServer();
    long diagnostics = panel.startDiagnostics(server.id(), true);
    panel.awaitOperation(server.id(), diagnostics, HOUR, null);
    assertThat(sim.operation(diagnostics).status()).isEqualTo("ok");
    assertThat(sim.calls(Panel.DCIMANAGER)).filteredOn(call -> call.path().endsWith("/diag"))
        .singleElement().satisfies(call -> assertThat(call.body()).contains("\"clear_disks\":true"));

    long running = panel.startDiagnostics(server.id(), false);
    panel.stopOperation(server.id(), running, HOUR);
    assertThat(sim.operation(running).status()).isEqualTo("canceled");
    assertThat(panel.server(server.id()).lastOperation()).isEqualTo(LastOperationStatus.CANCELED);
    // Stopping it again: it has ended, which is what a stop asks for.
    panel.stopOperation(server.id(), running, HOUR);
  }

  @Test
  void powersOffAndOnAndARefusalIsRefused(PanelSimulator sim) {
    Server server = freeServer();
    if (server.power() != PowerStatus.ON) {
      panel.powerOn(server.id());
    }
    panel.powerOff(server.id());
    assertThat(sim.server(server.id()).powerStatus()).isEqualTo("off");
    assertThatThrownBy(() -> panel.powerOff(server.id())).isInstanceOfSatisfying(PanelFailure.class,
        failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED));

    panel.powerOn(server.id());
    assertThat(panel.server(server.id()).power()).isEqualTo(PowerStatus.ON);

    sim.failNextPowerCommand(server.id());
    assertThatThrownBy(() -> panel.powerOff(server.id())).isInstanceOfSatisfying(PanelFailure.class, failure -> {
      assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED);
      assertThat(failure).hasMessageContaining("power server " + server.id() + " off")
          .hasMessageContaining("IPMI");
    });
  }

  /**
   * A server of the location nobody owns, with no operation running and with switch ports, not taken by another
   * test yet.
   */
  private static synchronized Server freeServer() {
    Server server = panel.servers(LOCATION).stream()
        .filter(s -> !s.owned() && s.runningOperationId().isEmpty() && !TAKEN.contains(s.id()))
        .filter(s -> s.switchConnections().stream().anyMatch(port -> !port.ipmi()))
        .findFirst().orElseThrow();
    TAKEN.add(server.id());
    PANELS.simulator().clearCalls();
    return server;
  }

  private static List<String> twice(List<String> paths) {
    List<String> both = new ArrayList<>(paths);
    both.addAll(paths);
    return both;
  }
}

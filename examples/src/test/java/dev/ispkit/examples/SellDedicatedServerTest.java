package dev.ispkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.simulator.OperationSnapshot;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.ServerSnapshot;
import dev.ispkit.simulator.UserSnapshot;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dedicated-server program on its embedded simulator: what it prints, and what it left on the panel. */
class SellDedicatedServerTest {
  private static Run run;

  @BeforeAll
  static void sell() {
    run = Run.of(SellDedicatedServer::run);
  }

  @AfterAll
  static void close() {
    run.close();
  }

  @Test
  void sellsAnExactAndANearestConfigurationAndEndsWithExitZero() {
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).contains("Order ded-1001: ", "(free servers of this configuration: the exact match)",
        "Order ded-1002: ", "(no server has it: the nearest configuration is built by hand)",
        "Sold: ded-1002 runs on server " + serverOf("ded-1002") + "; ded-1001 was sold, suspended, resumed and "
            + "deleted.");
  }

  @Test
  void printsTheBuildTaskWithItsComponentChangesAndClosesItAsTheHostWould() {
    assertThat(run.out).containsPattern("task-1 \\(PURCHASE\\): Buy parts for server \\d+ \\(service ded-1002\\)")
        .containsPattern("task-2 \\(BUILD\\): Build server \\d+ into \\S+ \\(service ded-1002\\)")
        .containsPattern("\\| 1\\. add \\d+ GB RAM")
        .contains("The department does the work; the host closes task-2 and the lifecycle goes on:");
    String afterBuild = run.out.substring(run.out.indexOf("host closes task-2"));
    assertThat(afterBuild.indexOf("[ded-1002] start-os-installation")).isPositive()
        .isLessThan(afterBuild.indexOf("=> active, server " + serverOf("ded-1002")));
  }

  @Test
  void showsTheInstallationAndTheDiagnosticsProgressAsTheyHappen() {
    List<String> lines = run.lines();
    List<String> install = lines.stream().filter(line -> line.startsWith("  [ded-1001]   ")).toList();
    assertThat(install).contains("  [ded-1001]    16% running (boot_installer)", "  [ded-1001]    50% running "
        + "(install_os)", "  [ded-1001]   100% ok", "  [ded-1001]    66% running (disk_cleanup)");
    assertThat(lines.indexOf("  [ded-1001]    50% running (install_os)"))
        .isLessThan(lines.indexOf("  [ded-1001]   100% ok"));
  }

  @Test
  void suspendsResumesAndDeletesInTheSeedsOrder() {
    assertThat(run.out).containsPattern("=> suspended: switch port\\(s\\) \\S+ DOWN")
        .containsPattern("=> active, server \\d+, .*: switch port\\(s\\) \\S+ UP");
    String delete = run.out.substring(run.out.indexOf("Delete ded-1001"));
    List<String> steps = delete.lines().filter(line -> line.startsWith("  [ded-1001] ")
        && !line.startsWith("  [ded-1001]   ")).map(line -> line.substring("  [ded-1001] ".length())).toList();
    assertThat(steps).containsExactly("enable-switch-ports", "power-on", "stop-operation", "remove-ips",
        "remove-owner", "start-diagnostics", "await-diagnostics", "power-off", "disable-switch-ports",
        "release-license", "release-server");
  }

  @Test
  void leavesTheDeletedServerInStockAndTheOtherOneWithTheCustomer() {
    PanelSimulator sim = run.simulator();
    ServerSnapshot deleted = sim.server(serverOf("ded-1001"));
    assertThat(deleted.owner()).isEmpty();
    assertThat(deleted.ips()).isEmpty();
    assertThat(deleted.powerStatus()).isEqualTo("off");
    assertThat(deleted.operation()).get().satisfies(operation -> {
      assertThat(operation.type()).isEqualTo("diag");
      assertThat(operation.status()).isEqualTo("ok");
    });
    assertThat(deleted.switchPorts()).filteredOn(port -> !port.ipmi())
        .allSatisfy(port -> assertThat(port.adminStatus()).isEqualTo("down"));
    assertThat(sim.calls(Panel.DCIMANAGER)).filteredOn(call -> call.method().equals("POST")
        && call.path().equals("/dci/v3/server/" + deleted.id() + "/diag")).extracting(RecordedCall::body)
        .singleElement().asString().contains("\"clear_disks\":true");

    long anna = sim.users().stream().filter(user -> user.email().equals("anna@example.com")).findFirst()
        .map(UserSnapshot::id).orElseThrow();
    List<ServerSnapshot> hers = LongStream.rangeClosed(1, sim.serverCount()).mapToObj(sim::server)
        .filter(server -> server.owner().map(owner -> owner.id() == anna).orElse(false)).toList();
    assertThat(hers).singleElement().satisfies(server -> {
      assertThat(server.id()).isEqualTo(serverOf("ded-1002"));
      assertThat(server.osTemplate()).get().extracting(ServerSnapshot.OsTemplate::name).isEqualTo("Ubuntu 22.04");
      assertThat(server.operation()).get().extracting(OperationSnapshot::status).isEqualTo("ok");
      assertThat(server.mainIpv4()).isPresent();
    });
  }

  /** The server the output says a service got. */
  private static long serverOf(String service) {
    Matcher active = Pattern.compile("Order " + service + ":[\\s\\S]*?=> active, server (\\d+)").matcher(run.out);
    assertThat(active.find()).as(run.toString()).isTrue();
    return Long.parseLong(active.group(1));
  }
}

package dev.ispkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.RecordedCall;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The status sync program on its embedded simulator: every drift found and mended, nothing else touched. */
class StatusSyncTest {
  private static Run run;

  @BeforeAll
  static void sync() {
    run = Run.of(StatusSync::run);
  }

  @AfterAll
  static void close() {
    run.close();
  }

  @Test
  void powersOnWhatATechnicianTurnedOffAndOffWhatTheBillingStopped() {
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("12 of 12 services active.", "Status sync of 13 services:",
        "  1 inventory read(s), 12 services compared, 6 power call(s)",
        "  skipped legacy-77: ispkit has not opened this service",
        "  1 inventory read(s), 12 services compared, 0 power call(s)", "12 of 12 services deleted.");
    assertThat(servers("powered on  server (\\d+) of")).hasSize(3)
        .isEqualTo(servers("a technician powers server (\\d+) of"));
    assertThat(servers("powered off server (\\d+) of")).hasSize(3)
        .isEqualTo(servers("server (\\d+) still runs"));
  }

  @Test
  void theSyncReadsTheInventoryOnceAndCallsThePanelOnlyForTheServersThatDrifted() {
    List<RecordedCall> calls = run.simulator().calls(Panel.DCIMANAGER);
    List<String> power = calls.stream().filter(call -> call.method().equals("POST")
        && call.path().matches("/dci/v3/server/\\d+/power_o(n|ff)")).map(RecordedCall::path).toList();
    // The technician's three, then the first sync's six; the deletes' own come after.
    assertThat(power.subList(0, 3)).containsExactlyInAnyOrderElementsOf(
        paths("a technician powers server (\\d+) of", "power_off"));
    Set<String> mended = new HashSet<>(paths("a technician powers server (\\d+) of", "power_on"));
    mended.addAll(paths("server (\\d+) still runs", "power_off"));
    assertThat(power.subList(3, 9)).containsExactlyInAnyOrderElementsOf(mended);

    int technicianDone = calls.indexOf(calls.stream().filter(call -> call.path().equals(power.get(2)))
        .findFirst().orElseThrow());
    assertThat(calls.subList(technicianDone, calls.size())).filteredOn(call -> call.method().equals("GET")
        && call.path().equals("/dci/v3/server")).as("one inventory read per sync").hasSize(2);
  }

  private static List<String> paths(String pattern, String command) {
    return servers(pattern).stream().map(id -> "/dci/v3/server/" + id + "/" + command).toList();
  }

  @Test
  void leavesEveryServerItOpenedBackInStock() {
    PanelSimulator sim = run.simulator();
    for (long id : servers("\\[sync-\\d+\\] dedicated-open: active, server (\\d+),")) {
      assertThat(sim.server(id).owner()).as("server %d", id).isEmpty();
      assertThat(sim.server(id).powerStatus()).as("server %d", id).isEqualTo("off");
    }
  }

  private static List<Long> servers(String pattern) {
    return Pattern.compile(pattern).matcher(run.out).results().map(result -> Long.parseLong(result.group(1)))
        .sorted().toList();
  }
}

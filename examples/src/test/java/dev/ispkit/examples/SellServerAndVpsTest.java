package dev.ispkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.simulator.PanelSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The main example: a dedicated server and a VPS with its license sold, exit code 0. */
class SellServerAndVpsTest {

  @Test
  void sellsTheServerThenTheVpsEachOnItsSimulator() {
    try (Run run = Run.of(SellServerAndVps::run)) {
      assertThat(run.exit).as(run.toString()).isZero();
      assertThat(run.out).contains("== 1/2 A dedicated server ==", "== 2/2 A VPS with a license ==")
          .containsPattern("Sold: ded-1002 runs on server \\d+")
          .containsPattern("Sold: vps-2002 runs on VM \\d+ with license #\\d+, the one vps-2001 gave back\\.")
          .containsPattern("Done in [0-9.]+ s: a dedicated server and a VPS with its license are sold\\.\n$");
      assertThat(run.simulators).hasSize(2);
      PanelSimulator servers = run.simulators.get(0);
      assertThat(LongStream.rangeClosed(1, servers.serverCount()).mapToObj(servers::server)
          .filter(server -> server.owner().map(owner -> owner.email().equals("anna@example.com")).orElse(false)))
          .hasSize(1);
      PanelSimulator vps = run.simulators.get(1);
      assertThat(vps.licenses()).singleElement().satisfies(license ->
          assertThat(license.licenseName()).isEqualTo("Item #vps-2002"));
    }
  }

  @Test
  void mainReturnsNormallyWhenItSold() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      SellServerAndVps.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Done in");
  }
}

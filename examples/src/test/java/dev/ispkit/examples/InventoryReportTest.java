package dev.ispkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.ServerSnapshot;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inventory report on its embedded simulator, its counts held against the simulator's own servers. */
class InventoryReportTest {
  private static Run run;
  private static List<ServerSnapshot> servers;

  @BeforeAll
  static void report() {
    run = Run.of(InventoryReport::run);
    PanelSimulator sim = run.simulator();
    servers = LongStream.rangeClosed(1, sim.serverCount()).mapToObj(sim::server).toList();
  }

  @AfterAll
  static void close() {
    run.close();
  }

  @Test
  void countsEachLocationsServersAndTheOwnedOnesAsThePanelHasThem() {
    assertThat(run.exit).as(run.toString()).isZero();
    for (long location = 1; location <= 3; location++) {
      long id = location;
      List<ServerSnapshot> here = servers.stream().filter(server -> server.location().id() == id).toList();
      Matcher heading = Pattern.compile("Location " + id + ", [^:]+: (\\d+) of (\\d+) servers available\n"
          + "  held back \\(a server counts under each condition it fails\\):\n((?:  +\\d+ [a-zA-Z ]+\n)+)")
          .matcher(run.out);
      assertThat(heading.find()).as(run.out).isTrue();
      assertThat(Long.parseLong(heading.group(2))).isEqualTo(here.size());
      assertThat(heading.group(3)).contains(String.format("  %6d owned%n",
          here.stream().filter(server -> server.owner().isPresent()).count()));
      long free = here.stream().filter(server -> server.owner().isEmpty()).count();
      assertThat(Long.parseLong(heading.group(1))).isPositive().isLessThanOrEqualTo(free);
    }
    assertThat(run.out).containsPattern("Every location: \\d+ of " + servers.size() + " servers available\\.");
  }

  @Test
  void listsEveryConfigurationWithItsAvailableAndTotalServersAndThePanelsFreeCount() {
    for (String label : servers.stream().map(ServerSnapshot::configuration).filter(label -> !label.isEmpty())
        .distinct().toList()) {
      assertThat(run.out).containsPattern("\n  " + Pattern.quote(label) + " +\\d+ / \\d+\n");
    }
    long noConfiguration = servers.stream().filter(server -> server.configuration().isEmpty()).count();
    assertThat(run.out).contains("The panel's own free count (GET /dci/v3/server/configuration");
    assertThat(Pattern.compile("\\(no configuration\\) +0 / (\\d+)").matcher(run.out).results()
        .mapToLong(result -> Long.parseLong(result.group(1))).sum()).isEqualTo(noConfiguration);
  }
}

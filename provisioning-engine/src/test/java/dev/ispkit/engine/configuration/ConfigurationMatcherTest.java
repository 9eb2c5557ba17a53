package dev.ispkit.engine.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ispkit.engine.TestServers;
import dev.ispkit.engine.availability.AvailabilityCheck;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.inventory.MaintenanceMode;
import dev.ispkit.engine.inventory.Server;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigurationMatcherTest {
  private static final String ORDERED = "i9-9900K-64Gb-2x1024NVMe";
  private static final AvailabilityFilter FILTER = AvailabilityFilter.of(TestServers.LOCATION, false);
  private final ConfigurationMatcher matcher = ConfigurationMatcher.builder().build();

  private static AvailabilityCheck inventory(Server... servers) {
    return FILTER.check(List.of(servers));
  }

  private static Server server(long id, String label) {
    return TestServers.available(id, label).build();
  }

  private static Configuration ordered() {
    return ConfigurationLabelParser.parse(ORDERED);
  }

  @Test
  void exactMatchWinsOverEveryNearerLookingServer() {
    AvailabilityCheck check = inventory(server(1, "i9-9900K-128Gb-2x1024NVMe"), server(50, ORDERED),
        server(2, "i9-9900K-64Gb-2x1024NVMe-1Gbps"));

    Selection selection = matcher.select(ordered(), check);

    assertThat(selection).isInstanceOf(Selection.Exact.class);
    // Server 2's label adds a network speed the order leaves open: exact too, and the lowest id wins.
    assertThat(((Selection.Exact) selection).candidate().server().id()).isEqualTo(2);
  }

  @Test
  void exactMatchByNameCountsEvenWhenTheLabelCannotBeRead() {
    Configuration ordered = Configuration.builder().name("Custom Box A").cpu("i9-9900K").ramGb(64).build();

    Selection selection = matcher.select(ordered, inventory(server(7, "Custom Box A"), server(8, "i9-9900K-64Gb")));

    assertThat(selection).isInstanceOf(Selection.Exact.class);
    assertThat(((Selection.Exact) selection).candidate().server().id()).isEqualTo(7);
  }

  @Test
  void byServerTypeOnlyAnExactReadyConfigurationCounts() {
    ConfigurationMatcher byType = ConfigurationMatcher.builder().byServerType(true).build();

    Selection none = byType.select(ordered(), inventory(server(1, "i9-9900K-32Gb-2x1024NVMe")));
    Selection exact = byType.select(ordered(), inventory(server(1, "i9-9900K-32Gb-2x1024NVMe"), server(2, ORDERED)));

    assertThat(none).isInstanceOf(Selection.NoMatch.class);
    assertThat(((Selection.NoMatch) none).reason()).isEqualTo("no available server has configuration " + ORDERED
        + " (by server type: only an exact match counts); 1 available servers have other configurations");
    assertThat(exact).isInstanceOf(Selection.Exact.class);
  }

  static Stream<Arguments> nearestByWeightedDistance() {
    return Stream.of(
        Arguments.of("more RAM needed (4) beats a disk type swap (10) and a CPU swap (20)", DistanceWeights.defaults(),
            1L, 4.0, List.of("add 32 GB RAM")),
        Arguments.of("with RAM at 1 per GB the disk swap (10) is nearer than 32 GB (32)",
            DistanceWeights.builder().ramPerGb(1).build(), 2L, 10.0,
            List.of("replace 2 x 1024 GB HDD by 2 x 1024 GB NVMe")),
        Arguments.of("with free CPU swaps the other CPU is nearest", DistanceWeights.builder().cpu(0).build(), 3L, 0.0,
            List.of("replace i7-8700 by i9-9900K")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void nearestByWeightedDistance(String rule, DistanceWeights weights, long expectedId, double distance,
      List<String> changes) {
    AvailabilityCheck check = inventory(server(1, "i9-9900K-32Gb-2x1024NVMe"), server(2, "i9-9900K-64Gb-2x1024HDD"),
        server(3, "i7-8700-64Gb-2x1024NVMe"));

    Selection selection = ConfigurationMatcher.builder().weights(weights).build().select(ordered(), check);

    assertThat(selection).isInstanceOf(Selection.Nearest.class);
    Candidate candidate = ((Selection.Nearest) selection).candidate();
    assertThat(candidate.server().id()).isEqualTo(expectedId);
    assertThat(candidate.distance()).isEqualTo(distance);
    assertThat(candidate.changes()).extracting(ComponentChange::describe).isEqualTo(changes);
  }

  @Test
  void changesComeInBuildOrderAndAddUpToTheDistance() {
    Configuration ordered = ConfigurationLabelParser.parse("E-2146G-64Gb-2x1024NVMe-10Gbps");

    Candidate candidate = matcher.rank(ordered, inventory(server(1, "E-2146G-32Gb-2x1024HDD-500SSD-1Gbps")), 1).get(0);

    assertThat(candidate.changes()).containsExactly(
        new ComponentChange.Add(new Component.Memory(32), 1, 4.0),
        new ComponentChange.Remove(new Component.Disk(DiskType.SSD, 500), 1, 3.0),
        new ComponentChange.Replace(new Component.Disk(DiskType.HDD, 1024), new Component.Disk(DiskType.NVME, 1024), 2,
            10.0),
        new ComponentChange.Replace(new Component.NetworkCard(1000), new Component.NetworkCard(10_000), 1, 5.0));
    assertThat(candidate.distance()).isEqualTo(4.0 + 3.0 + 10.0 + 5.0);
    assertThat(candidate.underProvisioned()).isTrue();
  }

  @Test
  void overProvisionedServerIsPreferredToUnderProvisionedAtEqualDistance() {
    // 32 GB less and 32 GB more are both 4 away; the server with more wins although its id is higher.
    AvailabilityCheck check = inventory(server(1, "i9-9900K-32Gb-2x1024NVMe"), server(2, "i9-9900K-96Gb-2x1024NVMe"));

    Candidate chosen = ((Selection.Nearest) matcher.select(ordered(), check)).candidate();

    assertThat(chosen.server().id()).isEqualTo(2);
    assertThat(chosen.underProvisioned()).isFalse();
    assertThat(chosen.changes()).extracting(ComponentChange::describe).containsExactly("remove 32 GB RAM");
  }

  @Test
  void tieBreakIsTheLowestServerId() {
    AvailabilityCheck check = inventory(server(9, "i9-9900K-32Gb-2x1024NVMe"), server(4, "i9-9900K-32Gb-2x1024NVMe"),
        server(6, "i9-9900K-32Gb-2x1024NVMe"));

    assertThat(matcher.rank(ordered(), check, 3)).extracting(c -> c.server().id()).containsExactly(4L, 6L, 9L);
  }

  @Test
  void callerCapsHowFarAMatchMayBe() {
    ConfigurationMatcher capped = ConfigurationMatcher.builder().maxDistance(3).build();

    Selection selection = capped.select(ordered(), inventory(server(1, "i9-9900K-32Gb-2x1024NVMe"), server(2, ORDERED)
        .toBuilder().owned(true).build()));

    assertThat(selection).isInstanceOf(Selection.NoMatch.class);
    assertThat(((Selection.NoMatch) selection).reason()).isEqualTo(
        "the nearest available server, 1 (i9-9900K-32Gb-2x1024NVMe), is 4.00 away, over the cap of 3.00");
    assertThat(capped.select(ordered(), inventory(server(1, "i9-9900K-32Gb-2x1024NVMe"), server(2, ORDERED))))
        .isInstanceOf(Selection.Exact.class);
  }

  @Test
  void noAvailableServerSaysWhyWithTheReport() {
    Selection selection = matcher.select(ordered(), inventory(TestServers.available(1, ORDERED).owned(true).build()));

    assertThat(selection).isInstanceOf(Selection.NoMatch.class);
    assertThat(((Selection.NoMatch) selection).reason()).isEqualTo("no server is available: 0 of 1 available: 1 owned");
  }

  @Test
  void unreadableLabelsTakeNoPartAndAreListed() {
    Selection selection = matcher.select(ordered(), inventory(server(1, "mystery-box"), server(2, "mystery-box"),
        server(3, "E-2146G")));

    assertThat(selection).isInstanceOf(Selection.NoMatch.class);
    Selection.NoMatch noMatch = (Selection.NoMatch) selection;
    assertThat(noMatch.unreadable()).extracting(LabelReading.Unparsed::label).containsExactly("E-2146G", "mystery-box");
    assertThat(noMatch.reason()).isEqualTo("no available server has a readable configuration label; 2 unreadable "
        + "labels, first 'E-2146G': no RAM size (like 64Gb) before the first disk or network part");
  }

  /**
   * The matcher against a brute force written here, not against its own ranking: which servers are available comes
   * from what the round broke, each server's exactness, distance and under-provisioning from the matcher run on that
   * server alone (the distance itself is pinned by the table tests above), and "by server type", the cap and the
   * documented preference order are applied by a plain scan.
   */
  @Test
  void matcherNeverReturnsAnUnavailableServerAndAlwaysTheBestByItsDocumentedOrder() {
    String[] labels = {ORDERED, "i9-9900K-32Gb-2x1024NVMe", "i9-9900K-96Gb-2x1024NVMe", "i9-9900K-64Gb-2x1024HDD",
        "i7-8700-64Gb-2x1024NVMe", "E-2146G-64Gb-1920SSD-3840SSD", "i9-9900K-128Gb-4x1024NVMe", "garbage", ""};
    Comparator<Candidate> documentedOrder = Comparator.comparing((Candidate c) -> !c.isExact())
        .thenComparingDouble(Candidate::distance)
        .thenComparing(Candidate::underProvisioned)
        .thenComparingLong(c -> c.server().id());
    ConfigurationMatcher onOneServer = ConfigurationMatcher.builder().build();
    Random random = new Random(20240601);
    int matchedRounds = 0;
    for (int round = 0; round < 300; round++) {
      int size = 1 + random.nextInt(60);
      List<Server> servers = new ArrayList<>();
      boolean[] broken = new boolean[size];
      boolean[] sharedMac = new boolean[size];
      for (int i = 0; i < size; i++) {
        Server.Builder builder = TestServers.available(1000 - i * 7L, labels[random.nextInt(labels.length)]);
        int roll = random.nextInt(9);
        switch (roll) {
          case 0 -> builder.owned(true);
          case 1 -> builder.maintenance(MaintenanceMode.ON);
          case 2 -> builder.locationId(99);
          case 3 -> builder.maintenance(MaintenanceMode.UNKNOWN);
          case 4 -> builder.mac("02:00:00:00:00:01");
          default -> { }
        }
        broken[i] = roll <= 3;
        sharedMac[i] = roll == 4;
        servers.add(builder.build());
      }
      boolean byServerType = random.nextBoolean();
      double cap = random.nextInt(4) == 0 ? 10 : Double.POSITIVE_INFINITY;
      ConfigurationMatcher any = ConfigurationMatcher.builder().byServerType(byServerType).maxDistance(cap).build();
      Configuration ordered = ConfigurationLabelParser.parse(labels[random.nextInt(7)]);

      long macHolders = IntStream.range(0, size).filter(i -> sharedMac[i]).count();
      List<Candidate> expected = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Server server = servers.get(i);
        boolean available = !broken[i] && !(sharedMac[i] && macHolders > 1) && server.configurationDefined();
        if (!available) {
          continue;
        }
        AvailabilityCheck onItsOwn = FILTER.check(List.of(server));
        assertThat(onItsOwn.isAvailable(0)).as("round %d, server %d", round, server.id()).isTrue();
        List<Candidate> alone = onOneServer.rank(ordered, onItsOwn, 1);
        if (alone.isEmpty()) {
          continue; // an unreadable label, not the ordered name
        }
        Candidate candidate = alone.get(0);
        if (!candidate.isExact() && (byServerType || candidate.distance() > cap)) {
          continue;
        }
        expected.add(candidate);
      }
      Candidate best = null;
      for (Candidate candidate : expected) {
        if (best == null || documentedOrder.compare(candidate, best) < 0) {
          best = candidate;
        }
      }
      expected.sort(documentedOrder);

      AvailabilityCheck check = FILTER.check(servers);
      List<Candidate> ranked = any.rank(ordered, check, Integer.MAX_VALUE);
      Selection selection = any.select(ordered, check);

      assertThat(ranked).extracting(c -> c.server().id(), Candidate::isExact, Candidate::distance,
          Candidate::underProvisioned).as("round %d", round).containsExactlyElementsOf(expected.stream()
          .map(c -> tuple(c.server().id(), c.isExact(), c.distance(), c.underProvisioned())).toList());
      if (best == null) {
        assertThat(selection).as("round %d", round).isInstanceOf(Selection.NoMatch.class);
      } else {
        matchedRounds++;
        Candidate chosen = selection instanceof Selection.Exact exact ? exact.candidate()
            : ((Selection.Nearest) selection).candidate();
        assertThat(chosen.server().id()).as("round %d", round).isEqualTo(best.server().id());
        assertThat(check.availabilityOf(chosen.server().id()).isAvailable()).isTrue();
      }
    }
    assertThat(matchedRounds).as("rounds with a match").isBetween(100, 299);
  }
}

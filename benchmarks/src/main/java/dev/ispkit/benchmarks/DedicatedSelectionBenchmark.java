package dev.ispkit.benchmarks;

import dev.ispkit.adapters.dci6.DedicatedServerPanels;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.HttpLogLevel;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.engine.availability.AvailabilityCheck;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.configuration.Candidate;
import dev.ispkit.engine.configuration.Configuration;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.configuration.ConfigurationMatcher;
import dev.ispkit.engine.configuration.Selection;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.module.DataCenter;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.ServerClaims;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.SimulatorOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One dedicated-server order's selection on a 20 000-server simulator over loopback, the two ways.
 *
 * <ul>
 *   <li>{@link #snapshotReverifyAndClaim()}: the engine's way ({@code DedicatedOpen}'s claim step on a warm
 *       inventory snapshot): rank the best candidates of the snapshot read once, claim the first one, re-read that
 *       one server through the adapter and check it again.</li>
 *   <li>{@link #wholeInventoryPerOrder()}, the baseline: what BILLmanager's and WHMCS's modules do per order: list
 *       every server of the location (through the same adapter, in its pages of 1000), parse, filter, match, then
 *       claim the chosen one.</li>
 * </ul>
 *
 * <p>Neither sets an owner (that call is the same both ways), and each claim is released after the order, so every
 * order finds the same inventory. Requests and bytes per order are counted once in the set-up, through a counting
 * relay ({@link CountingProxy}, both directions, headers included), and printed; the timed runs go straight to the
 * simulator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DedicatedSelectionBenchmark {
  private static final int SERVERS = 20_000;
  private static final long LOCATION = 1;
  private static final String PANEL_ID = "dci-bench";

  private PanelSimulator simulator;
  private Dci6Client client;
  private DedicatedServerPanel panel;
  private AvailabilityFilter filter;
  private ConfigurationMatcher matcher;
  private Configuration ordered;
  private AvailabilityCheck snapshot;
  private final ServerClaims claims = ServerClaims.inMemory();
  private long orders;

  /** Starts the simulator, reads the snapshot once, picks the configuration, and counts each way's wire cost. */
  @Setup
  public void setUp() throws IOException {
    simulator = PanelSimulator.start(SimulatorOptions.builder().servers(SERVERS).locations(1).seed(42).build());
    client = Dci6Client.create(config(simulator.baseUrl()));
    panel = DedicatedServerPanels.of(client, PANEL_ID);
    DedicatedServerModule module = DedicatedServerModule.builder().id(7).name("DCImanager bench").sort(1)
        .dataCenter(DataCenter.withExternalId(1, "Bench", LOCATION)).departmentId(1).tariff(1).build();
    filter = AvailabilityFilter.forModule(module);
    matcher = ConfigurationMatcher.forModule(module);
    snapshot = filter.check(panel.servers(LOCATION));
    ordered = ConfigurationLabelParser.parse(commonestFreeLabel(snapshot));
    countOnTheWire();
  }

  /** Closes the client and the simulator. */
  @TearDown
  public void tearDown() {
    client.close();
    simulator.close();
  }

  /** The engine's way: the warm snapshot, one re-verifying read of the chosen server, the claim. */
  @Benchmark
  public long snapshotReverifyAndClaim() {
    return fromSnapshot(panel);
  }

  /** The baseline: the whole location read, parsed and filtered for every order, then the claim. */
  @Benchmark
  public long wholeInventoryPerOrder() {
    return fromWholeInventory(panel);
  }

  private long fromSnapshot(DedicatedServerPanel via) {
    String service = "order-" + (++orders);
    // The engine's first round: its best 16 candidates (no other order holds any here, so there is no second).
    for (Candidate candidate : matcher.rank(ordered, snapshot, 16)) {
      long serverId = candidate.server().id();
      if (!claims.claim(PANEL_ID, serverId, service)) {
        continue;
      }
      Server fresh = via.server(serverId);
      boolean available = filter.check(List.of(fresh)).isAvailable(0);
      claims.release(PANEL_ID, serverId, service);
      if (available) {
        return serverId;
      }
    }
    throw new IllegalStateException("no free server of " + ordered.label());
  }

  private long fromWholeInventory(DedicatedServerPanel via) {
    String service = "order-" + (++orders);
    Selection selection = matcher.select(ordered, filter.check(via.servers(LOCATION)));
    long serverId;
    if (selection instanceof Selection.Exact exact) {
      serverId = exact.candidate().server().id();
    } else if (selection instanceof Selection.Nearest nearest) {
      serverId = nearest.candidate().server().id();
    } else {
      throw new IllegalStateException("no free server of " + ordered.label());
    }
    if (!claims.claim(PANEL_ID, serverId, service)) {
      throw new IllegalStateException("server " + serverId + " is claimed");
    }
    claims.release(PANEL_ID, serverId, service);
    return serverId;
  }

  /** One order each way through a counting relay: the requests the simulator recorded and the bytes carried. */
  private void countOnTheWire() throws IOException {
    try (CountingProxy proxy = new CountingProxy(simulator.port());
        Dci6Client counted = Dci6Client.create(config("http://127.0.0.1:" + proxy.port()))) {
      DedicatedServerPanel via = DedicatedServerPanels.of(counted, PANEL_ID);
      via.server(1);
      report("snapshotReverifyAndClaim", proxy, via, this::fromSnapshot);
      report("wholeInventoryPerOrder", proxy, via, this::fromWholeInventory);
    }
  }

  private void report(String name, CountingProxy proxy, DedicatedServerPanel via,
      ToLongFunction<DedicatedServerPanel> order) {
    simulator.clearCalls();
    long before = proxy.bytes();
    order.applyAsLong(via);
    long bytes = proxy.bytes() - before;
    int requests = simulator.calls(Panel.DCIMANAGER).size();
    System.out.printf("%s: %d request(s), %,d bytes on the wire per order%n", name, requests, bytes);
  }

  private static String commonestFreeLabel(AvailabilityCheck check) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Server server : check.available()) {
      counts.merge(server.configurationLabel(), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow().getKey();
  }

  private static ClientConfig config(String url) {
    return ClientConfig.builder()
        .baseUrl(url)
        .credentials(Credentials.of(SimulatorOptions.DEFAULT_ADMIN_EMAIL, SimulatorOptions.DEFAULT_ADMIN_PASSWORD))
        .readTimeout(Duration.ofSeconds(60))
        .logLevel(HttpLogLevel.NONE)
        .build();
  }
}

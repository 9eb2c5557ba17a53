package dev.ispkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.OrderBy;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.dci6.Server;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A 20 000-server listing through the DCImanager 6 client, against reading the same bytes raw.
 *
 * <ul>
 *   <li>{@link #clientWalk()}: {@code servers().stream(orderby id asc, pageSize)} collected into a list of typed
 *       servers: one request per page, each page parsed and dropped before the next is asked for.</li>
 *   <li>{@link #rawPages()}: the very requests the walk made (recorded by the simulator in the set-up), with plain
 *       OkHttp, each body read to the last byte and thrown away. The ratio is what the client adds over moving the
 *       bytes; the simulator's work to find and write the servers is in both.</li>
 *   <li>Memory (printed once per trial): the heap the walk's list of 20 000 servers retains, against the same pages
 *       held as Jackson trees (what a client without types keeps), and the bytes on the wire.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ServerListingBenchmark {
  static final int SERVERS = 20_000;

  @Param({"500", "1000", "5000"})
  public int pageSize;

  private SideBySide panels;
  private PanelSimulator simulator;
  private Dci6Client dci;
  private RawPanel raw;
  private ListQuery query;
  private List<String> pages;

  /** Starts the simulator, makes one walk to record its requests, and measures the memory. */
  @Setup
  public void setUp() {
    panels = new SideBySide(SERVERS);
    simulator = panels.simulator;
    dci = panels.dci;
    raw = panels.raw;
    query = ListQuery.builder().addOrderBy(OrderBy.asc("id")).build();
    simulator.clearCalls();
    if (clientWalk().size() != SERVERS) {
      throw new IllegalStateException("the walk did not read " + SERVERS + " servers");
    }
    pages = simulator.calls(Panel.DCIMANAGER).stream()
        .filter(call -> call.method().equals("GET") && call.path().equals("/dci/v3/server"))
        .map(ServerListingBenchmark::pathAndQuery)
        .collect(Collectors.toList());
    long bytes = rawPages();
    long typed = RetainedHeap.of(this::clientWalk);
    long trees = RetainedHeap.of(this::treePages);
    System.out.printf(Locale.ROOT, "%nlisting of %d servers in pages of %d: %d requests, %.1f MB on the wire; "
        + "retained: typed servers %.1f MB, Jackson trees of the pages (baseline) %.1f MB, ratio %.2f%n",
        SERVERS, pageSize, pages.size(), bytes / 1e6, typed / 1e6, trees / 1e6, typed / (double) trees);
  }

  private static String pathAndQuery(RecordedCall call) {
    return call.rawPath() + (call.query().isEmpty() ? "" : "?" + call.query());
  }

  /** Closes the clients and the simulator. */
  @TearDown
  public void tearDown() {
    panels.close();
  }

  /** Every server through the client, typed, in pages. */
  @Benchmark
  public List<Server> clientWalk() {
    return dci.servers().stream(query, pageSize).collect(Collectors.toList());
  }

  /** The baseline: the same requests, the bytes read and dropped. */
  @Benchmark
  public long rawPages() {
    long total = 0;
    for (String page : pages) {
      total += raw.drain(page);
    }
    return total;
  }

  private List<JsonNode> treePages() {
    List<JsonNode> trees = new ArrayList<>(pages.size());
    for (String page : pages) {
      trees.add(raw.getTree(page));
    }
    return trees;
  }
}

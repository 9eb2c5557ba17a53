package dev.ispkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.dci6.Server;
import dev.ispkit.simulator.Fault;
import dev.ispkit.simulator.Panel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
 * What ispkit's typed call costs over the plainest way to make it: {@link #ispkitGet()} is {@code
 * servers().get(id)} through the DCImanager 6 client (Feign, the retry layer, the call's deadline, the session cache,
 * error decoding, Jackson into the immutable {@code Server}); {@link #okHttpTree()} is the same {@code GET
 * /api/dci/v3/server/{id}} with plain OkHttp of the same settings and Jackson into a {@code JsonNode}. Both talk to
 * one simulator over loopback, each over its own keep-alive connection, logged in once.
 *
 * <p>{@code panelMillis} is how long the panel takes to answer on top of the simulator's own work: 0 is the
 * simulator as it is (it answers in tens of microseconds, so the client's own work is most of a call), 2 a panel
 * that answers in 2 ms (a real one, with its database behind it, is slower still).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TypedCallBenchmark {
  /** A server of the 2 000 the generator numbers from 1. */
  private static final long SERVER_ID = 1234;

  @Param({"0", "2"})
  public int panelMillis;

  private SideBySide panels;
  private Dci6Client dci;
  private RawPanel raw;
  private String path;

  /** Starts the simulator and logs both clients in. */
  @Setup
  public void setUp() {
    panels = new SideBySide(2_000);
    dci = panels.dci;
    raw = panels.raw;
    path = "/api/dci/v3/server/" + SERVER_ID;
    if (dci.servers().get(SERVER_ID).id() != SERVER_ID || raw.getTree(path).path("id").asLong() != SERVER_ID) {
      throw new IllegalStateException("the simulator did not answer server " + SERVER_ID);
    }
    if (panelMillis > 0) {
      panels.simulator.inject(Fault.delay(Duration.ofMillis(panelMillis)).on(Panel.DCIMANAGER).always());
    }
  }

  /** Closes both clients and the simulator. */
  @TearDown
  public void tearDown() {
    panels.close();
  }

  /** One server through ispkit's DCImanager 6 client. */
  @Benchmark
  public Server ispkitGet() {
    return dci.servers().get(SERVER_ID);
  }

  /** The baseline: the same request with plain OkHttp, the answer read into a Jackson tree. */
  @Benchmark
  public JsonNode okHttpTree() {
    return raw.getTree(path);
  }
}

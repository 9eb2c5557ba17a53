package dev.ispkit.benchmarks;

import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.SimulatorOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: each sample starts {@link ColdStart} in a fresh JVM of its own against a 20 000-server simulator
 * (system clock) running here, and takes the time until the process has claimed the first server for an order and
 * ended. {@link #ispkitToFirstServer()} builds ispkit and opens an order; {@link #naiveToFirstServer()} reads the
 * whole list and filters it the way a module without ispkit does; {@link #bareJvm()} starts and ends a JVM that does
 * nothing, the floor of both. The JMH score is the whole child process; the child's own figure, from its first
 * line of {@code main}, is printed per sample and as a median at the end of the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 7)
public class ColdStartBenchmark {
  private static final Pattern FIGURE = Pattern.compile("first server after ([0-9.]+) ms from main");

  private PanelSimulator simulator;
  private String label;
  private int next;
  private final Map<String, List<Double>> fromMain = new TreeMap<>();

  /**
   * Starts the simulator, picks the configuration to order, and warms the simulator up: the children's JVMs are to
   * be cold, the panel they talk to is not (a cold simulator answered the first children's list pages 1.5 s later).
   */
  @Setup
  public void setUp() {
    simulator = PanelSimulator.start(SimulatorOptions.builder().servers(ServerListingBenchmark.SERVERS)
        .locations(5).seed(42).build());
    ClientConfig v6Panel = ClientConfig.builder().baseUrl(simulator.baseUrl())
        .credentials(Credentials.of(SimulatorOptions.DEFAULT_ADMIN_EMAIL, SimulatorOptions.DEFAULT_ADMIN_PASSWORD))
        .build();
    try (RawPanel raw = new RawPanel(v6Panel).logIn()) {
      for (int i = 0; i < 10; i++) {
        label = SimulatedHost.mostCommonAvailableLabel(v6Panel);
        raw.drain("/api/dci/v3/server");
      }
    }
  }

  /** Prints the children's own figures (the first sample of each is JMH's warm-up) and stops the simulator. */
  @TearDown
  public void tearDown() {
    fromMain.forEach((mode, figures) -> {
      List<Double> sorted = new ArrayList<>(figures);
      Collections.sort(sorted);
      System.out.printf(Locale.ROOT, "%ncold start %s, from main to the first server: median %.0f ms of %d "
          + "fresh JVMs %s%n", mode, sorted.get(sorted.size() / 2), sorted.size(), figures);
    });
    simulator.close();
  }

  /** ispkit: clients, ports, engine, an order, until its server is claimed. */
  @Benchmark
  public double ispkitToFirstServer() throws IOException, InterruptedException {
    return child("ispkit");
  }

  /** The baseline: one unpaged list read, filtered in memory, user and owner set with plain OkHttp. */
  @Benchmark
  public double naiveToFirstServer() throws IOException, InterruptedException {
    return child("naive");
  }

  /** The floor: a JVM that starts and ends. */
  @Benchmark
  public double bareJvm() throws IOException, InterruptedException {
    return child("jvm");
  }

  private double child(String mode) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ColdStart.class.getName(), mode, simulator.baseUrl(), simulator.billmgrUrl(), label,
        "cold-" + mode + "-" + (++next))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("ColdStart " + mode + " failed:\n" + output);
    }
    Matcher figure = FIGURE.matcher(output);
    if (!figure.find()) {
      throw new IllegalStateException("ColdStart " + mode + " printed no figure:\n" + output);
    }
    double millis = Double.parseDouble(figure.group(1));
    fromMain.computeIfAbsent(mode, m -> new ArrayList<>()).add(millis);
    return millis;
  }
}

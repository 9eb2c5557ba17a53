package dev.ispkit.benchmarks;

import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.SimulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Logins are a count, not a time: 16 threads make {@value #CALLS} calls ({@code servers().get(id)}) through one new
 * DCImanager 6 client in each of three phases, and each phase must make exactly one login, counted on the calls the
 * simulator recorded. A phase that makes another number fails the benchmark.
 *
 * <ol>
 *   <li><b>first</b>: a new client, all threads released at once: one login, every other thread waits for it;</li>
 *   <li><b>after the session storage period</b>: the client's clock moves 31 minutes, past its 30-minute period
 *       (the panel's token lives an hour): one login, made before any call is refused;</li>
 *   <li><b>after the panel ended the session</b>: the simulator ends every session the client still holds, so calls
 *       in flight on all threads are refused (401): one login, the refusals of the old session do not each log in
 *       again.</li>
 * </ol>
 *
 * <p>The client's clock is the system clock, which phase 2 shifts 31 minutes ahead; the simulator keeps the system
 * clock, so the panel's own sessions (an hour) have not run out there. (The simulator's manual clock, which the other
 * benchmarks give the clients, is read under a lock: 16 threads reading it on every call measured that lock.)
 *
 * <p>The time of the 30 000 calls is measured against {@link #okHttpOneLoginPerPhase()}, the same calls from the
 * same threads with plain OkHttp and a token got once per phase before the phase starts: the floor of the calls
 * without typing, retries or a session cache. The login counts and how many calls the panel refused are printed at
 * the end of the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoginBenchmark {
  static final int CALLS = 10_000;
  static final int THREADS = 16;
  private static final long SERVER_ID = 12;

  private PanelSimulator simulator;
  private ClientConfig config;
  private final ShiftedClock clock = new ShiftedClock();
  private ExecutorService threads;
  private final List<String> phases = new ArrayList<>();

  /** Starts the simulator and the callers' threads. */
  @Setup
  public void setUp() {
    simulator = PanelSimulator.start(SimulatorOptions.builder().servers(40).seed(42).recordLimit(2 * CALLS)
        .build());
    config = ClientConfig.builder().baseUrl(simulator.baseUrl())
        .credentials(Credentials.of(simulator.options().adminEmail(), simulator.options().adminPassword()))
        .clock(clock)
        .build();
    threads = Executors.newFixedThreadPool(THREADS);
  }

  /** Prints every invocation's logins per phase and stops the threads and the simulator. */
  @TearDown
  public void tearDown() {
    if (!phases.isEmpty()) {
      System.out.printf("%nlogins per phase (first / after the session storage period / after the panel ended the "
          + "session), with the calls the panel refused, per invocation:%n  %s%n", String.join("\n  ", phases));
    }
    threads.shutdownNow();
    simulator.close();
  }

  /** Three phases of 10 000 calls from 16 threads through one new ispkit client. */
  @Benchmark
  public long ispkitSessionCache() {
    try (Dci6Client dci = Dci6Client.create(config)) {
      LongSupplier call = () -> dci.servers().get(SERVER_ID).id();
      String first = phase(call, 1);
      clock.shift(Duration.ofMinutes(31));
      String afterPeriod = phase(call, 1);
      simulator.expireSessions();
      String afterPanelEnded = phase(call, 1);
      phases.add("ispkit: " + first + " / " + afterPeriod + " / " + afterPanelEnded);
      return CALLS * 3L;
    }
  }

  /** The baseline: the same calls with plain OkHttp, one login made before each phase. */
  @Benchmark
  public long okHttpOneLoginPerPhase() {
    long read = 0;
    for (int i = 0; i < 3; i++) {
      try (RawPanel raw = new RawPanel(config)) {
        raw.logIn();
        String path = "/api/dci/v3/server/" + SERVER_ID;
        phase(() -> raw.getTree(path).path("id").asLong(), 0);
        read += CALLS;
      }
    }
    return read;
  }

  /**
   * Runs one phase and checks its logins.
   *
   * @return the logins and refused calls, as text
   */
  private String phase(LongSupplier call, int expectedLogins) {
    simulator.clearCalls();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Long>> callers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int share = CALLS / THREADS + (t < CALLS % THREADS ? 1 : 0);
      callers.add(threads.submit(() -> {
        start.await();
        long sum = 0;
        for (int i = 0; i < share; i++) {
          sum += call.getAsLong();
        }
        return sum;
      }));
    }
    start.countDown();
    for (Future<Long> caller : callers) {
      try {
        caller.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a call failed: " + e.getCause(), e.getCause());
      }
    }
    List<RecordedCall> calls = simulator.calls(Panel.AUTH);
    long logins = calls.stream().filter(LoginBenchmark::isLogin).count();
    long refused = simulator.calls(Panel.DCIMANAGER).stream().filter(c -> c.status() == 401).count();
    if (logins != expectedLogins) {
      throw new IllegalStateException(THREADS + " threads made " + logins + " logins in " + CALLS
          + " calls, not " + expectedLogins);
    }
    return logins + " login" + (logins == 1 ? "" : "s") + " (" + refused + " refused)";
  }

  private static boolean isLogin(RecordedCall call) {
    return call.method().equals("POST") && call.path().equals("/auth/v4/public/token");
  }

  /** The system clock, moved ahead when asked; read without a lock. */
  private static final class ShiftedClock extends UtcClock {
    private volatile Duration shift = Duration.ZERO;

    void shift(Duration by) {
      shift = shift.plus(by);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(shift);
    }
  }
}

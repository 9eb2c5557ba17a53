package dev.ispkit.benchmarks;

import dev.ispkit.adapters.SimulatorTime;
import dev.ispkit.engine.lifecycle.LifecycleListener;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.Order;
import dev.ispkit.engine.lifecycle.ProvisionedService;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.SimulatorClock;
import dev.ispkit.simulator.SimulatorOptions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A whole dedicated open and a whole VPS open through {@code Provisioning} on a 20 000-server simulator whose clock
 * moves only when ispkit pauses (the installation, the license key and the VM's tasks cost their polls, not their
 * minutes): the wall time of one open, and the panel calls it makes, counted on the simulator's recorded calls.
 *
 * <p>Each open is of a new service and a new customer; after it the service is deleted (outside the measured time),
 * so the server goes back to stock and the next order finds it again, and the license the delete gave back to the
 * free pool is deleted on the license server, so every order reads the simulator's starting pool (an order reads
 * each license that may be free in full, one call each: a pool that grew with every invocation would make the count
 * depend on the run's length). Every open must end {@code Active}.
 *
 * <p>The calls are compared with two naive sequences, made of the same calls otherwise (the same polls, reads and
 * writes, including ispkit's re-verifying read, which a naive module would not make):
 * <ul>
 *   <li><b>stateless per order</b> (one process per order, as a processing module started for each action): one
 *       login per order, and for a dedicated server the whole server list read in one unpaged request per order
 *       (every location, about 51 MB on this simulator) instead of a snapshot;</li>
 *   <li><b>stateless per call</b>: the same, with a login before every DCImanager and VMmanager call. License server
 *       calls carry {@code authinfo} in the naive sequences, so they need no login of their own.</li>
 * </ul>
 * The counts are printed at the end of the trial, with the first open (its inventory snapshot cold) apart. The
 * wall time of the dedicated open is compared with {@link #naiveInventoryRead()}, the one step of the naive order that
 * ispkit's snapshot replaces, measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LifecycleBenchmark {
  private static final Pattern NUMBER = Pattern.compile("/\\d+");

  private PanelSimulator simulator;
  private SimulatedHost host;
  private RawPanel raw;
  private String label;
  private long fullListBytes;
  private int next;
  private ProvisionedService opened;
  private final List<Open> dedicatedOpens = new ArrayList<>();
  private final List<Open> vpsOpens = new ArrayList<>();
  private List<Open> current;

  /** Starts the simulator and the host, picks the configuration to order, and weighs the whole server list. */
  @Setup
  public void setUp() {
    simulator = PanelSimulator.start(SimulatorOptions.builder().servers(ServerListingBenchmark.SERVERS).locations(5)
        .seed(42).balance(new BigDecimal("100000000"))
        .clock(SimulatorClock.manual(Instant.parse("2026-12-01T09:00:00Z"))).build());
    SimulatorTime time = new SimulatorTime(simulator);
    label = SimulatedHost.mostCommonAvailableLabel(time.v6Panel());
    host = new SimulatedHost(time.v6Panel(), time.licenseServer(), time, time, LifecycleListener.NONE);
    raw = new RawPanel(time.v6Panel()).logIn();
    fullListBytes = raw.drain("/api/dci/v3/server");
  }

  /** Prints the calls of the opens, and stops the host and the simulator. */
  @TearDown
  public void tearDown() {
    report("dedicated open", dedicatedOpens, true);
    report("VPS open", vpsOpens, false);
    raw.close();
    host.close();
    simulator.close();
  }

  /** Forgets the calls of the previous invocation. */
  @Setup(Level.Invocation)
  public void beforeOpen() {
    simulator.clearCalls();
  }

  /** Counts the open's calls, then deletes the service and retires its license. */
  @TearDown(Level.Invocation)
  public void afterOpen() {
    if (opened == null) {
      return;
    }
    current.add(new Open(simulator.calls()));
    LifecycleResult deleted = host.provisioning().delete(opened.serviceId()).toCompletableFuture().join();
    if (!(deleted instanceof LifecycleResult.Deleted)) {
      throw new IllegalStateException("deleting " + opened.serviceId() + " ended " + deleted);
    }
    opened.licenseId().ifPresent(host::retireLicense);
    opened = null;
  }

  /** One dedicated server opened: claimed, installed, licensed, active. */
  @Benchmark
  public LifecycleResult dedicatedOpen() {
    current = dedicatedOpens;
    return open(SimulatedHost.dedicatedOrder("d" + (++next), label));
  }

  /** One VPS opened: account, VM, installation, license, active. */
  @Benchmark
  public LifecycleResult vpsOpen() {
    current = vpsOpens;
    return open(SimulatedHost.vpsOrder("v" + (++next)));
  }

  /**
   * The baseline of the dedicated open's time: what a naive order does before its first write, the whole server list
   * read in one request into a Jackson tree and filtered in memory ({@link NaiveSelection}).
   */
  @Benchmark
  public long naiveInventoryRead() {
    return NaiveSelection.firstFree(raw, label).orElseThrow();
  }

  private LifecycleResult open(Order order) {
    LifecycleResult result = host.provisioning().open(order).toCompletableFuture().join();
    if (!(result instanceof LifecycleResult.Active active)) {
      throw new IllegalStateException("opening " + order.serviceId() + " ended " + result);
    }
    opened = active.service();
    return result;
  }

  private void report(String what, List<Open> opens, boolean dedicated) {
    if (opens.isEmpty()) {
      return;
    }
    Open first = opens.get(0);
    List<Open> rest = opens.size() > 1 ? opens.subList(1, opens.size()) : opens;
    List<Open> sorted = rest.stream().sorted(Comparator.comparingInt(Open::total)).collect(Collectors.toList());
    Open median = sorted.get(sorted.size() / 2);
    raw.logIn();   // the simulated hours the opens waited through have outlived the set-up's session
    System.out.printf(Locale.ROOT, "%n%s, %d opens: first (snapshot cold) %s%n  median of the others %s "
        + "(fewest %d, most %d)%n  median open, naive stateless per order %d calls (ratio %.2f), stateless per call "
        + "%d calls (ratio %.2f)%n  bytes read by the median open's DCImanager/VMmanager GETs (read again now): "
        + "%.1f KB; the naive dedicated order's whole server list: %.1f MB%n  the median open's calls: %s%n", what,
        opens.size(), first, median, sorted.get(0).total(), sorted.get(sorted.size() - 1).total(),
        median.naivePerOrder(dedicated), median.total() / (double) median.naivePerOrder(dedicated),
        median.naivePerCall(dedicated), median.total() / (double) median.naivePerCall(dedicated),
        median.reads.stream().mapToLong(raw::drain).sum() / 1e3, dedicated ? fullListBytes / 1e6 : 0.0,
        median.sequence);
  }

  /** The panel calls of one open, by kind. */
  private static final class Open {
    final int logins;
    final int inventoryPages;
    final int otherV6Calls;
    final int licenseServerLogins;
    final int licenseServerCalls;
    final String sequence;
    final List<String> reads;

    Open(List<RecordedCall> calls) {
      int login = 0;
      int pages = 0;
      int other = 0;
      int billingLogins = 0;
      int billing = 0;
      for (RecordedCall call : calls) {
        if (call.panel() == Panel.AUTH) {
          login++;
        } else if (call.panel() == Panel.BILLMANAGER) {
          if ("auth".equals(call.func())) {
            billingLogins++;
          } else {
            billing++;
          }
        } else if (call.method().equals("GET") && call.path().equals("/dci/v3/server")) {
          pages++;
        } else {
          other++;
        }
      }
      this.logins = login;
      this.inventoryPages = pages;
      this.otherV6Calls = other;
      this.licenseServerLogins = billingLogins;
      this.licenseServerCalls = billing;
      this.sequence = calls.stream().map(Open::describe).collect(Collectors.joining(", "));
      this.reads = calls.stream()
          .filter(call -> call.method().equals("GET") && call.panel() != Panel.BILLMANAGER)
          .map(call -> call.rawPath() + (call.query().isEmpty() ? "" : "?" + call.query()))
          .collect(Collectors.toList());
    }

    private static String describe(RecordedCall call) {
      if (call.panel() == Panel.BILLMANAGER) {
        return "billmgr " + call.func();
      }
      return call.method() + " " + NUMBER.matcher(call.path()).replaceAll("/{id}");
    }

    int total() {
      return logins + inventoryPages + otherV6Calls + licenseServerLogins + licenseServerCalls;
    }

    /** One login per order, the whole list in one request for a dedicated server, the other calls as ispkit's. */
    int naivePerOrder(boolean dedicated) {
      return 1 + (dedicated ? 1 : 0) + otherV6Calls + licenseServerCalls;
    }

    /** A login before every v6 call, the whole list for a dedicated server, the other calls as ispkit's. */
    int naivePerCall(boolean dedicated) {
      return 2 * ((dedicated ? 1 : 0) + otherV6Calls) + licenseServerCalls;
    }

    @Override
    public String toString() {
      return total() + " calls (" + logins + " logins, " + inventoryPages + " inventory pages, " + otherV6Calls
          + " other DCImanager/VMmanager calls, " + licenseServerLogins + " license server logins, "
          + licenseServerCalls + " license server calls)";
    }
  }
}

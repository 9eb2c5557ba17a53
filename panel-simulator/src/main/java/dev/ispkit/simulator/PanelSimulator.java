package dev.ispkit.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stateful stand-in of DCImanager 6, VMmanager 6 and a BILLmanager license server on one local port, for tests
 * and demos that cannot reach real panels.
 *
 * <pre>{@code
 * try (PanelSimulator sim = PanelSimulator.start(SimulatorOptions.builder().servers(200).seed(7).build())) {
 *   String dci = sim.baseUrl() + "/api/dci/v3";        // also /dci/v3; auth at /api/auth/v4 or /auth/v4
 *   String vm = sim.baseUrl() + "/vm/v3";              // also /api/vm/v3
 *   String licenses = sim.billmgrUrl();                // BILLmanager func API
 *   sim.failNextOperation(12, "install", "Disk not found");
 *   sim.inject(Fault.serviceUnavailable().on(Panel.DCIMANAGER).times(2));
 *   // ... drive your client ...
 *   assertThat(sim.server(12).operation()).get().extracting(OperationSnapshot::status).isEqualTo("failed");
 * }
 * }</pre>
 *
 * <p>Log in with {@link SimulatorOptions#adminEmail()} / {@link SimulatorOptions#adminPassword()} (defaults
 * {@value SimulatorOptions#DEFAULT_ADMIN_EMAIL} / {@value SimulatorOptions#DEFAULT_ADMIN_PASSWORD}) and, for the
 * license server, {@code authinfo=}{@value SimulatorOptions#DEFAULT_BILLING_USER}{@code :}{@value
 * SimulatorOptions#DEFAULT_BILLING_PASSWORD}. Inspection methods answer snapshots in plain values with the panels'
 * own words ({@link ServerSnapshot}, {@link VmSnapshot}, {@link LicenseSnapshot}...), after running whatever became
 * due on the clock. Thread-safe.
 */
public final class PanelSimulator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PanelSimulator.class);

  private final SimulatorOptions options;
  private final SimState state;
  private final HttpFront front;
  private final HttpPort port;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private PanelSimulator(SimulatorOptions options) throws IOException {
    this.options = options;
    this.state = new SimState(options);
    this.front = new HttpFront(state);
    this.port = new HttpPort(options.host(), options.port(), 64, front);
  }

  /** Starts with every default on a free port. */
  public static PanelSimulator start() {
    return start(SimulatorOptions.defaults());
  }

  /** Starts with these options. */
  public static PanelSimulator start(SimulatorOptions options) {
    Objects.requireNonNull(options, "options");
    try {
      PanelSimulator sim = new PanelSimulator(options);
      LOG.info("Panel simulator on {} ({} servers, seed {})", sim.baseUrl(), options.servers(), options.seed());
      return sim;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on " + options.host() + ":" + options.port(), e);
    }
  }

  /** {@code http://host:port}, without a trailing slash. */
  public String baseUrl() {
    String host = options.host().equals("0.0.0.0") ? "127.0.0.1" : options.host();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
  }

  /** The BILLmanager func API URL: {@code baseUrl() + "/billmgr"}. */
  public String billmgrUrl() {
    return baseUrl() + "/billmgr";
  }

  /** The port it listens on. */
  public int port() {
    return port.port();
  }

  /** The options it was started with. */
  public SimulatorOptions options() {
    return options;
  }

  /** The clock operations, tasks, sessions and licenses run on. */
  public SimulatorClock clock() {
    return state.clock;
  }

  /** Moves the clock forward and runs what became due (operations end, tasks complete, keys issue, licenses lapse). */
  public void advance(Duration duration) {
    state.clock.advance(duration);
    locked(() -> {
      state.advance();
      return null;
    });
  }

  // ---- faults ----

  /** Arms a fault; the first armed fault that matches a call hits it. */
  public void inject(Fault fault) {
    front.faults.add(Objects.requireNonNull(fault, "fault"));
  }

  /** Disarms every fault. */
  public void clearFaults() {
    front.faults.clear();
  }

  /** The faults still armed, in the order they were injected. */
  public List<Fault> pendingFaults() {
    return front.faults.pending();
  }

  /** Every auth v4 token and BILLmanager session expires now; clients must log in again. */
  public void expireSessions() {
    front.expireSessions();
  }

  // ---- scripted outcomes ----

  /**
   * The next operation of this type ({@code "diag"} or {@code "install"}) on this server ends {@code failed} with
   * this message; queued, so calling it twice fails the next two.
   */
  public void failNextOperation(long serverId, String type, String message) {
    if (!type.equals("diag") && !type.equals("install")) {
      throw new IllegalArgumentException("type must be diag or install: " + type);
    }
    locked(() -> {
      state.dci.scriptFailure(serverId, type, Objects.requireNonNull(message, "message"));
      return null;
    });
  }

  /** As {@link #failNextOperation(long, String, String)} with a stock message. */
  public void failNextOperation(long serverId, String type) {
    failNextOperation(serverId, type, type.equals("diag") ? "Diagnostics failed: SMART errors on /dev/sda"
        : "OS installation failed: installer exited with code 1");
  }

  /** The next power command on this server answers HTTP 500 with code 5003: the BMC did not respond. */
  public void failNextPowerCommand(long serverId) {
    locked(() -> {
      state.dci.scriptPowerFailure(serverId);
      return null;
    });
  }

  /**
   * Unplugs a server from its switches: its {@code switch_connection} is empty from now on, as for a server cabled to
   * a switch DCImanager does not manage, so no port call can cut it off the network. The generator cables every
   * server; this makes the one a suspend cannot stop.
   *
   * @throws IllegalArgumentException when there is no such server
   */
  public void disconnectSwitchPorts(long serverId) {
    locked(() -> {
      try {
        state.dci.disconnectSwitchPorts(serverId);
      } catch (PanelException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      return null;
    });
  }

  /** The next VMmanager task with this name (e.g. {@code host_create}) on any VM ends {@code fail}. */
  public void failNextTask(String taskName, String message) {
    locked(() -> {
      state.vm.scriptFailure(null, taskName, Objects.requireNonNull(message, "message"));
      return null;
    });
  }

  /** The next task with this name on this VM ends {@code fail}. */
  public void failNextTask(long vmId, String taskName, String message) {
    locked(() -> {
      state.vm.scriptFailure(vmId, taskName, Objects.requireNonNull(message, "message"));
      return null;
    });
  }

  /**
   * The next BILLmanager call of this {@code func} answers {@code doc.error} with this type, object and message,
   * e.g. {@code failNextBillingCall("soft.order.param", "exists", "ip", "License already exists")}.
   */
  public void failNextBillingCall(String func, String type, String object, String message) {
    locked(() -> {
      state.billing.scriptError(func, PanelException.billing(type, object, message));
      return null;
    });
  }

  /** Sets the reseller's balance. */
  public void setBalance(BigDecimal balance) {
    Objects.requireNonNull(balance, "balance");
    locked(() -> {
      state.billing.balance = balance;
      return null;
    });
  }

  // ---- inspection ----

  /** Every recorded call, oldest first (up to {@link SimulatorOptions#recordLimit()}). */
  public List<RecordedCall> calls() {
    return front.calls();
  }

  /** The recorded calls to one panel. */
  public List<RecordedCall> calls(Panel panel) {
    return front.calls().stream().filter(c -> c.panel() == panel).toList();
  }

  /** Forgets the recorded calls. */
  public void clearCalls() {
    front.clearCalls();
  }

  /** A server as {@code GET /dci/v3/server/{id}} answers it; unknown ids are an {@link IllegalArgumentException}. */
  public ServerSnapshot server(long id) {
    return inspect(() -> ServerSnapshot.of(state.dci.server(id), state.users, state.now()));
  }

  /** How many servers the inventory holds. */
  public int serverCount() {
    return inspect(() -> state.dci.servers.size());
  }

  /** A DCImanager operation as {@code GET /dci/v3/operation/{id}} answers it. */
  public OperationSnapshot operation(long id) {
    return inspect(() -> {
      Operation op = state.dci.operations.get(id);
      if (op == null) {
        throw new IllegalArgumentException("no operation " + id);
      }
      return OperationSnapshot.of(op, state.now());
    });
  }

  /** Every VM the panel lists (a deleted one goes when its task ends), oldest first. */
  public List<VmSnapshot> vms() {
    return inspect(() -> state.vm.hosts.values().stream().map(VmSnapshot::of).toList());
  }

  /** One VM. */
  public VmSnapshot vm(long id) {
    return inspect(() -> VmSnapshot.of(state.vm.host(id)));
  }

  /** Every VMmanager task, in the order they were registered. */
  public List<TaskSnapshot> tasks() {
    return inspect(() -> {
      Instant now = state.now();
      return state.vm.tasks.values().stream().map(t -> TaskSnapshot.of(t, now)).toList();
    });
  }

  /** Every license of the license server, deleted ones included, oldest first. */
  public List<LicenseSnapshot> licenses() {
    return inspect(() -> state.billing.licenses.values().stream().map(LicenseSnapshot::of).toList());
  }

  /** One license. */
  public LicenseSnapshot license(long id) {
    return inspect(() -> {
      License l = state.billing.licenses.get(id);
      if (l == null) {
        throw new IllegalArgumentException("no license " + id);
      }
      return LicenseSnapshot.of(l);
    });
  }

  /** Every user of the shared auth service. */
  public List<UserSnapshot> users() {
    return inspect(() -> state.users.all().stream().map(UserSnapshot::of).toList());
  }

  /** The reseller's balance on the license server. */
  public BigDecimal balance() {
    return inspect(() -> state.billing.balance);
  }

  private <T> T inspect(Supplier<T> reader) {
    return locked(() -> {
      state.advance();
      try {
        return reader.get();
      } catch (PanelException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    });
  }

  private <T> T locked(Supplier<T> body) {
    state.lock.lock();
    try {
      return body.get();
    } finally {
      state.lock.unlock();
    }
  }

  /** The options {@code main} starts with: port 8080 unless given, everything else as in the builder. */
  static SimulatorOptions parseArgs(String[] args) {
    SimulatorOptions.Builder builder = SimulatorOptions.builder().port(8080);
    for (int i = 0; i < args.length; i += 2) {
      String arg = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + arg);
      }
      String value = args[i + 1];
      switch (arg) {
        case "--port":
          builder.port(Integer.parseInt(value));
          break;
        case "--servers":
          builder.servers(Integer.parseInt(value));
          break;
        case "--seed":
          builder.seed(Long.parseLong(value));
          break;
        case "--locations":
          builder.locations(Integer.parseInt(value));
          break;
        case "--host":
          builder.host(value);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + arg + " (try --help)");
      }
    }
    return builder.build();
  }

  /** Stops listening at once and releases the port; calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      port.close();
    }
  }

  /**
   * Runs it standalone until killed: {@code --port 8080 --servers 500 --seed 42 [--locations 3] [--host 0.0.0.0]}.
   */
  public static void main(String[] args) throws InterruptedException {
    PanelSimulator sim = launch(args, System.out);
    if (sim == null) {
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(sim::close, "panel-simulator-stop"));
    Thread.currentThread().join();
  }

  /**
   * All of {@link #main} but the wait: parses the arguments, starts the simulator and prints its URLs and
   * credentials to {@code out}; for {@code --help} or {@code -h} prints the usage and answers {@code null}. A test runs
   * the standalone path through it and closes what it answers, which {@code main} leaves to the shutdown hook.
   */
  static PanelSimulator launch(String[] args, PrintStream out) {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      out.println("usage: PanelSimulator [--port N] [--servers N] [--seed N] [--locations N] [--host H]");
      return null;
    }
    SimulatorOptions options = parseArgs(args);
    PanelSimulator sim = start(options);
    out.println("Panel simulator listening on " + sim.baseUrl());
    out.println("  DCImanager 6:  " + sim.baseUrl() + "/api/dci/v3   VMmanager 6: " + sim.baseUrl()
        + "/vm/v3   auth: " + sim.baseUrl() + "/api/auth/v4");
    out.println("  login " + options.adminEmail() + " / " + options.adminPassword());
    out.println("  BILLmanager:   " + sim.billmgrUrl() + "   authinfo=" + options.billingUser() + ":"
        + options.billingPassword());
    out.println("  " + options.servers() + " servers over " + options.locations() + " locations, seed "
        + options.seed());
    out.flush();
    return sim;
  }
}

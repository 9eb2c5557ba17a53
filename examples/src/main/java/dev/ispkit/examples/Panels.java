package dev.ispkit.examples;

import dev.ispkit.adapters.dci6.DedicatedServerPanels;
import dev.ispkit.adapters.license.LicenseServers;
import dev.ispkit.adapters.vm6.VmPanels;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.HttpLogLevel;
import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.RetryPolicy;
import dev.ispkit.client.core.Sleeper;
import dev.ispkit.client.core.TlsTrust;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.engine.lifecycle.LifecycleListener;
import dev.ispkit.engine.lifecycle.Provisioning;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.ProcessingModule;
import dev.ispkit.engine.module.ProcessingModules;
import dev.ispkit.engine.module.VirtualServerModule;
import dev.ispkit.license.LicenseServerClient;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.SimulatorClock;
import dev.ispkit.simulator.SimulatorOptions;
import dev.ispkit.vm6.Vm6Client;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The panels a program talks to: the embedded simulator when no panel address is given, else the real panels whose
 * address, user and password are given (options or environment variables). Holds the three clients, the clock and
 * the pauses they run on, and builds the engine's ports on them. Closing it closes the clients and gives the
 * simulator back.
 */
final class Panels implements AutoCloseable {
  /** The panel options every program takes. */
  static final Options OPTIONS = new Options()
      .value("dci-url", "URL", "ISPKIT_DCI_URL", "DCImanager 6, e.g. https://dci.example.com")
      .value("dci-user", "EMAIL", "ISPKIT_DCI_USER", "its administrator's email")
      .secret("dci-password", "PASSWORD", "ISPKIT_DCI_PASSWORD", "its password (use the variable: ps shows options)")
      .value("vm-url", "URL", "ISPKIT_VM_URL", "VMmanager 6, e.g. https://vm.example.com")
      .value("vm-user", "EMAIL", "ISPKIT_VM_USER", "its administrator's email")
      .secret("vm-password", "PASSWORD", "ISPKIT_VM_PASSWORD", "its password")
      .value("license-url", "URL", "ISPKIT_LICENSE_URL",
          "license server, e.g. https://api.ispsystem.com/manager/billmgr")
      .value("license-user", "USER", "ISPKIT_LICENSE_USER", "its reseller account")
      .secret("license-password", "PASSWORD", "ISPKIT_LICENSE_PASSWORD", "its password")
      .value("api-prefix", "PATH", "ISPKIT_API_PREFIX",
          "API path prefix, /api or none; default: DCImanager /api, VMmanager none")
      .value("ca-file", "PEM", "ISPKIT_CA_FILE", "trust the panels' certificates in this PEM file (self-signed)");

  /** The id the programs' modules name their license server by. */
  static final long LICENSE_SERVER_ID = 1;

  static final String DCI = "DCImanager 6";
  static final String VM = "VMmanager 6";
  static final String LICENSE = "License server";

  private final Invocation invocation;
  private final PanelSimulator simulator;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Dci6Client dci;
  private final Vm6Client vm;
  private final LicenseServerClient licenses;
  private final List<Reached> reached;
  private final java.util.Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** A panel as the program reaches it: for the lines that say where it works, and the engine's panel ids. */
  private record Reached(String panel, String address, String user, String note) {
    @Override
    public String toString() {
      return panel + " at " + address + " as " + user + note;
    }
  }

  private Panels(Invocation invocation, PanelSimulator simulator, Clock clock, Sleeper sleeper, Dci6Client dci,
      Vm6Client vm, LicenseServerClient licenses, List<Reached> reached) {
    this.invocation = invocation;
    this.simulator = simulator;
    this.clock = clock;
    this.sleeper = sleeper;
    this.dci = dci;
    this.vm = vm;
    this.licenses = licenses;
    this.reached = List.copyOf(reached);
  }

  /**
   * The panels the options name, or the embedded simulator when they name none.
   *
   * @param options the parsed options, {@link #OPTIONS} among them
   * @param invocation where the simulator comes from
   * @param embedded the simulator the program wants when no panel is given (its clock is set here)
   * @throws UsageException when a panel is named without its user or password, or a value is unusable
   */
  static Panels open(Options.Parsed options, Invocation invocation, SimulatorOptions.Builder embedded)
      throws UsageException {
    boolean real = options.has("dci-url") || options.has("vm-url") || options.has("license-url");
    for (String panel : List.of("dci", "vm", "license")) {
      boolean credentials = options.has(panel + "-user") || options.has(panel + "-password");
      if (credentials && !options.has(panel + "-url")) {
        throw new UsageException("--" + panel + "-user and --" + panel + "-password need --" + panel + "-url");
      }
    }
    if (!real) {
      return embedded(invocation, embedded);
    }
    Optional<String> prefix = options.text("api-prefix").map(value -> value.equals("none") ? "" : value);
    TlsTrust trust = TlsTrust.systemDefault();
    if (options.has("ca-file")) {
      Path pem = Path.of(options.text("ca-file").orElseThrow());
      if (!Files.isReadable(pem)) {
        throw new UsageException("option --ca-file: cannot read " + pem);
      }
      trust = TlsTrust.pemCertificates(pem);
    }
    List<Reached> description = new ArrayList<>();
    Dci6Client dci = null;
    Vm6Client vm = null;
    LicenseServerClient licenses = null;
    try {
      if (options.has("dci-url")) {
        ClientConfig config = realConfig(options, "dci", prefix, trust);
        description.add(describe(DCI, config, false));
        dci = Dci6Client.create(config);
      }
      if (options.has("vm-url")) {
        ClientConfig config = realConfig(options, "vm", prefix, trust);
        description.add(describe(VM, config, false));
        vm = Vm6Client.create(config);
      }
      if (options.has("license-url")) {
        ClientConfig config = realConfig(options, "license", Optional.empty(), trust);
        description.add(describe(LICENSE, config, false));
        licenses = LicenseServerClient.create(config);
      }
    } catch (InvalidInputException e) {
      closeAll(dci, vm, licenses);
      throw new UsageException(e.getMessage());
    }
    return new Panels(invocation, null, Clock.systemUTC(), Sleeper.SYSTEM, dci, vm, licenses, description);
  }

  private static Panels embedded(Invocation invocation, SimulatorOptions.Builder options) {
    PanelSimulator simulator = invocation.simulators().start(options
        .clock(SimulatorClock.manual(Instant.now().truncatedTo(ChronoUnit.SECONDS))).build());
    // The simulator's manual clock is the clients' clock, and every pause they take moves it on: a 40-minute OS
    // installation costs its polls, and its progress still shows stage by stage as on a real panel.
    SimulatorClock time = simulator.clock();
    Sleeper advance = simulator::advance;
    ClientConfig v6 = simulated(simulator.baseUrl(), simulator.options().adminEmail(),
        simulator.options().adminPassword(), time, advance);
    ClientConfig billing = simulated(simulator.billmgrUrl(), simulator.options().billingUser(),
        simulator.options().billingPassword(), time, advance);
    List<Reached> description = List.of(describe(DCI, v6, true), describe(VM, v6, true),
        describe(LICENSE, billing, true));
    return new Panels(invocation, simulator, time, advance, Dci6Client.create(v6), Vm6Client.create(v6),
        LicenseServerClient.create(billing), description);
  }

  private static ClientConfig simulated(String url, String user, String password, Clock time, Sleeper advance) {
    return ClientConfig.builder()
        .baseUrl(url)
        .credentials(Credentials.of(user, password))
        .retryPolicy(RetryPolicy.builder().sleeper(advance).jitter(0).build())
        .clock(time)
        .logLevel(HttpLogLevel.NONE)
        .build();
  }

  private static ClientConfig realConfig(Options.Parsed options, String panel, Optional<String> prefix,
      TlsTrust trust) throws UsageException {
    String user = options.text(panel + "-user").orElseThrow(() -> new UsageException(
        "--" + panel + "-url needs --" + panel + "-user (or " + envOf(panel + "-user") + ")"));
    String password = options.text(panel + "-password").orElseThrow(() -> new UsageException(
        "--" + panel + "-url needs --" + panel + "-password (or " + envOf(panel + "-password") + ")"));
    ClientConfig.Builder config = ClientConfig.builder()
        .baseUrl(options.text(panel + "-url").orElseThrow())
        .credentials(Credentials.of(user, password))
        .tlsTrust(trust);
    prefix.ifPresent(config::apiPrefix);
    return config.build();
  }

  private static String envOf(String option) {
    return OPTIONS.declared().stream().filter(o -> o.name().equals(option)).findFirst().orElseThrow().env();
  }

  private static Reached describe(String panel, ClientConfig config, boolean embedded) {
    return new Reached(panel, config.baseUri().toString(), config.credentials().username(),
        embedded ? " (embedded simulator)" : config.isPlainHttp() ? " (plain http: the login travels unencrypted)"
        : "");
  }

  /** Whether these are the embedded simulator's panels. */
  boolean isEmbedded() {
    return simulator != null;
  }

  /** The embedded simulator, when it is one. */
  Optional<PanelSimulator> simulator() {
    return Optional.ofNullable(simulator);
  }

  /**
   * One line per panel the program asked for ({@code require...}; every panel when it asked for none): what,
   * where, as whom; never a password.
   */
  void describe(PrintStream out) {
    reached.stream().filter(panel -> used.isEmpty() || used.contains(panel.panel()))
        .forEach(panel -> out.println("  " + panel));
  }

  /** The line that says where a panel is and as whom the program logs in; empty when it is not configured. */
  Optional<String> reached(String panel) {
    return reached.stream().filter(one -> one.panel().equals(panel)).findFirst().map(Reached::toString);
  }

  Clock clock() {
    return clock;
  }

  Optional<Dci6Client> dci() {
    return Optional.ofNullable(dci);
  }

  Optional<Vm6Client> vm() {
    return Optional.ofNullable(vm);
  }

  Optional<LicenseServerClient> licenses() {
    return Optional.ofNullable(licenses);
  }

  /** DCImanager, or a usage error saying which options name it. */
  Dci6Client requireDci() throws UsageException {
    used.add(DCI);
    return dci().orElseThrow(() -> new UsageException("this program needs DCImanager 6: give --dci-url, --dci-user"
        + " and --dci-password (or ISPKIT_DCI_URL, ISPKIT_DCI_USER, ISPKIT_DCI_PASSWORD)"));
  }

  /** VMmanager, or a usage error saying which options name it. */
  Vm6Client requireVm() throws UsageException {
    used.add(VM);
    return vm().orElseThrow(() -> new UsageException("this program needs VMmanager 6: give --vm-url, --vm-user"
        + " and --vm-password (or ISPKIT_VM_URL, ISPKIT_VM_USER, ISPKIT_VM_PASSWORD)"));
  }

  /** The license server, or a usage error saying which options name it. */
  LicenseServerClient requireLicenses() throws UsageException {
    used.add(LICENSE);
    return licenses().orElseThrow(() -> new UsageException("this program needs the license server: give "
        + "--license-url, --license-user and --license-password (or the ISPKIT_LICENSE_ variables)"));
  }

  /** The name the engine keys DCImanager's servers by: its address. */
  String dciPanelId() {
    return address(DCI);
  }

  /** The name a VMmanager module names its panel by: its address. */
  String vmPanelId() {
    return address(VM);
  }

  private String address(String panel) {
    return reached.stream().filter(one -> one.panel().equals(panel)).findFirst().map(Reached::address)
        .orElse(panel);
  }

  /**
   * An engine on these panels: each DCImanager module on DCImanager, each VMmanager module on VMmanager, license
   * server 1 on the license server (when there is one), all on this clock. The caller adds what else it needs.
   */
  Provisioning.Builder provisioning(List<ProcessingModule> modules, LifecycleListener listener) {
    Provisioning.Builder builder = Provisioning.builder()
        .modules(ProcessingModules.of(modules))
        .clock(clock)
        .listener(listener);
    for (ProcessingModule module : modules) {
      if (module instanceof DedicatedServerModule) {
        builder.dedicatedServerPanel(module.id(), DedicatedServerPanels.of(dci, dciPanelId()));
      } else if (module instanceof VirtualServerModule virtual) {
        builder.vmPanel(module.id(), VmPanels.of(vm, virtual.panel(), clock, sleeper));
      }
    }
    if (licenses != null) {
      builder.licenseServer(LICENSE_SERVER_ID, LicenseServers.of(licenses));
    }
    return builder;
  }


  /**
   * Moves the embedded simulator's clock on; on real panels nothing happens and false is answered.
   *
   * @param duration how far
   * @return whether time moved
   */
  boolean advance(Duration duration) {
    if (simulator == null) {
      return false;
    }
    simulator.advance(duration);
    return true;
  }

  @Override
  public void close() {
    closeAll(dci, vm, licenses);
    if (simulator != null) {
      invocation.simulators().release(simulator);
    }
  }

  private static void closeAll(AutoCloseable... clients) {
    for (AutoCloseable client : clients) {
      if (client != null) {
        try {
          client.close();
        } catch (Exception e) {
          // A client that fails to close leaves nothing the program still needs.
        }
      }
    }
  }
}

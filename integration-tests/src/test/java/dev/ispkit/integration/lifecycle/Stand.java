package dev.ispkit.integration.lifecycle;

import dev.ispkit.adapters.dci6.DedicatedServerPanels;
import dev.ispkit.adapters.license.LicenseServers;
import dev.ispkit.adapters.vm6.VmPanels;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.HttpLogLevel;
import dev.ispkit.client.core.RetryPolicy;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.dci6.NewUser;
import dev.ispkit.engine.availability.AvailabilityCheck;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.license.ControlPanel;
import dev.ispkit.engine.license.LicenseClaims;
import dev.ispkit.engine.lifecycle.LifecycleListener;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.Order;
import dev.ispkit.engine.lifecycle.Provisioning;
import dev.ispkit.engine.lifecycle.VmResources;
import dev.ispkit.engine.module.DataCenter;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.ProcessingModules;
import dev.ispkit.engine.module.VirtualServerModule;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.period.PeriodMapping;
import dev.ispkit.engine.period.PeriodRule;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.Journal;
import dev.ispkit.engine.port.ServerClaims;
import dev.ispkit.engine.port.TaskDesk;
import dev.ispkit.engine.queue.QueueSettings;
import dev.ispkit.adapters.SimulatorTime;
import dev.ispkit.license.LicenseServerClient;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.SimulatorClock;
import dev.ispkit.simulator.SimulatorOptions;
import dev.ispkit.vm6.Vm6Client;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hosting provider's ispkit on the panel simulator: one DCImanager 6 module on the simulator's location 1 (tariff
 * 15), one VMmanager 6 module on its KVM cluster with recipes and an additional interface on {@code vmbr1} (tariff
 * 20), both selling ISPsystem licenses from the simulator's license server with the periods 1, 3 and 6 mapped to 12
 * months, and the host's stores (journal, task desk), which outlive an engine the way a database outlives a crashed
 * process.
 *
 * <p>Each {@link Node} is one process of the billing host: its own clients, adapters, claims and engine over those
 * stores. Every client and the engine read the simulator's manual clock, and every pause a client takes moves it on.
 */
final class Stand implements AutoCloseable {
  static final long DEDICATED_TARIFF = 15;
  static final long VPS_TARIFF = 20;
  static final long LOCATION = 1;
  static final long KVM_CLUSTER = 1;
  static final Instant START = Instant.parse("2025-06-02T09:00:00Z");
  static final ControlPanel ISPMANAGER_LITE = ControlPanel.of(3541, "ISPmanager Lite");
  /** The owner of the servers a test takes out of stock, so that no order can get them. */
  static final String STOCK_EMAIL = "stock@example.com";
  private static final Pattern FUNC = Pattern.compile("(?:^|&)func=([^&]*)");

  final PanelSimulator sim;
  final SimulatorTime time;
  final Journal journal = Journal.inMemory();
  final TaskDesk desk = TaskDesk.inMemory();
  private DedicatedServerModule dedicated;
  private final VirtualServerModule vps;
  private UnaryOperator<Provisioning.Builder> engineSettings = UnaryOperator.identity();
  private final List<Node> nodes = new ArrayList<>();

  private Stand(SimulatorOptions options) {
    this.sim = PanelSimulator.start(options);
    this.time = new SimulatorTime(sim);
    this.dedicated = dedicatedModule().build();
    this.vps = VirtualServerModule.builder().id(9).name("VMmanager KVM").sort(1)
        .dataCenter(DataCenter.of(2, "Moscow cloud")).departmentId(2).tariff(VPS_TARIFF).panel("vm-sim")
        .clusterId(KVM_CLUSTER).useRecipes(true).additionalNetworkInterface("vmbr1").licenseServerId(1)
        .queue(QueueSettings.queued("vm-__PMID__", 2)).build();
  }

  /**
   * A stand on a simulator of one location.
   *
   * @param servers how many servers the generator makes
   * @param licenses how many licenses the license server starts with
   * @param seed the generator's seed
   */
  static Stand start(int servers, int licenses, long seed) {
    return new Stand(SimulatorOptions.builder().servers(servers).locations(1).seed(seed).licenses(licenses)
        .clock(SimulatorClock.manual(START)).build());
  }

  /** The DCImanager module's settings, changed for the nodes started from now on. */
  Stand dedicated(UnaryOperator<DedicatedServerModule.Builder> change) {
    dedicated = change.apply(dedicatedModule()).build();
    return this;
  }

  /** The engine's settings, changed for the nodes started from now on. */
  Stand engine(UnaryOperator<Provisioning.Builder> change) {
    engineSettings = change;
    return this;
  }

  private static DedicatedServerModule.Builder dedicatedModule() {
    return DedicatedServerModule.builder().id(7).name("DCImanager Moscow").sort(1)
        .dataCenter(DataCenter.withExternalId(1, "Moscow", LOCATION)).departmentId(2).tariff(DEDICATED_TARIFF)
        .licenseServerId(1).queue(QueueSettings.queued("dci-__PMID__", 4));
  }

  /** A new process of the host over the stand's journal. */
  Node node() {
    return node(journal);
  }

  /** A new process of the host over this journal (a crashing one, say). */
  Node node(Journal withJournal) {
    Node node = new Node(withJournal);
    nodes.add(node);
    return node;
  }

  static Order.Builder dedicatedOrder(String serviceId, String label) {
    return Order.builder().serviceId(serviceId).tariffId(DEDICATED_TARIFF)
        .customerEmail("anna-" + serviceId + "@example.com").configuration(ConfigurationLabelParser.parse(label))
        .osTemplate("Ubuntu 22.04").period(Period.months(1)).password("Root-pa55-word");
  }

  static Order.Builder vpsOrder(String serviceId, int months) {
    return Order.builder().serviceId(serviceId).tariffId(VPS_TARIFF).customerEmail("ivan-" + serviceId + "@example.com")
        .vmResources(new VmResources(2, 2048, 20480)).osTemplate("Ubuntu 22.04").recipe("Docker")
        .period(Period.months(months)).controlPanel(ISPMANAGER_LITE);
  }

  /** Waits for a lifecycle's result; a hang fails the test instead of stopping the build. */
  static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(3, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the lifecycle did not end: " + e, e);
    }
  }

  /**
   * The servers of the module's location the engine's availability rule finds free now, lowest id first, read
   * through the adapter as an order would.
   */
  List<Server> freeServers() {
    try (Dci6Client dci = Dci6Client.create(v6Config())) {
      DedicatedServerPanel panel = DedicatedServerPanels.of(dci, "dci-sim");
      AvailabilityCheck check = AvailabilityFilter.forModule(dedicated).check(panel.servers(LOCATION));
      return check.available();
    }
  }

  /** The free servers of one configuration label, lowest id first. */
  List<Server> freeServers(String label) {
    return freeServers().stream().filter(server -> server.configurationLabel().equals(label)).toList();
  }

  /** The configuration label the most free servers have (of two as common, the first in label order). */
  String commonestFreeLabel() {
    Map<String, Long> counts = new TreeMap<>();
    for (Server server : freeServers()) {
      counts.merge(server.configurationLabel(), 1L, Long::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** Whether the server has a switch port that carries its IPMI. */
  static boolean hasIpmiPort(Server server) {
    return server.switchConnections().stream().anyMatch(port -> port.ipmi());
  }

  /** Gives these servers to the stock user through the panel, so that no order can take them. */
  void takeOutOfStock(Collection<Server> servers) {
    try (Dci6Client dci = Dci6Client.create(v6Config())) {
      long stock = dci.users().findOrCreate(NewUser.builder().email(STOCK_EMAIL).password("Stock-pa55").build());
      for (Server server : servers) {
        dci.servers().setOwner(server.id(), stock);
      }
    }
  }

  /**
   * Leaves the engine exactly one choice for this label: the first free server of it that passes the test; every free
   * server of the label with a lower id is taken out of stock.
   *
   * @return the server an order of the label gets
   */
  Server leaveFirst(String label, Predicate<Server> wanted) {
    List<Server> free = freeServers(label);
    Server chosen = free.stream().filter(wanted).findFirst().orElseThrow(() -> new IllegalStateException(
        "no free " + label + " server fits; change the seed"));
    takeOutOfStock(free.stream().filter(server -> server.id() < chosen.id()).toList());
    return chosen;
  }

  /** The recorded calls of a panel with this method whose canonical path matches. */
  List<RecordedCall> calls(Panel panel, String method, String pathRegex) {
    return sim.calls(panel).stream()
        .filter(call -> call.method().equals(method) && call.path().matches(pathRegex)).toList();
  }

  /** The recorded calls of a panel that change something (everything but GET). */
  List<RecordedCall> writes(Panel panel) {
    return sim.calls(panel).stream().filter(call -> !call.method().equals("GET")).toList();
  }

  /** The license server functions called, in order ({@code soft.order.param}, {@code soft.edit}...). */
  List<String> billingFuncs() {
    List<String> funcs = new ArrayList<>();
    for (RecordedCall call : sim.calls(Panel.BILLMANAGER)) {
      for (String form : List.of(call.body(), call.query())) {
        Matcher func = FUNC.matcher(form);
        if (func.find()) {
          funcs.add(URLDecoder.decode(func.group(1), StandardCharsets.UTF_8));
          break;
        }
      }
    }
    return funcs;
  }

  /** How often the license server was asked this function. */
  long billingCalls(String func) {
    return billingFuncs().stream().filter(func::equals).count();
  }

  ClientConfig v6Config() {
    return config(sim.baseUrl(), sim.options().adminEmail(), sim.options().adminPassword());
  }

  ClientConfig billingConfig() {
    return config(sim.billmgrUrl(), sim.options().billingUser(), sim.options().billingPassword());
  }

  private ClientConfig config(String url, String user, String password) {
    return ClientConfig.builder()
        .baseUrl(url)
        .credentials(Credentials.of(user, password))
        .retryPolicy(RetryPolicy.builder().sleeper(time).jitter(0).build())
        .clock(time)
        .readTimeout(Duration.ofSeconds(60))
        .logLevel(HttpLogLevel.NONE)
        .build();
  }

  @Override
  public void close() {
    for (Node node : nodes) {
      node.close();
    }
    sim.close();
  }

  /** One process of the billing host: its clients, the adapters on them, fresh claims, and the engine. */
  final class Node implements AutoCloseable {
    final Dci6Client dci = Dci6Client.create(v6Config());
    final Vm6Client vm = Vm6Client.create(v6Config());
    final LicenseServerClient licenses = LicenseServerClient.create(billingConfig());
    final Provisioning engine;
    private final List<String> steps = new ArrayList<>();
    private boolean closed;

    private Node(Journal withJournal) {
      Provisioning.Builder builder = Provisioning.builder()
          .modules(ProcessingModules.of(List.of(dedicated, vps)))
          .dedicatedServerPanel(dedicated.id(), DedicatedServerPanels.of(dci, "dci-sim"))
          .vmPanel(vps.id(), VmPanels.of(vm, "vm-sim", time, time))
          .licenseServer(1, LicenseServers.of(licenses))
          .journal(withJournal)
          // A restarted process comes back as the same node, so it takes its own runs back at once instead of
          // waiting out the lease the dead one held.
          .nodeId("billing-node-1")
          .taskDesk(desk)
          .serverClaims(ServerClaims.inMemory())
          .licenseClaims(LicenseClaims.inMemory())
          .clock(time)
          .licensePeriods(PeriodMapping.builder(List.of(Period.months(1), Period.months(12)))
              .rule(PeriodRule.general(Period.months(1), Period.months(12)))
              .rule(PeriodRule.general(Period.months(3), Period.months(12)))
              .rule(PeriodRule.general(Period.months(6), Period.months(12)))
              .build())
          .listener(new LifecycleListener() {
            @Override
            public void stepStarted(String serviceId, String lifecycle, String step) {
              synchronized (steps) {
                steps.add(serviceId + " " + step);
              }
            }
          });
      this.engine = engineSettings.apply(builder).build();
    }

    /** Every step this node started, as {@code <service> <step>}, in order. */
    List<String> steps() {
      synchronized (steps) {
        return List.copyOf(steps);
      }
    }

    LifecycleResult open(Order order) {
      return join(engine.open(order));
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      engine.close();
      dci.close();
      vm.close();
      licenses.close();
    }
  }
}

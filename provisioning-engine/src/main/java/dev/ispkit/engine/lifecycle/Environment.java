package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.license.LicensePool;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.ProcessingModule;
import dev.ispkit.engine.module.ProcessingModules;
import dev.ispkit.engine.module.VirtualServerModule;
import dev.ispkit.engine.period.PeriodMapping;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.Journal;
import dev.ispkit.engine.port.LicenseServer;
import dev.ispkit.engine.port.ServerClaims;
import dev.ispkit.engine.port.TaskDesk;
import dev.ispkit.engine.port.VmPanel;
import dev.ispkit.engine.queue.OperationQueue;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/** Everything the steps reach: the modules, the ports, the stores, the queue and the settings of the engine. */
final class Environment {
  private static final char[] PASSWORD_CHARACTERS =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  private final ProcessingModules modules;
  private final Map<Long, DedicatedServerPanel> dedicatedPanels;
  private final Map<Long, VmPanel> vmPanels;
  private final Map<Long, LicenseServer> licenseServers;
  private final ServerClaims serverClaims;
  private final LicensePool licensePool;
  private final TaskDesk taskDesk;
  private final Journal journal;
  private final Clock clock;
  private final OperationQueue queue;
  private final ExecutorService executor;
  private final PeriodMapping licensePeriods;
  private final LifecycleListener listener;
  private final InventorySnapshots snapshots;
  private final Timeouts timeouts;
  private final Node node;
  private final SecureRandom random = new SecureRandom();
  private final ConcurrentHashMap<String, Object> userLocks = new ConcurrentHashMap<>();

  /** How long the waits that the module settings do not give may take. */
  record Timeouts(Duration licenseKey, Duration vmInstallation, Duration vmPower, Duration operationStop) {}

  /** Who this engine is among the nodes sharing a journal, how long its run leases last, and what renews them. */
  record Node(String id, Duration leaseDuration, ScheduledExecutorService renewals) {}

  Environment(ProcessingModules modules, Map<Long, DedicatedServerPanel> dedicatedPanels,
      Map<Long, VmPanel> vmPanels, Map<Long, LicenseServer> licenseServers, ServerClaims serverClaims,
      LicensePool licensePool, TaskDesk taskDesk, Journal journal, Clock clock, OperationQueue queue,
      ExecutorService executor, PeriodMapping licensePeriods, LifecycleListener listener, Duration inventoryMaxAge,
      Timeouts timeouts, Node node) {
    this.modules = modules;
    this.dedicatedPanels = Map.copyOf(dedicatedPanels);
    this.vmPanels = Map.copyOf(vmPanels);
    this.licenseServers = Map.copyOf(licenseServers);
    this.serverClaims = serverClaims;
    this.licensePool = licensePool;
    this.taskDesk = taskDesk;
    this.journal = journal;
    this.clock = clock;
    this.queue = queue;
    this.executor = executor;
    this.licensePeriods = licensePeriods;
    this.listener = listener;
    this.timeouts = timeouts;
    this.node = node;
    this.snapshots = new InventorySnapshots(this::dedicatedPanel, clock, inventoryMaxAge);
  }

  ProcessingModules modules() {
    return modules;
  }

  ProcessingModule module(long moduleId) {
    return modules.byId(moduleId)
        .orElseThrow(() -> new InvalidSettingException("processing module id", moduleId,
            "is not among the processing modules given to Provisioning (was it removed while a service used it?)"));
  }

  DedicatedServerModule dedicatedModule(long moduleId) {
    if (module(moduleId) instanceof DedicatedServerModule dedicated) {
      return dedicated;
    }
    throw new InvalidSettingException("processing module id", moduleId, "is not a DCImanager 6 module");
  }

  VirtualServerModule vmModule(long moduleId) {
    if (module(moduleId) instanceof VirtualServerModule vm) {
      return vm;
    }
    throw new InvalidSettingException("processing module id", moduleId, "is not a VMmanager 6 module");
  }

  DedicatedServerPanel dedicatedPanel(long moduleId) {
    DedicatedServerPanel panel = dedicatedPanels.get(moduleId);
    if (panel == null) {
      throw new InvalidSettingException("processing module id", moduleId, "has no DCImanager panel port");
    }
    return panel;
  }

  VmPanel vmPanel(long moduleId) {
    VmPanel panel = vmPanels.get(moduleId);
    if (panel == null) {
      throw new InvalidSettingException("processing module id", moduleId, "has no VMmanager panel port");
    }
    return panel;
  }

  LicenseServer licenseServer(ProcessingModule module) {
    long serverId = module.licenseServerId().orElseThrow(() -> new InvalidSettingException("license server",
        module.id(), "processing module " + module.name() + " sells no licenses: it names no license server"));
    LicenseServer server = licenseServers.get(serverId);
    if (server == null) {
      throw new InvalidSettingException("license server", serverId, "has no license server port");
    }
    return server;
  }

  ServerClaims serverClaims() {
    return serverClaims;
  }

  LicensePool licensePool() {
    return licensePool;
  }

  TaskDesk taskDesk() {
    return taskDesk;
  }

  Journal journal() {
    return journal;
  }

  Clock clock() {
    return clock;
  }

  OperationQueue queue() {
    return queue;
  }

  ExecutorService executor() {
    return executor;
  }

  PeriodMapping licensePeriods() {
    return licensePeriods;
  }

  InventorySnapshots snapshots() {
    return snapshots;
  }

  /** One lock per panel and customer email, held while the customer's panel user is found or created. */
  ConcurrentHashMap<String, Object> userLocks() {
    return userLocks;
  }

  Timeouts timeouts() {
    return timeouts;
  }

  String nodeId() {
    return node.id();
  }

  Duration leaseDuration() {
    return node.leaseDuration();
  }

  ScheduledExecutorService renewals() {
    return node.renewals();
  }

  /** Tells the listener; what it throws is ignored, so a host's listener never stops a lifecycle. */
  void listen(Consumer<LifecycleListener> call) {
    try {
      call.accept(listener);
    } catch (RuntimeException ignored) {
      // The listener is the host's; its failure is not the lifecycle's.
    }
  }

  /** A root password for an order that gives none: 20 characters without look-alikes (0/O, 1/l/I). */
  String newPassword() {
    char[] password = new char[20];
    for (int i = 0; i < password.length; i++) {
      password[i] = PASSWORD_CHARACTERS[random.nextInt(PASSWORD_CHARACTERS.length)];
    }
    return new String(password);
  }
}

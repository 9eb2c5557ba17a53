package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.license.LicenseClaims;
import dev.ispkit.engine.license.LicensePool;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.ProcessingModule;
import dev.ispkit.engine.module.ProcessingModules;
import dev.ispkit.engine.module.VirtualServerModule;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.period.PeriodMapping;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.Facts;
import dev.ispkit.engine.port.Journal;
import dev.ispkit.engine.port.JournalEntry;
import dev.ispkit.engine.port.JournalRun;
import dev.ispkit.engine.port.LicenseServer;
import dev.ispkit.engine.port.ManualTask;
import dev.ispkit.engine.port.ServerClaims;
import dev.ispkit.engine.port.TaskDesk;
import dev.ispkit.engine.port.VmPanel;
import dev.ispkit.engine.queue.OperationQueue;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a billing application embeds: it hands ispkit an order and gets back a running service, or a clear reason why
 * not, and ispkit makes every panel call in the right order, under the right queue key, and picks up where it stopped
 * after a crash.
 *
 * <p>Built once from the host's processing modules, the panel ports ({@code provisioning-adapters} makes them from
 * ispkit's clients), and the stores (in memory unless the host gives its own: {@code provisioning-jdbc} for several
 * nodes). Every call returns at once with a {@link CompletionStage} of the {@link LifecycleResult}; the work runs on
 * the operation queue and the engine's threads, and progress goes to the {@link LifecycleListener}. Blocking is the
 * host's choice ({@code .toCompletableFuture().join()}).
 *
 * <pre>{@code
 * try (Provisioning provisioning = Provisioning.builder()
 *     .modules(ProcessingModules.of(List.of(moscow)))
 *     .dedicatedServerPanel(moscow.id(), DedicatedServerPanels.of(dci6, "https://dci.example.com"))
 *     .licenseServer(1, LicenseServers.of(licenseClient))
 *     .listener(progress)
 *     .build()) {
 *   provisioning.recover();   // resumes what a crash interrupted
 *   LifecycleResult result = provisioning.open(order).toCompletableFuture().join();
 * }
 * }</pre>
 *
 * <p>Decisions (documented here because the seeds are silent):
 * <ul>
 *   <li>One run per service at a time. Asking for the lifecycle a service is already running answers with that run's
 *       result; asking for another lifecycle while one is unfinished answers {@link LifecycleResult.Failed} at step
 *       {@code begin}.</li>
 *   <li>A failed step leaves its run unfinished: asking for the same lifecycle again, or {@link #recover()}, resumes
 *       it at that step.</li>
 *   <li>The journal holds the order, including the root password when the order gives one; an order without one gets
 *       a generated password, recorded in the journal before the installation starts (so a resumed run installs with
 *       the same one) and given to the host in the journal's facts.</li>
 *   <li>Several nodes, one journal: a run is driven by one node at a time, the one holding the run's lease in the
 *       journal ({@link Builder#nodeId}, {@link Builder#leaseDuration}). The lease is taken before the first step,
 *       renewed before every step and, while a step runs, every third of its duration by a thread of this engine (an
 *       OS installation may wait 720 minutes without a progress report), and released when the run ends, fails or
 *       waits for a task. {@link #recover()} skips runs whose lease another node holds and takes over runs whose
 *       lease has expired: their node died. Asking a node for a lifecycle another node is driving answers
 *       {@link LifecycleResult.Failed} at step {@code lease}; ask again once it has ended.</li>
 * </ul>
 */
public final class Provisioning implements AutoCloseable {
  private final Environment environment;
  private final Runner runner;
  private final Map<String, Lifecycle> lifecycles = new HashMap<>();
  private final boolean ownsQueue;
  private final boolean ownsExecutor;

  private Provisioning(Environment environment, boolean ownsQueue, boolean ownsExecutor) {
    this.environment = environment;
    this.runner = new Runner(environment);
    this.ownsQueue = ownsQueue;
    this.ownsExecutor = ownsExecutor;
    for (Lifecycle lifecycle : List.of(DedicatedOpen.LIFECYCLE, DedicatedService.SUSPEND, DedicatedService.RESUME,
        DedicatedService.DELETE, VpsLifecycles.OPEN, VpsLifecycles.SUSPEND, VpsLifecycles.RESUME,
        VpsLifecycles.DELETE)) {
      lifecycles.put(lifecycle.name(), lifecycle);
    }
  }

  /** A builder; the processing modules and a panel port for each module are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens a service: a dedicated server when the tariff's modules are DCImanager 6 modules, a VPS when they are
   * VMmanager 6 modules. Asking again for a service whose open is unfinished resumes it; asking again for an open
   * service answers {@link LifecycleResult.Active} with what it has, without a panel call.
   *
   * @param order the order
   * @return the result: {@link LifecycleResult.Active}, {@link LifecycleResult.WaitingForTask} (nearest
   *     configuration: a build task), {@link LifecycleResult.NoCapacity} or {@link LifecycleResult.Failed}
   * @throws InvalidSettingException naming the field, before any panel call, when the order does not fit its tariff
   */
  public CompletionStage<LifecycleResult> open(Order order) {
    InvalidSettingException.requirePresent("order", order);
    List<ProcessingModule> modules = environment.modules().forTariff(order.tariffId());
    if (modules.isEmpty()) {
      throw new InvalidSettingException("tariff id", order.tariffId(), "no processing module serves it");
    }
    ProcessingModule first = modules.get(0);
    if (first instanceof DedicatedServerModule && order.configuration().isEmpty()) {
      throw new InvalidSettingException("configuration", null,
          "tariff " + order.tariffId() + " sells dedicated servers: the order must name the server configuration");
    }
    if (first instanceof VirtualServerModule && order.vmResources().isEmpty()) {
      throw new InvalidSettingException("VM resources", null,
          "tariff " + order.tariffId() + " sells VPS: the order must name the VM's resources");
    }
    if (!order.controlPanel().isNone()) {
      for (ProcessingModule module : modules) {
        if (module.licenseServerId().isEmpty()) {
          throw new InvalidSettingException("control panel", order.controlPanel().internalName(),
              "processing module " + module.name() + " of tariff " + order.tariffId() + " names no license server");
        }
      }
    }
    Optional<ProvisionedService> opened = service(order.serviceId());
    if (opened.isPresent()) {
      // A host repeating an order whose answer it lost must not get a second server.
      return CompletableFuture.completedFuture(new LifecycleResult.Active(order.serviceId(), opened.get()));
    }
    Lifecycle lifecycle = first instanceof DedicatedServerModule ? DedicatedOpen.LIFECYCLE : VpsLifecycles.OPEN;
    return runner.start(lifecycle, order.serviceId(), order.toFacts());
  }

  /**
   * Suspends a service: a dedicated server's switch ports go down (a server without ports is not stopped, and the
   * result says so), a VM is stopped.
   *
   * @param serviceId the service
   * @return {@link LifecycleResult.Suspended}, {@link LifecycleResult.NotSuspended} or {@link LifecycleResult.Failed}
   * @throws InvalidSettingException when ispkit has not opened that service, or it is deleted
   */
  public CompletionStage<LifecycleResult> suspend(String serviceId) {
    return onService(serviceId, DedicatedService.SUSPEND, VpsLifecycles.SUSPEND);
  }

  /**
   * Resumes a suspended service: switch ports up, or the VM started.
   *
   * @param serviceId the service
   * @return {@link LifecycleResult.Active} or {@link LifecycleResult.Failed}
   * @throws InvalidSettingException when ispkit has not opened that service, or it is deleted
   */
  public CompletionStage<LifecycleResult> resume(String serviceId) {
    return onService(serviceId, DedicatedService.RESUME, VpsLifecycles.RESUME);
  }

  /**
   * Deletes a service: a dedicated server goes back to stock in the seed's order (ports on, power on, running
   * operation stopped, IPs and owner removed, diagnostics with disk cleanup, power off, ports off), a VM is deleted;
   * the license goes back to the pool. Deleting a deleted service answers {@link LifecycleResult.Deleted} at once.
   *
   * @param serviceId the service
   * @return {@link LifecycleResult.Deleted}, {@link LifecycleResult.WaitingForTask} (IPMI stop task) or
   *     {@link LifecycleResult.Failed}
   * @throws InvalidSettingException when ispkit has not opened that service
   */
  public CompletionStage<LifecycleResult> delete(String serviceId) {
    Facts facts = serviceFacts(serviceId);
    if ("deleted".equals(facts.text(FactNames.STATE).orElse(""))) {
      return CompletableFuture.completedFuture(new LifecycleResult.Deleted(serviceId));
    }
    return onService(serviceId, DedicatedService.DELETE, VpsLifecycles.DELETE);
  }

  /**
   * Closes a manual task (the department's work is done) and resumes the lifecycle that waits for it.
   *
   * @param taskId the task
   * @return the resumed lifecycle's result; {@link LifecycleResult.WaitingForTask} while other tasks it waits for
   *     are open
   * @throws InvalidSettingException when there is no such task, or no lifecycle waits for it
   */
  public CompletionStage<LifecycleResult> closeTask(String taskId) {
    ManualTask task = environment.taskDesk().find(taskId)
        .orElseThrow(() -> new InvalidSettingException("task id", taskId, "is not on the task desk"));
    environment.taskDesk().close(taskId, environment.clock().instant());
    for (JournalRun run : environment.journal().unfinished()) {
      if (run.serviceId().equals(task.serviceId())) {
        return resume(run, false).orElseGet(() -> CompletableFuture.completedFuture(Runner.drivenElsewhere(run)));
      }
    }
    throw new InvalidSettingException("task id", taskId,
        "no unfinished lifecycle of service " + task.serviceId() + " waits for it");
  }

  /**
   * Resumes every unfinished lifecycle in the journal that no other node is driving: the ones a crash interrupted
   * (here or on a node whose leases have expired) and the ones that failed. Runs waiting for open tasks stay
   * waiting. Call it at start-up, before new orders; on several nodes, also from time to time (every lease duration
   * or so), so that the runs of a node that died are taken over.
   *
   * @return one result per unfinished run this node resumed or found waiting, in the journal's order; runs whose
   *     lease another node holds are left out
   */
  public List<CompletionStage<LifecycleResult>> recover() {
    List<CompletionStage<LifecycleResult>> results = new ArrayList<>();
    for (JournalRun run : environment.journal().unfinished()) {
      resume(run, true).ifPresent(results::add);
    }
    return results;
  }

  /**
   * Compares dedicated servers' power with what the billing says, and powers on or off where they differ: one
   * inventory read per module, a power call only where needed.
   *
   * @param services each service and its wanted status
   * @return what was found and changed
   */
  public CompletionStage<StatusSyncReport> syncStatuses(Map<String, WantedStatus> services) {
    InvalidSettingException.requirePresent("services", services);
    List<StatusSync.Wanted> wanted = new ArrayList<>();
    services.forEach((serviceId, status) -> wanted.add(new StatusSync.Wanted(serviceId,
        serviceFactsIfOpened(serviceId), InvalidSettingException.requirePresent("status of " + serviceId, status))));
    return CompletableFuture.supplyAsync(() -> new StatusSync(environment).sync(wanted), environment.executor());
  }

  /**
   * Reads what every processing module offers (configurations with free counts, OS templates, recipes, clusters),
   * for the host's order form; the DCImanager inventories read here also refresh the selection snapshots.
   *
   * @return one catalogue per module, in the modules' order
   */
  public CompletionStage<List<Catalogue>> syncCatalogue() {
    return CompletableFuture.supplyAsync(() -> new CatalogueSync(environment).sync(), environment.executor());
  }

  /**
   * Reads every DCImanager module's inventory now, so the next orders select from it (snapshots are otherwise read
   * again when older than the builder's {@link Builder#inventoryMaxAge}).
   */
  public void refreshInventories() {
    for (ProcessingModule module : environment.modules().all()) {
      if (module instanceof DedicatedServerModule dedicated) {
        environment.snapshots().refresh(dedicated);
      }
    }
  }

  /**
   * What ispkit's journal knows of a service that is open (active or suspended).
   *
   * @param serviceId the service
   * @return the service, or empty when ispkit has not opened it or it is deleted
   */
  public Optional<ProvisionedService> service(String serviceId) {
    Optional<Facts> facts = serviceFactsIfOpened(serviceId);
    if (facts.isEmpty() || "deleted".equals(facts.get().text(FactNames.STATE).orElse(""))) {
      return Optional.empty();
    }
    return Optional.of(Services.provisioned(serviceId, facts.get()));
  }

  /**
   * The root password ispkit generated for a service whose order gave none.
   *
   * @param serviceId the service
   * @return the password, or empty when the order gave one or no installation has started
   */
  public Optional<String> generatedPassword(String serviceId) {
    for (JournalRun run : environment.journal().runs(serviceId)) {
      Optional<String> password = run.facts().text(FactNames.GENERATED_PASSWORD);
      if (password.isPresent()) {
        return password;
      }
    }
    return Optional.empty();
  }

  /** This engine's id among the nodes sharing its journal: the owner of the run leases it takes. */
  public String nodeId() {
    return environment.nodeId();
  }

  /**
   * Stops the engine's own queue and threads (not the host's), letting running steps finish; their run leases are
   * renewed until they stop, then released.
   */
  @Override
  public void close() {
    if (ownsQueue) {
      environment.queue().close();
    }
    if (ownsExecutor) {
      environment.executor().shutdown();
    }
    environment.renewals().shutdown();
  }

  private CompletionStage<LifecycleResult> onService(String serviceId, Lifecycle dedicated, Lifecycle vps) {
    Facts facts = serviceFacts(serviceId);
    if ("deleted".equals(facts.text(FactNames.STATE).orElse(""))) {
      throw new InvalidSettingException("service id", serviceId, "is deleted");
    }
    boolean isVps = ProvisionedService.Kind.VPS.name().equals(facts.requireText(FactNames.KIND));
    return runner.start(isVps ? vps : dedicated, serviceId, facts);
  }

  /**
   * Resumes a run, or says it still waits for its tasks.
   *
   * @param reclaiming whether to claim the run's server again first (after a restart, in-memory claims are lost);
   *     done only once this node holds the run's lease, so a run another node is ending (releasing its server)
   *     never gets its server claimed back
   * @return the result; empty when another node holds the run's lease
   */
  private Optional<CompletionStage<LifecycleResult>> resume(JournalRun run, boolean reclaiming) {
    Lifecycle lifecycle = lifecycles.get(run.lifecycle());
    if (lifecycle == null) {
      return Optional.of(CompletableFuture.completedFuture(new LifecycleResult.Failed(run.serviceId(), "resume",
          "the journal names a lifecycle this version does not know: " + run.lifecycle(), Optional.empty())));
    }
    if (run.state() == JournalRun.State.WAITING) {
      List<String> taskIds = Runner.Waits.taskIds(run);
      if (!Runner.Waits.allClosed(environment, taskIds)) {
        // Nobody drives a waiting run: it holds its server (a build) while people work on it.
        if (reclaiming) {
          reclaim(run);
        }
        List<ManualTask> open = new ArrayList<>();
        for (String id : taskIds) {
          environment.taskDesk().find(id).filter(task -> !task.isClosed()).ifPresent(open::add);
        }
        environment.listen(listener -> listener.waitingForTasks(run.serviceId(), run.lifecycle(), open.size()));
        return Optional.of(CompletableFuture.completedFuture(
            new LifecycleResult.WaitingForTask(run.serviceId(), open)));
      }
    }
    return runner.tryDrive(lifecycle, run, reclaiming ? this::reclaim : leased -> { }).map(result -> result);
  }

  /** Claims again, after a restart, the server an unfinished run holds or was taking (in-memory claims are lost). */
  private void reclaim(JournalRun run) {
    Facts facts = run.facts();
    Optional<String> panel = facts.text(FactNames.PANEL);
    if (panel.isPresent() && facts.has(FactNames.SERVER_ID)) {
      environment.serverClaims().claim(panel.get(), facts.number(FactNames.SERVER_ID), run.serviceId());
    }
  }

  /** The facts of an opened service: every finished run's facts and its end, oldest first. */
  private Facts serviceFacts(String serviceId) {
    InvalidSettingException.requireText("service id", serviceId);
    return serviceFactsIfOpened(serviceId).orElseThrow(() -> new InvalidSettingException("service id", serviceId,
        "ispkit has not opened this service (its journal holds no finished open)"));
  }

  private Optional<Facts> serviceFactsIfOpened(String serviceId) {
    Facts facts = null;
    for (JournalRun run : environment.journal().runs(serviceId)) {
      Optional<JournalEntry> end = run.lastEntry().filter(entry -> entry.kind() == JournalEntry.Kind.FINISHED);
      if (end.isEmpty()) {
        continue;
      }
      String outcome = end.get().facts().text(FactNames.OUTCOME).orElse("");
      boolean opened = facts != null || outcome.equals("active");
      if (opened && !outcome.equals("failed") && !outcome.equals("no-capacity")) {
        facts = (facts == null ? run.facts() : facts.with(run.facts())).with(end.get().facts())
            .without(FactNames.OUTCOME);
      }
    }
    return Optional.ofNullable(facts);
  }

  /** Builds a {@link Provisioning}. */
  public static final class Builder {
    private ProcessingModules modules;
    private final Map<Long, DedicatedServerPanel> dedicatedPanels = new HashMap<>();
    private final Map<Long, VmPanel> vmPanels = new HashMap<>();
    private final Map<Long, LicenseServer> licenseServers = new HashMap<>();
    private Journal journal;
    private ServerClaims serverClaims;
    private LicenseClaims licenseClaims;
    private TaskDesk taskDesk;
    private Clock clock = Clock.systemUTC();
    private OperationQueue queue;
    private ExecutorService executor;
    private PeriodMapping licensePeriods;
    private LifecycleListener listener = LifecycleListener.NONE;
    private Duration inventoryMaxAge = Duration.ofMinutes(5);
    private Duration licenseKeyTimeout = Duration.ofMinutes(10);
    private Duration vmInstallationTimeout = Duration.ofMinutes(60);
    private Duration vmPowerTimeout = Duration.ofMinutes(10);
    private Duration operationStopTimeout = Duration.ofMinutes(10);
    private String nodeId;
    private Duration leaseDuration = Duration.ofMinutes(2);

    private Builder() {}

    /** Every processing module of the host; required. */
    public Builder modules(ProcessingModules modules) {
      this.modules = modules;
      return this;
    }

    /** The DCImanager port of a DCImanager 6 module; one per such module, required. */
    public Builder dedicatedServerPanel(long moduleId, DedicatedServerPanel panel) {
      dedicatedPanels.put(moduleId, InvalidSettingException.requirePresent("DCImanager panel", panel));
      return this;
    }

    /** The VMmanager port of a VMmanager 6 module; one per such module, required. */
    public Builder vmPanel(long moduleId, VmPanel panel) {
      vmPanels.put(moduleId, InvalidSettingException.requirePresent("VMmanager panel", panel));
      return this;
    }

    /** The license server a module's {@code licenseServerId} names; required for each one named. */
    public Builder licenseServer(long licenseServerId, LicenseServer server) {
      licenseServers.put(licenseServerId, InvalidSettingException.requirePresent("license server", server));
      return this;
    }

    /** The journal; in memory when not set (lost when the JVM stops: give a durable one in production). */
    public Builder journal(Journal journal) {
      this.journal = journal;
      return this;
    }

    /** The server claims; in memory when not set. */
    public Builder serverClaims(ServerClaims claims) {
      this.serverClaims = claims;
      return this;
    }

    /** The license claims of the free-license pool; in memory when not set. */
    public Builder licenseClaims(LicenseClaims claims) {
      this.licenseClaims = claims;
      return this;
    }

    /** The task desk; in memory when not set. */
    public Builder taskDesk(TaskDesk desk) {
      this.taskDesk = desk;
      return this;
    }

    /** The clock of journal entries, snapshots and the license pool; the system clock (UTC) when not set. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The operation queue panel operations run on; an embedded queue of 16 threads, closed with this, when not set.
     * The host's queue is not closed by {@link Provisioning#close()}.
     */
    public Builder queue(OperationQueue queue) {
      this.queue = queue;
      return this;
    }

    /**
     * The threads that run steps before a module is chosen, status syncs and catalogue syncs; a pool of daemon
     * threads, shut down with this, when not set.
     */
    public Builder executor(ExecutorService executor) {
      this.executor = executor;
      return this;
    }

    /** How license periods are chosen; the ISPsystem periods (1 and 12 months) without rules when not set. */
    public Builder licensePeriods(PeriodMapping mapping) {
      this.licensePeriods = mapping;
      return this;
    }

    /**
     * Hears runs, steps, progress, results, waits for tasks, licenses and the steps' waits on the operation queue;
     * nothing when not set. Several listeners: {@link LifecycleListener#combine}.
     */
    public Builder listener(LifecycleListener listener) {
      this.listener = listener;
      return this;
    }

    /** How old an inventory snapshot may be before an order reads it again; 5 minutes when not set. */
    public Builder inventoryMaxAge(Duration maxAge) {
      this.inventoryMaxAge = maxAge;
      return this;
    }

    /** How long an ordered license's key may take; 10 minutes when not set. */
    public Builder licenseKeyTimeout(Duration timeout) {
      this.licenseKeyTimeout = timeout;
      return this;
    }

    /** How long a VM's creation and OS installation may take; 60 minutes when not set. */
    public Builder vmInstallationTimeout(Duration timeout) {
      this.vmInstallationTimeout = timeout;
      return this;
    }

    /** How long a VM's start, stop or deletion may take; 10 minutes when not set. */
    public Builder vmPowerTimeout(Duration timeout) {
      this.vmPowerTimeout = timeout;
      return this;
    }

    /** How long stopping a running DCImanager operation may take; 10 minutes when not set. */
    public Builder operationStopTimeout(Duration timeout) {
      this.operationStopTimeout = timeout;
      return this;
    }

    /**
     * This engine's id among the nodes that share a journal: the owner of the run leases it takes. A random id
     * ({@code node-} and a UUID) when not set. Give each node a stable id of its own (its host name, say): a node
     * restarted with its old id takes its interrupted runs back at once, where a new id waits until the old leases
     * expire. Two live nodes must never share an id: both would drive the same runs.
     */
    public Builder nodeId(String nodeId) {
      this.nodeId = nodeId;
      return this;
    }

    /**
     * How long a run lease lasts unless renewed; 2 minutes when not set. Leases are renewed every third of it, so a
     * dead node's runs are free at most this long after it died, and the next {@link Provisioning#recover()} on
     * another node takes them over. It must be well above the longest pause a living node may make (a full garbage
     * collection, a network blip to the database), or a living node's run may be taken from it.
     */
    public Builder leaseDuration(Duration duration) {
      this.leaseDuration = duration;
      return this;
    }

    /**
     * Builds the engine, checking that every module has its panel port and every license server named has its port.
     *
     * @return the engine
     * @throws InvalidSettingException naming the first missing or wrong setting
     */
    public Provisioning build() {
      InvalidSettingException.requirePresent("processing modules", modules);
      for (ProcessingModule module : modules.all()) {
        if (module instanceof DedicatedServerModule && !dedicatedPanels.containsKey(module.id())) {
          throw new InvalidSettingException("DCImanager panel", module.id(),
              "processing module " + module.name() + " has no DCImanager panel port");
        }
        if (module instanceof VirtualServerModule && !vmPanels.containsKey(module.id())) {
          throw new InvalidSettingException("VMmanager panel", module.id(),
              "processing module " + module.name() + " has no VMmanager panel port");
        }
        OptionalLong licenseServer = module.licenseServerId();
        if (licenseServer.isPresent() && !licenseServers.containsKey(licenseServer.getAsLong())) {
          throw new InvalidSettingException("license server", licenseServer.getAsLong(),
              "processing module " + module.name() + " names a license server that has no port");
        }
      }
      InvalidSettingException.requirePresent("clock", clock);
      InvalidSettingException.requirePresent("listener", listener);
      for (Duration timeout : List.of(
          InvalidSettingException.requirePresent("inventory max age", inventoryMaxAge),
          InvalidSettingException.requirePresent("license key timeout", licenseKeyTimeout),
          InvalidSettingException.requirePresent("VM installation timeout", vmInstallationTimeout),
          InvalidSettingException.requirePresent("VM power timeout", vmPowerTimeout),
          InvalidSettingException.requirePresent("operation stop timeout", operationStopTimeout))) {
        if (timeout.isNegative() || timeout.isZero()) {
          throw new InvalidSettingException("timeout", timeout, "must be longer than zero");
        }
      }
      String node = nodeId != null ? InvalidSettingException.requireText("node id", nodeId)
          : "node-" + UUID.randomUUID();
      InvalidSettingException.requirePresent("lease duration", leaseDuration);
      if (leaseDuration.isNegative() || leaseDuration.isZero()) {
        throw new InvalidSettingException("lease duration", leaseDuration, "must be longer than zero");
      }
      ScheduledThreadPoolExecutor renewals = new ScheduledThreadPoolExecutor(1, daemonThreads("ispkit-lease-"));
      renewals.setRemoveOnCancelPolicy(true);
      // Runs still going when the engine closes keep their leases until they stop.
      renewals.setContinueExistingPeriodicTasksAfterShutdownPolicy(true);
      boolean ownsQueue = queue == null;
      boolean ownsExecutor = executor == null;
      OperationQueue usedQueue = ownsQueue ? OperationQueue.embedded(16) : queue;
      if (listener != LifecycleListener.NONE) {
        // The listener hears each step's wait on the queue; closing the observed queue closes the one under it.
        usedQueue = OperationQueue.observed(usedQueue, listener);
      }
      ExecutorService usedExecutor = ownsExecutor ? Executors.newCachedThreadPool(daemonThreads("ispkit-lifecycle-"))
          : executor;
      PeriodMapping periods = licensePeriods != null ? licensePeriods
          : PeriodMapping.builder(List.of(Period.months(1), Period.months(12))).build();
      Environment environment = new Environment(modules, dedicatedPanels, vmPanels, licenseServers,
          serverClaims != null ? serverClaims : ServerClaims.inMemory(),
          new LicensePool(licenseClaims != null ? licenseClaims : LicenseClaims.inMemory(), clock),
          taskDesk != null ? taskDesk : TaskDesk.inMemory(), journal != null ? journal : Journal.inMemory(), clock,
          usedQueue, usedExecutor, periods, listener, inventoryMaxAge,
          new Environment.Timeouts(licenseKeyTimeout, vmInstallationTimeout, vmPowerTimeout, operationStopTimeout),
          new Environment.Node(node, leaseDuration, renewals));
      return new Provisioning(environment, ownsQueue, ownsExecutor);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
      AtomicInteger count = new AtomicInteger();
      return runnable -> {
        Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
    }
  }
}

package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.configuration.BuildPlan;
import dev.ispkit.engine.configuration.Candidate;
import dev.ispkit.engine.configuration.Configuration;
import dev.ispkit.engine.configuration.ConfigurationMatcher;
import dev.ispkit.engine.configuration.Selection;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.ProcessingModule;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.Facts;
import dev.ispkit.engine.port.ManualTask;
import dev.ispkit.engine.port.OsFamily;
import dev.ispkit.engine.port.OsInstallation;
import dev.ispkit.engine.port.ServerClaims;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Opening a dedicated server, in the order of BILLmanager's DCImanager 6 module: choose and claim a server (the module
 * by sort, falling back to the next; exact or nearest configuration; claimed, re-read, owned, read back), wait for the
 * build when the configuration was the nearest one, parking IPs off and public ones on, the OS installed, the
 * control-panel license, Active.
 */
final class DedicatedOpen {
  static final Lifecycle LIFECYCLE = Lifecycle.named("dedicated-open", "open")
      .step("claim-server", DedicatedOpen::claimServer)
      .step("build-task", DedicatedOpen::buildTask)
      .step("release-parking-ips", DedicatedOpen::releaseParkingIps)
      .step("assign-public-ips", DedicatedOpen::assignPublicIps)
      .step("start-os-installation", DedicatedOpen::startOsInstallation)
      .step("await-os-installation", DedicatedOpen::awaitOsInstallation)
      .step("license", Licensing::bind)
      .step("activate", DedicatedOpen::activate)
      .build();

  /** How many candidates an order ranks first; enough for the usual races, a fraction of a large inventory. */
  private static final int FIRST_CANDIDATES = 16;

  private DedicatedOpen() {}

  /**
   * Chooses the server: for each module of the tariff by sort, the ranked candidates of its inventory snapshot; each
   * candidate is claimed (one holder across services), re-read (one read, not the inventory), given to the
   * customer's panel user and read back. Any conflict moves on to the next candidate, then the next module.
   */
  static StepOutcome claimServer(Run run) {
    Environment environment = run.environment();
    Order order = run.order();
    Configuration ordered = order.configuration().orElseThrow();
    Optional<Facts> intent = run.intent();
    if (intent.isPresent() && intent.get().has(FactNames.CANDIDATE)) {
      // Interrupted while taking this candidate: it may be claimed and owned already; finish taking it if so.
      DedicatedServerModule module = environment.dedicatedModule(intent.get().number(FactNames.MODULE_ID));
      Optional<Facts> resumed = new Claiming(run, module).tryServer(intent.get().number(FactNames.CANDIDATE),
          intent.get());
      if (resumed.isPresent()) {
        return StepOutcome.done(resumed.get());
      }
    }
    List<NoCapacityReport.ModuleReason> reasons = new ArrayList<>();
    for (ProcessingModule candidateModule : environment.modules().forTariff(order.tariffId())) {
      if (!(candidateModule instanceof DedicatedServerModule module)) {
        continue;
      }
      InventorySnapshots.Snapshot snapshot = environment.snapshots().get(module);
      ConfigurationMatcher matcher = ConfigurationMatcher.forModule(module);
      List<Candidate> candidates = matcher.rank(ordered, snapshot.check(), FIRST_CANDIDATES);
      if (candidates.isEmpty()) {
        Selection selection = matcher.select(ordered, snapshot.check());
        String reason = selection instanceof Selection.NoMatch noMatch ? noMatch.reason()
            : "no server matches " + ordered.label();
        NoCapacityCause cause = selection instanceof Selection.NoMatch noMatch && noMatch.report().available() == 0
            ? NoCapacityCause.NO_AVAILABLE_SERVER : NoCapacityCause.NO_MATCHING_CONFIGURATION;
        reasons.add(new NoCapacityReport.ModuleReason(module.id(), module.name(), cause, reason));
        continue;
      }
      Claiming claiming = new Claiming(run, module);
      // Ranking every available server of a large inventory costs an order more than its one re-read: rank a few,
      // and rank further only when all of those were lost to other orders. A ranking with a larger limit starts with
      // the smaller one's candidates, the preference being a total order.
      int tried = 0;
      for (int limit = FIRST_CANDIDATES; ; limit = limit * 4) {
        for (Candidate candidate : candidates.subList(tried, candidates.size())) {
          Optional<Facts> claimed = claiming.tryCandidate(candidate);
          if (claimed.isPresent()) {
            return StepOutcome.done(claimed.get());
          }
        }
        tried = candidates.size();
        if (candidates.size() < limit || limit > Integer.MAX_VALUE / 4) {
          break;
        }
        candidates = matcher.rank(ordered, snapshot.check(), limit * 4);
      }
      reasons.add(new NoCapacityReport.ModuleReason(module.id(), module.name(), NoCapacityCause.CANDIDATES_TAKEN,
          claiming.summary(candidates.size())));
    }
    NoCapacityReport report = new NoCapacityReport(order.tariffId(), reasons);
    return new StepOutcome.Finish(new LifecycleResult.NoCapacity(run.serviceId(), report),
        Facts.empty().with(FactNames.NOTE, report.toString()));
  }

  /** One module's attempt at the ranked candidates, counting why each was passed over. */
  private static final class Claiming {
    private final Run run;
    private final DedicatedServerModule module;
    private final DedicatedServerPanel panel;
    private final ServerClaims claims;
    private final AvailabilityFilter filter;
    private Long userId;
    private int heldByOthers;
    private int changed;

    Claiming(Run run, DedicatedServerModule module) {
      this.run = run;
      this.module = module;
      this.panel = run.environment().dedicatedPanel(module.id());
      this.claims = run.environment().serverClaims();
      this.filter = AvailabilityFilter.forModule(module);
    }

    Optional<Facts> tryCandidate(Candidate candidate) {
      Facts match = Facts.empty().with(FactNames.MATCH, candidate.isExact() ? "exact" : "nearest");
      if (!candidate.isExact()) {
        BuildPlan plan = candidate.buildPlan();
        match = match.with(FactNames.BUILD_PLAN, plan.buildTask());
        if (plan.purchaseTask().isPresent()) {
          match = match.with(FactNames.PURCHASE_PLAN, plan.purchaseTask().get());
        }
      }
      long serverId = candidate.server().id();
      run.recordIntent(match.with(FactNames.MODULE_ID, module.id()).with(FactNames.CANDIDATE, serverId));
      return tryServer(serverId, match);
    }

    /** Claims, re-reads, owns and reads back one server; {@code match} says how it matches the order. */
    Optional<Facts> tryServer(long serverId, Facts match) {
      if (!claims.claim(panel.panel(), serverId, run.serviceId())) {
        heldByOthers++;
        return Optional.empty();
      }
      Server fresh = panel.server(serverId);
      boolean ours = fresh.ownerId().isPresent() && fresh.ownerId().getAsLong() == user();
      if (!ours && !filter.check(List.of(fresh)).isAvailable(0)) {
        claims.release(panel.panel(), serverId, run.serviceId());
        changed++;
        return Optional.empty();
      }
      if (!ours) {
        panel.setOwner(serverId, user());
        Server readBack = panel.server(serverId);
        if (readBack.ownerId().isEmpty() || readBack.ownerId().getAsLong() != user()) {
          claims.release(panel.panel(), serverId, run.serviceId());
          changed++;
          return Optional.empty();
        }
      }
      Facts facts = Facts.empty()
          .with(FactNames.KIND, ProvisionedService.Kind.DEDICATED_SERVER.name())
          .with(FactNames.MODULE_ID, module.id())
          .with(FactNames.PANEL, panel.panel())
          .with(FactNames.SERVER_ID, serverId)
          .with(FactNames.PANEL_USER_ID, user())
          .with(FactNames.MATCH, match.requireText(FactNames.MATCH));
      for (String plan : List.of(FactNames.BUILD_PLAN, FactNames.PURCHASE_PLAN)) {
        if (match.has(plan)) {
          facts = facts.with(plan, match.requireText(plan));
        }
      }
      return Optional.of(facts);
    }

    /** The customer's panel user, found by email or created, once per attempt. */
    private long user() {
      if (userId == null) {
        userId = PanelUsers.dedicated(run, panel);
      }
      return userId;
    }

    String summary(int candidates) {
      return candidates + " matching server" + (candidates == 1 ? "" : "s") + " in the inventory read at "
          + run.environment().snapshots().get(module).readAt() + ": " + heldByOthers
          + " held by other services, " + changed + " no longer available when re-read";
    }
  }

  /** Nearest match: the build task (and the purchase task when parts are missing); the service waits for them. */
  static StepOutcome buildTask(Run run) {
    Facts facts = run.facts();
    if (!"nearest".equals(facts.text(FactNames.MATCH).orElse("exact"))) {
      return StepOutcome.done();
    }
    DedicatedServerModule module = run.environment().dedicatedModule(facts.number(FactNames.MODULE_ID));
    long serverId = facts.number(FactNames.SERVER_ID);
    List<ManualTask> tasks = new ArrayList<>();
    Optional<String> purchase = facts.text(FactNames.PURCHASE_PLAN);
    if (purchase.isPresent()) {
      tasks.add(run.environment().taskDesk().open(run.serviceId(), ManualTask.Kind.PURCHASE, module.departmentId(),
          "Buy parts for server " + serverId + " (service " + run.serviceId() + ")", purchase.get(), run.now()));
    }
    tasks.add(run.environment().taskDesk().open(run.serviceId(), ManualTask.Kind.BUILD, module.departmentId(),
        "Build server " + serverId + " into " + run.order().configuration().orElseThrow().label()
            + " (service " + run.serviceId() + ")",
        facts.requireText(FactNames.BUILD_PLAN), run.now()));
    List<ManualTask> open = tasks.stream().filter(task -> !task.isClosed()).toList();
    return open.isEmpty() ? StepOutcome.done() : new StepOutcome.Wait(open);
  }

  /** The parking addresses come off, unless the module keeps the server's addresses ("disable IP change"). */
  static StepOutcome releaseParkingIps(Run run) {
    Facts facts = run.facts();
    DedicatedServerModule module = run.environment().dedicatedModule(facts.number(FactNames.MODULE_ID));
    if (module.disableIpChange()) {
      return StepOutcome.done();
    }
    List<String> removed = run.environment().dedicatedPanel(module.id()).removeIps(facts.number(FactNames.SERVER_ID));
    return StepOutcome.done(Facts.empty().with(FactNames.PARKING_IPS_RELEASED, String.join(",", removed)));
  }

  /**
   * Public addresses go on. The parking ones are off by now, so any address the server has on a resumed run is one
   * this step gave it: only the missing ones are added.
   */
  static StepOutcome assignPublicIps(Run run) {
    Facts facts = run.facts();
    DedicatedServerModule module = run.environment().dedicatedModule(facts.number(FactNames.MODULE_ID));
    DedicatedServerPanel panel = run.environment().dedicatedPanel(module.id());
    long serverId = facts.number(FactNames.SERVER_ID);
    List<String> addresses = new ArrayList<>(panel.ipAddresses(serverId));
    int wanted = run.order().ipCount();
    if (!module.disableIpChange() && addresses.size() < wanted) {
      addresses.addAll(panel.addIps(serverId, wanted - addresses.size(), OptionalLong.empty()));
    }
    if (addresses.isEmpty()) {
      throw new InvalidSettingException("IP addresses", serverId,
          "the server has none, and the module keeps the server's addresses (disable IP change)");
    }
    return StepOutcome.done(Facts.empty().with(FactNames.IP_ADDRESSES, String.join(",", addresses)));
  }

  /**
   * Starts the OS installation. A resumed run that finds an operation running on the server (its own, the server
   * being the service's) waits for that one instead of starting another.
   */
  static StepOutcome startOsInstallation(Run run) {
    Facts facts = run.facts();
    Order order = run.order();
    DedicatedServerModule module = run.environment().dedicatedModule(facts.number(FactNames.MODULE_ID));
    DedicatedServerPanel panel = run.environment().dedicatedPanel(module.id());
    long serverId = facts.number(FactNames.SERVER_ID);
    OsFamily family = panel.osFamily(module.locationId(), order.osTemplate());
    if (family == OsFamily.UNKNOWN) {
      throw new InvalidSettingException("OS template", order.osTemplate(),
          "the panel does not say whether it installs Linux or Windows, so no installation timeout can be chosen");
    }
    Facts done = Facts.empty().with(Installations.OS_FAMILY, family.name());
    Optional<Facts> intent = run.intent();
    String password = order.password().orElse(null);
    if (password == null) {
      password = intent.flatMap(previous -> previous.text(FactNames.GENERATED_PASSWORD))
          .orElseGet(() -> run.environment().newPassword());
      done = done.with(FactNames.GENERATED_PASSWORD, password);
    }
    if (intent.isPresent()) {
      OptionalLong running = panel.server(serverId).runningOperationId();
      if (running.isPresent()) {
        return StepOutcome.done(done.with(FactNames.OPERATION_ID, running.getAsLong()));
      }
    }
    run.recordIntent(order.password().isPresent() ? Facts.empty().with(FactNames.MARKER, "os-installation")
        : Facts.empty().with(FactNames.GENERATED_PASSWORD, password));
    long operationId = panel.startOsInstallation(serverId, new OsInstallation(order.osTemplate(), order.recipe(),
        password, order.hostname(), order.sshKeys()));
    return StepOutcome.done(done.with(FactNames.OPERATION_ID, operationId));
  }

  /** Waits for the installation with the module's Linux or Windows timeout, reporting its progress. */
  static StepOutcome awaitOsInstallation(Run run) {
    Facts facts = run.facts();
    DedicatedServerModule module = run.environment().dedicatedModule(facts.number(FactNames.MODULE_ID));
    Duration timeout = OsFamily.valueOf(facts.requireText(Installations.OS_FAMILY)) == OsFamily.WINDOWS
        ? module.installTimeoutWindows() : module.installTimeoutLinux();
    run.environment().dedicatedPanel(module.id()).awaitOperation(facts.number(FactNames.SERVER_ID),
        facts.number(FactNames.OPERATION_ID), timeout, run::progress);
    return StepOutcome.done();
  }

  static StepOutcome activate(Run run) {
    return new StepOutcome.Finish(new LifecycleResult.Active(run.serviceId(), Services.provisioned(run.serviceId(),
        run.facts())), Facts.empty().with(FactNames.STATE, "active"));
  }

  /** Fact names of the installation steps. */
  static final class Installations {
    static final String OS_FAMILY = "service.os_family";

    private Installations() {}
  }
}

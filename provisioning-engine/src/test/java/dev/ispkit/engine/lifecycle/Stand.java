package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.TestServers;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.license.ControlPanel;
import dev.ispkit.engine.license.LicenseClaims;
import dev.ispkit.engine.module.DataCenter;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.ProcessingModules;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.port.Journal;
import dev.ispkit.engine.port.ServerClaims;
import dev.ispkit.engine.port.TaskDesk;
import dev.ispkit.engine.queue.QueueSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The lifecycle tests' world: one DCImanager module (id 7, tariff 15) on a fake panel, a fake license server, and the
 * host's stores, which outlive an engine the way a database outlives a crashed process.
 */
final class Stand implements AutoCloseable {
  static final long TARIFF = 15;
  static final String LABEL = "i9-9900K-64Gb-2x1024NVMe";
  static final ControlPanel ISPMANAGER_LITE = ControlPanel.of(3541, "ISPmanager Lite");

  final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
  final FakeDedicatedPanel panel = new FakeDedicatedPanel();
  final FakeLicenseServer licenses = new FakeLicenseServer(clock);
  final Journal journal = Journal.inMemory();
  final TaskDesk desk = TaskDesk.inMemory();
  final List<LifecycleResult> heard = new ArrayList<>();
  final List<String> steps = new ArrayList<>();
  DedicatedServerModule module = module(7, 1).build();
  private final List<Provisioning> engines = new ArrayList<>();

  static DedicatedServerModule.Builder module(long id, int sort) {
    return DedicatedServerModule.builder().id(id).name("DCI " + id).sort(sort)
        .dataCenter(DataCenter.withExternalId(1, "Moscow", TestServers.LOCATION)).departmentId(2).tariff(TARIFF)
        .queue(QueueSettings.queued("dci-__PMID__", 2)).licenseServerId(1);
  }

  /**
   * A new engine over the same panel and stores; in-memory claims are the new process's own. Every such engine is
   * one node ({@code stand}) restarted, so it takes the runs of the one before at once.
   */
  Provisioning engine() {
    return engine(journal);
  }

  Provisioning engine(Journal withJournal) {
    return engine(withJournal, "stand", Duration.ofMinutes(2));
  }

  /** An engine of a node of its own: other nodes' run leases bind it. */
  Provisioning engine(Journal withJournal, String nodeId, Duration leaseDuration) {
    Provisioning engine = Provisioning.builder()
        .modules(ProcessingModules.of(List.of(module)))
        .dedicatedServerPanel(module.id(), panel)
        .licenseServer(1, licenses)
        .journal(withJournal)
        .serverClaims(ServerClaims.inMemory())
        .licenseClaims(LicenseClaims.inMemory())
        .taskDesk(desk)
        .clock(clock)
        .nodeId(nodeId)
        .leaseDuration(leaseDuration)
        .listener(new LifecycleListener() {
          @Override
          public synchronized void stepStarted(String serviceId, String lifecycle, String step) {
            steps.add(serviceId + " " + step);
          }

          @Override
          public synchronized void finished(String lifecycle, LifecycleResult result) {
            heard.add(result);
          }
        })
        .build();
    engines.add(engine);
    return engine;
  }

  static Order.Builder order(String serviceId) {
    return Order.builder().serviceId(serviceId).tariffId(TARIFF).customerEmail("anna@example.com")
        .configuration(ConfigurationLabelParser.parse(LABEL)).osTemplate("Ubuntu 22.04")
        .period(Period.months(1)).password("s3cret-Root-pw");
  }

  static LifecycleResult join(java.util.concurrent.CompletionStage<LifecycleResult> stage) {
    return stage.toCompletableFuture().join();
  }

  @Override
  public void close() {
    engines.forEach(Provisioning::close);
  }
}

package dev.ispkit.engine.lifecycle;

import static dev.ispkit.engine.lifecycle.Stand.join;
import static dev.ispkit.engine.lifecycle.Stand.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.ProcessingModules;
import dev.ispkit.engine.port.ManualTask;
import dev.ispkit.engine.port.ServerClaims;
import dev.ispkit.engine.queue.QueueKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a lifecycle listener hears beyond steps and results: runs starting, services left waiting for tasks, the
 * license pool and what became of each license, why a module had no capacity, and each step's wait on the queue.
 */
final class ListenerEventsTest {
  private final Stand stand = new Stand();
  private final Heard heard = new Heard();
  private final List<Provisioning> engines = new ArrayList<>();

  @AfterEach
  void close() {
    engines.forEach(Provisioning::close);
    stand.close();
  }

  private Provisioning engine(DedicatedServerModule module, ServerClaims claims) {
    Provisioning engine = Provisioning.builder()
        .modules(ProcessingModules.of(List.of(module)))
        .dedicatedServerPanel(module.id(), stand.panel)
        .licenseServer(1, stand.licenses)
        .journal(stand.journal)
        .serverClaims(claims)
        .taskDesk(stand.desk)
        .clock(stand.clock)
        .listener(heard)
        .build();
    engines.add(engine);
    return engine;
  }

  private Provisioning engine() {
    return engine(stand.module, ServerClaims.inMemory());
  }

  @Test
  void anOpenIsHeardStartingReadingThePoolOrderingALicenseAndQueueingEachStep() {
    stand.panel.server(1, Stand.LABEL, 2);

    join(engine().open(order("s1").controlPanel(Stand.ISPMANAGER_LITE).build()));

    assertThat(heard.lines).startsWith("lifecycle s1 dedicated-open", "step s1 claim-server");
    assertThat(heard.lines).containsSubsequence("step s1 license", "free 3541 0", "license 3541 ordered",
        "finished s1 active");
    // Steps after the module is chosen run on its queue (dci-__PMID__, 2 queues); the first does not.
    int number = Integer.parseInt(heard.queueNumbers.get(0));
    assertThat(number).isBetween(0, 1);
    assertThat(heard.lines).filteredOn(line -> line.startsWith("queued")).hasSize(7);
    assertThat(heard.lines).filteredOn(line -> line.startsWith("dequeued")).hasSize(7)
        .allMatch(line -> line.equals("dequeued started"));
  }

  @Test
  void aFreeLicenseIsHeardClaimedAndReusedAndADeleteReturnsIt() {
    stand.panel.server(1, Stand.LABEL, 2);
    stand.licenses.free(900, 3541);
    Provisioning engine = engine();

    join(engine.open(order("s1").controlPanel(Stand.ISPMANAGER_LITE).build()));
    join(engine.delete("s1"));

    assertThat(heard.lines).filteredOn(line -> line.startsWith("free") || line.startsWith("license"))
        .containsExactly("free 3541 1", "license 3541 claimed", "license 3541 reused", "license 3541 returned");
  }

  @Test
  void aServiceWaitingForTasksIsHeardAgainWhileTasksStayOpenAndStopsWaitingWhenItRunsAgain() {
    stand.panel.server(1, "i9-9900K-32Gb-2x1024HDD", 1);
    Provisioning engine = engine();

    List<ManualTask> tasks = ((LifecycleResult.WaitingForTask) join(engine.open(order("s1").build()))).tasks();
    join(engine.closeTask(tasks.get(0).id()));
    join(engine.closeTask(tasks.get(1).id()));

    assertThat(heard.lines).filteredOn(line -> line.startsWith("waiting") || line.startsWith("lifecycle")
        || line.startsWith("finished")).containsExactly(
            "lifecycle s1 dedicated-open",
            "waiting s1 dedicated-open 2",
            "finished s1 waiting",
            "waiting s1 dedicated-open 1",
            "lifecycle s1 dedicated-open",
            "finished s1 active");
  }

  @Test
  void noCapacityNamesItsCauseForEachModule() {
    stand.panel.server(1, Stand.LABEL, 1);
    stand.panel.setOwner(1, 999);
    LifecycleResult owned = join(engine().open(order("s1").build()));

    stand.panel.server(2, "i9-9900K-32Gb-2x1024HDD", 1);
    LifecycleResult noExact = join(engine(Stand.module(7, 1).byServerType(true).build(), ServerClaims.inMemory())
        .open(order("s2").build()));

    ServerClaims held = ServerClaims.inMemory();
    held.claim(stand.panel.panel(), 2, "another-service");
    LifecycleResult taken = join(engine(stand.module, held).open(order("s3").build()));

    assertThat(List.of(owned, noExact, taken)).extracting(result -> ((LifecycleResult.NoCapacity) result).report()
        .modules().get(0).cause()).containsExactly(NoCapacityCause.NO_AVAILABLE_SERVER,
            NoCapacityCause.NO_MATCHING_CONFIGURATION, NoCapacityCause.CANDIDATES_TAKEN);
    assertThat(List.of(owned, noExact, taken)).extracting(LifecycleResult::outcome).containsOnly("no-capacity");
    assertThat(NoCapacityCause.CANDIDATES_TAKEN.tagValue()).isEqualTo("candidates-taken");
  }

  @Test
  void combinedListenersHearStartsInOrderAndEndsInReverseAndOneFailingStopsNoOther() {
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    LifecycleListener failing = new LifecycleListener() {
      @Override
      public void stepStarted(String serviceId, String lifecycle, String step) {
        order.add("first started");
        throw new IllegalStateException("the host's listener is broken");
      }

      @Override
      public void stepEnded(String serviceId, String lifecycle, String step, String outcome) {
        order.add("first ended");
        throw new IllegalStateException("the host's listener is broken");
      }
    };
    LifecycleListener second = new LifecycleListener() {
      @Override
      public void stepStarted(String serviceId, String lifecycle, String step) {
        order.add("second started");
      }

      @Override
      public void stepEnded(String serviceId, String lifecycle, String step, String outcome) {
        order.add("second ended");
      }
    };

    LifecycleListener both = LifecycleListener.combine(failing, second);
    both.stepStarted("s1", "dedicated-open", "claim-server");
    both.stepEnded("s1", "dedicated-open", "claim-server", "done");

    assertThat(order).containsExactly("first started", "second started", "second ended", "first ended");
    assertThat(LifecycleListener.combine(second)).isSameAs(second);
  }

  /** Writes down what it hears, in order. */
  private static final class Heard implements LifecycleListener {
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final List<String> queueNumbers = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void lifecycleStarted(String serviceId, String lifecycle) {
      lines.add("lifecycle " + serviceId + " " + lifecycle);
    }

    @Override
    public void stepStarted(String serviceId, String lifecycle, String step) {
      lines.add("step " + serviceId + " " + step);
    }

    @Override
    public void waitingForTasks(String serviceId, String lifecycle, int openTasks) {
      lines.add("waiting " + serviceId + " " + lifecycle + " " + openTasks);
    }

    @Override
    public void freeLicenses(long pricelistId, int free) {
      lines.add("free " + pricelistId + " " + free);
    }

    @Override
    public void license(long pricelistId, LicenseEvent event) {
      lines.add("license " + pricelistId + " " + event.tagValue());
    }

    @Override
    public void finished(String lifecycle, LifecycleResult result) {
      lines.add("finished " + result.serviceId() + " " + result.outcome());
    }

    @Override
    public void operationQueued(QueueKey key) {
      lines.add("queued");
      queueNumbers.add(Integer.toString(key.number().orElseThrow()));
    }

    @Override
    public void operationStarted(QueueKey key, Duration waited) {
      lines.add("dequeued started");
    }

    @Override
    public void operationDropped(QueueKey key, Duration waited) {
      lines.add("dequeued dropped");
    }
  }
}

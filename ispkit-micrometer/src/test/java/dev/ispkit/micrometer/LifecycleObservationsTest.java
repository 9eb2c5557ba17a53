package dev.ispkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.lifecycle.LicenseEvent;
import dev.ispkit.engine.lifecycle.LifecycleListener;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.NoCapacityCause;
import dev.ispkit.engine.lifecycle.NoCapacityReport;
import dev.ispkit.engine.port.ManualTask;
import dev.ispkit.engine.queue.QueueKey;
import dev.ispkit.engine.queue.QueueSettings;
import io.micrometer.observation.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * The engine's events as meters and observations, event by event: NoCapacity by cause, services waiting for tasks,
 * queue depth and waits per queue number, the license pool, a failed step, and a step or run whose end never came.
 */
class LifecycleObservationsTest {
  private final Registries registries = new Registries();
  private final LifecycleListener listener = registries.micrometer.lifecycles();

  @Test
  void noCapacityCountsEachModuleTriedByItsCause() {
    NoCapacityReport report = new NoCapacityReport(15, List.of(
        new NoCapacityReport.ModuleReason(7, "Moscow", NoCapacityCause.NO_AVAILABLE_SERVER, "0 of 12 available"),
        new NoCapacityReport.ModuleReason(8, "Frankfurt", NoCapacityCause.CANDIDATES_TAKEN, "3 held")));

    listener.lifecycleStarted("s1", "dedicated-open");
    listener.finished("dedicated-open", new LifecycleResult.NoCapacity("s1", report));

    assertThat(registries.count(MeterNames.LIFECYCLE_NO_CAPACITY, "lifecycle", "dedicated-open", "cause",
        "no-available-server")).contains(1.0);
    assertThat(registries.count(MeterNames.LIFECYCLE_NO_CAPACITY, "cause", "candidates-taken")).contains(1.0);
    assertThat(registries.contexts(MeterNames.LIFECYCLE)).singleElement().satisfies(run ->
        assertThat(run.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("no-capacity"));
    new MeterCatalogue(1).check(registries.allMeters(), registries.contexts(), List.of("s1", "Moscow", "held"));
  }

  @Test
  void servicesWaitingForTasksAreGaugedUntilTheirLifecycleRunsAgain() {
    ManualTask build = new ManualTask("t1", "s1", ManualTask.Kind.BUILD, 2, "Build server 5", "add 32 GB RAM",
        Instant.parse("2026-11-30T10:00:00Z"), Optional.empty());
    listener.lifecycleStarted("s1", "dedicated-open");
    listener.waitingForTasks("s1", "dedicated-open", 1);
    listener.finished("dedicated-open", new LifecycleResult.WaitingForTask("s1", List.of(build)));
    listener.waitingForTasks("s2", "dedicated-delete", 1);

    assertThat(registries.meters.find(MeterNames.LIFECYCLE_WAITING).gauge().value()).isEqualTo(2.0);

    listener.lifecycleStarted("s1", "dedicated-open");
    assertThat(registries.meters.find(MeterNames.LIFECYCLE_WAITING).gauge().value()).isEqualTo(1.0);
  }

  @Test
  void theQueueIsGaugedAndTimedPerQueueNumberNeverPerKeyName() {
    QueueKey key = QueueSettings.queued("__TYPE__-__IID__", 4).keyFor("open", 7, "10482");
    String number = Integer.toString(key.number().getAsInt());

    listener.operationQueued(key);
    listener.operationQueued(key);
    listener.operationQueued(QueueKey.of("hand-named"));
    assertThat(registries.meters.find(MeterNames.QUEUE_DEPTH).tag("queue.number", number).gauge().value())
        .isEqualTo(2.0);

    listener.operationStarted(key, Duration.ofSeconds(3));
    listener.operationDropped(key, Duration.ofSeconds(1));

    assertThat(registries.meters.find(MeterNames.QUEUE_DEPTH).tag("queue.number", number).gauge().value()).isZero();
    assertThat(registries.meters.find(MeterNames.QUEUE_DEPTH).tag("queue.number", "none").gauge().value())
        .isEqualTo(1.0);
    assertThat(registries.meters.find(MeterNames.QUEUE_WAIT).tags("queue.number", number, "outcome", "started")
        .timer().totalTime(TimeUnit.SECONDS)).isEqualTo(3.0);
    new MeterCatalogue(4).check(registries.allMeters(), registries.contexts(), List.of("10482", "open-"));
  }

  @Test
  void theLicensePoolIsGaugedPerPricelistAndItsEventsCounted() {
    listener.freeLicenses(3541, 4);
    listener.freeLicenses(3541, 3);
    listener.license(3541, LicenseEvent.CLAIMED);
    listener.license(3541, LicenseEvent.REUSE_FAILED);

    assertThat(registries.meters.find(MeterNames.LICENSE_POOL_FREE).tag("pricelist", "3541").gauge().value())
        .isEqualTo(3.0);
    assertThat(registries.count(MeterNames.LICENSE_EVENTS, "pricelist", "3541", "event", "reuse-failed"))
        .contains(1.0);
  }

  @Test
  void aFailedStepAndRunAreMarkedAsErrorsAndTheMdcIsClearedAfterTheStep() {
    listener.lifecycleStarted("s1", "vps-open");
    listener.stepStarted("s1", "vps-open", "create-vm");
    assertThat(MDC.get(LifecycleMdc.SERVICE)).isEqualTo("s1");
    assertThat(MDC.get(LifecycleMdc.STEP)).isEqualTo("create-vm");
    assertThat(registries.observations.getCurrentObservation().getContext().getName())
        .isEqualTo(MeterNames.LIFECYCLE_STEP);
    listener.stepEnded("s1", "vps-open", "create-vm", "failed");
    listener.finished("vps-open", new LifecycleResult.Failed("s1", "create-vm", "no space", Optional.empty()));

    assertThat(MDC.get(LifecycleMdc.SERVICE)).isNull();
    assertThat(registries.observations.getCurrentObservation()).isNull();
    assertThat(registries.contexts()).extracting(Observation.Context::getName, context -> context.getError() != null)
        .containsExactly(Tuple.tuple(MeterNames.LIFECYCLE, true),
            Tuple.tuple(MeterNames.LIFECYCLE_STEP, true));
  }

  @Test
  void aStepOrRunWhoseEndNeverCameIsStoppedAsAbandonedWhenTheNextStarts() {
    listener.lifecycleStarted("s1", "dedicated-delete");
    listener.stepStarted("s1", "dedicated-delete", "power-on");
    listener.stepStarted("s1", "dedicated-delete", "power-on");
    listener.stepEnded("s1", "dedicated-delete", "power-on", "done");
    listener.lifecycleStarted("s1", "dedicated-delete");
    listener.finished("dedicated-delete", new LifecycleResult.Deleted("s1"));

    assertThat(registries.contexts(MeterNames.LIFECYCLE_STEP)).extracting(
        step -> step.getLowCardinalityKeyValue("outcome").getValue()).containsExactly("abandoned", "done");
    assertThat(registries.contexts(MeterNames.LIFECYCLE)).extracting(
        run -> run.getLowCardinalityKeyValue("outcome").getValue()).containsExactly("abandoned", "deleted");
    new MeterCatalogue(1).check(registries.allMeters(), registries.contexts(), List.of("s1"));
  }
}

package dev.ispkit.micrometer;

import static dev.ispkit.micrometer.MeterNames.CAUSE;
import static dev.ispkit.micrometer.MeterNames.EVENT;
import static dev.ispkit.micrometer.MeterNames.LIFECYCLE_TAG;
import static dev.ispkit.micrometer.MeterNames.OUTCOME;
import static dev.ispkit.micrometer.MeterNames.PRICELIST;
import static dev.ispkit.micrometer.MeterNames.QUEUE_NUMBER;
import static dev.ispkit.micrometer.MeterNames.STEP;

import dev.ispkit.engine.lifecycle.LicenseEvent;
import dev.ispkit.engine.lifecycle.LifecycleListener;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.NoCapacityReport;
import dev.ispkit.engine.queue.QueueKey;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's {@link LifecycleListener} over Micrometer: every lifecycle run and every step is an {@link
 * Observation} (a step's is its run's child, and in scope on the step's thread, so the step's panel calls are its
 * children in a trace); the rest are meters: NoCapacity by cause, services waiting for tasks, the operation queue's
 * depth and waiting time per queue number, free licenses per pricelist and what became of licenses. The names and
 * tags are in this module's README.
 *
 * <p>No tag carries a service id: the runs in progress are kept by service id inside this object only, to pair a
 * run's start with its end.
 *
 * <pre>{@code
 * Provisioning provisioning = Provisioning.builder()
 *     ...
 *     .listener(LifecycleListener.combine(new LifecycleMdc(), new LifecycleObservations(observations, meters)))
 *     .build();
 * }</pre>
 */
public final class LifecycleObservations implements LifecycleListener {
  /** The queue number tag of a key named by hand rather than by a module's queue settings. */
  static final String NO_QUEUE_NUMBER = "none";
  /** The outcome of a run or step whose end never came (its start was heard again first). */
  static final String ABANDONED = "abandoned";

  private final ObservationRegistry observations;
  private final MeterRegistry meters;
  private final Map<String, Observation> runs = new ConcurrentHashMap<>();
  private final ThreadLocal<StepInScope> step = new ThreadLocal<>();
  private final Set<String> waiting = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> queueDepths = new ConcurrentHashMap<>();
  private final Map<Long, AtomicInteger> freeLicenses = new ConcurrentHashMap<>();

  /**
   * Records into the host's registries.
   *
   * @param observations timers and spans of runs and steps
   * @param meters counts and gauges
   */
  public LifecycleObservations(ObservationRegistry observations, MeterRegistry meters) {
    this.observations = Objects.requireNonNull(observations, "observations");
    this.meters = Objects.requireNonNull(meters, "meters");
    Gauge.builder(MeterNames.LIFECYCLE_WAITING, waiting, Set::size)
        .description("services whose lifecycle waits for manual tasks the host must close")
        .register(meters);
  }

  @Override
  public void lifecycleStarted(String serviceId, String lifecycle) {
    waiting.remove(serviceId);
    Observation previous = runs.put(serviceId, startRun(lifecycle));
    if (previous != null) {
      stop(previous, ABANDONED, true);
    }
  }

  private Observation startRun(String lifecycle) {
    return Observation.createNotStarted(MeterNames.LIFECYCLE, observations)
        .contextualName(lifecycle)
        .lowCardinalityKeyValue(LIFECYCLE_TAG, lifecycle)
        .start();
  }

  @Override
  public void stepStarted(String serviceId, String lifecycle, String stepName) {
    StepInScope stale = step.get();
    if (stale != null) {
      stale.end(ABANDONED, true);
    }
    Observation observation = Observation.createNotStarted(MeterNames.LIFECYCLE_STEP, observations)
        .contextualName(lifecycle + " " + stepName)
        .lowCardinalityKeyValue(LIFECYCLE_TAG, lifecycle)
        .lowCardinalityKeyValue(STEP, stepName);
    Observation run = runs.get(serviceId);
    if (run != null) {
      observation.parentObservation(run);
    }
    step.set(new StepInScope(observation.start()));
  }

  @Override
  public void stepEnded(String serviceId, String lifecycle, String stepName, String outcome) {
    StepInScope current = step.get();
    if (current != null) {
      step.remove();
      current.end(outcome, "failed".equals(outcome));
    }
  }

  @Override
  public void waitingForTasks(String serviceId, String lifecycle, int openTasks) {
    if (openTasks > 0) {
      waiting.add(serviceId);
    } else {
      waiting.remove(serviceId);
    }
  }

  @Override
  public void finished(String lifecycle, LifecycleResult result) {
    String outcome = result.outcome();
    Observation run = runs.remove(result.serviceId());
    if (run == null) {
      // A result without a start heard (the listener was set while the run went on): a run of no length.
      run = startRun(lifecycle);
    }
    stop(run, outcome, result instanceof LifecycleResult.Failed);
    if (result instanceof LifecycleResult.WaitingForTask) {
      waiting.add(result.serviceId());
    } else {
      waiting.remove(result.serviceId());
    }
    if (result instanceof LifecycleResult.NoCapacity none) {
      for (NoCapacityReport.ModuleReason module : none.report().modules()) {
        meters.counter(MeterNames.LIFECYCLE_NO_CAPACITY, LIFECYCLE_TAG, lifecycle, CAUSE,
            module.cause().tagValue()).increment();
      }
    }
  }

  @Override
  public void freeLicenses(long pricelistId, int free) {
    freeLicenses.computeIfAbsent(pricelistId, id -> {
      AtomicInteger count = new AtomicInteger();
      Gauge.builder(MeterNames.LICENSE_POOL_FREE, count, AtomicInteger::get)
          .description("free licenses of the pricelist at the license step's last read of the pool")
          .tag(PRICELIST, Long.toString(id))
          .register(meters);
      return count;
    }).set(free);
  }

  @Override
  public void license(long pricelistId, LicenseEvent event) {
    meters.counter(MeterNames.LICENSE_EVENTS, PRICELIST, Long.toString(pricelistId), EVENT, event.tagValue())
        .increment();
  }

  @Override
  public void operationQueued(QueueKey key) {
    queueDepth(key).incrementAndGet();
  }

  @Override
  public void operationStarted(QueueKey key, Duration waited) {
    leftQueue(key, waited, "started");
  }

  @Override
  public void operationDropped(QueueKey key, Duration waited) {
    leftQueue(key, waited, "dropped");
  }

  private void leftQueue(QueueKey key, Duration waited, String outcome) {
    queueDepth(key).decrementAndGet();
    Timer.builder(MeterNames.QUEUE_WAIT)
        .description("how long a step's operation waited on the operation queue")
        .tag(QUEUE_NUMBER, queueNumber(key))
        .tag(OUTCOME, outcome)
        .register(meters)
        .record(waited);
  }

  private AtomicInteger queueDepth(QueueKey key) {
    return queueDepths.computeIfAbsent(queueNumber(key), number -> {
      AtomicInteger depth = new AtomicInteger();
      Gauge.builder(MeterNames.QUEUE_DEPTH, depth, AtomicInteger::get)
          .description("operations waiting on the operation queue")
          .tag(QUEUE_NUMBER, number)
          .register(meters);
      return depth;
    });
  }

  private static String queueNumber(QueueKey key) {
    return key.number().isPresent() ? Integer.toString(key.number().getAsInt()) : NO_QUEUE_NUMBER;
  }

  private static void stop(Observation observation, String outcome, boolean failed) {
    observation.lowCardinalityKeyValue(OUTCOME, outcome);
    if (failed) {
      observation.error(new FailedOutcome(outcome));
    }
    observation.stop();
  }

  /** A step's observation, in scope on the step's thread from its start to its end. */
  private static final class StepInScope {
    private final Observation observation;
    private final Observation.Scope scope;

    StepInScope(Observation observation) {
      this.observation = observation;
      this.scope = observation.openScope();
    }

    void end(String outcome, boolean failed) {
      scope.close();
      stop(observation, outcome, failed);
    }
  }
}

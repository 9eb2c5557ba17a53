package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.module.ProcessingModule;
import dev.ispkit.engine.port.Facts;
import dev.ispkit.engine.port.JournalEntry;
import dev.ispkit.engine.port.JournalRun;
import dev.ispkit.engine.port.ManualTask;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.engine.queue.QueueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Drives lifecycle runs step by step: skips the steps the journal says are done, runs the next one under the
 * module's queue key (on the executor while no module is chosen yet), writes its completion, and goes on, without
 * holding the caller's thread. One run per service at a time in this JVM; the journal keeps one per service across
 * nodes, and a run is driven only by the node holding its lease ({@link RunLease}).
 */
final class Runner {
  private final Environment environment;
  private final ConcurrentHashMap<String, CompletableFuture<LifecycleResult>> driving = new ConcurrentHashMap<>();

  Runner(Environment environment) {
    this.environment = environment;
  }

  /**
   * Starts a lifecycle for a service, or resumes the service's unfinished run of the same lifecycle.
   *
   * @return the result; {@link LifecycleResult.Failed} at step {@code begin} when the service has an unfinished run
   *     of another lifecycle
   */
  CompletableFuture<LifecycleResult> start(Lifecycle lifecycle, String serviceId, Facts input) {
    JournalRun run = environment.journal().begin(JournalRun.start(UUID.randomUUID().toString(), serviceId,
        lifecycle.name(), input, environment.clock().instant()));
    if (!run.lifecycle().equals(lifecycle.name())) {
      return CompletableFuture.completedFuture(new LifecycleResult.Failed(serviceId, "begin",
          "the service has an unfinished " + run.lifecycle() + " run (" + run.state().name().toLowerCase()
              + "); it must end before " + lifecycle.name() + " can start",
          Optional.empty()));
    }
    return drive(lifecycle, run);
  }

  /**
   * Resumes a run from its first unfinished step.
   *
   * @return the result; {@link LifecycleResult.Failed} at step {@code lease} when another node drives the run
   */
  CompletableFuture<LifecycleResult> drive(Lifecycle lifecycle, JournalRun run) {
    return tryDrive(lifecycle, run, leased -> { })
        .orElseGet(() -> CompletableFuture.completedFuture(drivenElsewhere(run)));
  }

  /**
   * Drives a run here when this node can take its lease: from its first unfinished step, renewing the lease before
   * each step, releasing it when the run stops here.
   *
   * @param beforeFirstStep called with the run once its lease is taken, before its first step
   * @return the run's result (or that of the drive of the same service already under way in this JVM); empty when
   *     another node holds the run's lease
   */
  Optional<CompletableFuture<LifecycleResult>> tryDrive(Lifecycle lifecycle, JournalRun run,
      Consumer<JournalRun> beforeFirstStep) {
    CompletableFuture<LifecycleResult> promise = new CompletableFuture<>();
    CompletableFuture<LifecycleResult> running = driving.compute(run.serviceId(),
        (service, current) -> current == null || current.isDone() ? promise : current);
    if (running != promise) {
      return Optional.of(running);
    }
    promise.whenComplete((result, error) -> driving.remove(run.serviceId(), promise));
    Optional<RunLease.Taken> taken;
    try {
      taken = RunLease.take(environment, run.runId());
    } catch (RuntimeException e) {
      promise.complete(failed(run.serviceId(), "lease", e));
      return Optional.of(promise);
    }
    if (taken.isEmpty()) {
      promise.complete(drivenElsewhere(run));
      return Optional.empty();
    }
    RunLease lease = taken.get().lease();
    promise.thenAccept(result -> environment.listen(listener -> listener.finished(lifecycle.name(), result)));
    environment.listen(listener -> listener.lifecycleStarted(run.serviceId(), lifecycle.name()));
    try {
      beforeFirstStep.accept(taken.get().run());
      next(lifecycle, lease, taken.get().run(), promise);
    } catch (RuntimeException e) {
      end(lease, promise, failed(run.serviceId(), "resume", e));
    }
    return Optional.of(promise);
  }

  private void next(Lifecycle lifecycle, RunLease lease, JournalRun run,
      CompletableFuture<LifecycleResult> promise) {
    Step step = null;
    for (Step candidate : lifecycle.steps()) {
      if (!run.isDone(candidate.name())) {
        step = candidate;
        break;
      }
    }
    if (step == null) {
      end(lease, promise, new LifecycleResult.Failed(run.serviceId(), "end",
          "every step of " + lifecycle.name() + " is done but none ended the run", Optional.empty()));
      return;
    }
    Step current = step;
    QueueKey key = keyFor(lifecycle, run);
    CompletableFuture<StepOutcome> outcome = key.isDirect()
        ? CompletableFuture.supplyAsync(() -> execute(lifecycle, run, current), environment.executor())
        : environment.queue().submit(key, () -> execute(lifecycle, run, current));
    // The next step is submitted from the engine's threads, not from inside this operation: the queue would take a
    // same-key submission made while an operation runs for a nested one and run the rest of the lifecycle inline,
    // holding the key (and a queue thread) from the first step to the last.
    outcome.whenCompleteAsync((result, error) -> {
      if (error != null) {
        end(lease, promise, failed(run.serviceId(), current.name(), unwrap(error)));
      } else if (result instanceof StepOutcome.Done) {
        try {
          renewAndGoOn(lifecycle, lease, run, promise);
        } catch (RuntimeException e) {
          end(lease, promise, failed(run.serviceId(), current.name(), e));
        }
      } else if (result instanceof StepOutcome.Wait wait) {
        end(lease, promise, new LifecycleResult.WaitingForTask(run.serviceId(), wait.tasks()));
      } else if (result instanceof StepOutcome.Finish finish) {
        end(lease, promise, finish.result());
      } else if (result instanceof StepOutcome.Fail fail) {
        end(lease, promise, fail.result());
      }
    }, environment.executor());
  }

  /** Renews the lease (reading the run again) and starts the next step, unless this node has lost the run. */
  private void renewAndGoOn(Lifecycle lifecycle, RunLease lease, JournalRun done,
      CompletableFuture<LifecycleResult> promise) {
    Optional<JournalRun> run = lease.renew();
    if (run.isEmpty()) {
      end(lease, promise, new LifecycleResult.Failed(done.serviceId(), "lease", "this node (" + environment.nodeId()
          + ") no longer holds the lease of run " + done.runId() + ": another node took the run over after the lease"
          + " expired, or has finished it", Optional.empty()));
      return;
    }
    next(lifecycle, lease, run.get(), promise);
  }

  /** Gives the lease up before the result is out, so whoever acts on the result finds the run free. */
  private static void end(RunLease lease, CompletableFuture<LifecycleResult> promise, LifecycleResult result) {
    lease.release();
    promise.complete(result);
  }

  static LifecycleResult.Failed drivenElsewhere(JournalRun run) {
    return new LifecycleResult.Failed(run.serviceId(), "lease", "another node drives run " + run.runId() + " of "
        + run.lifecycle() + " (its lease is live); ask again once it has ended, or once its lease has expired if that"
        + " node died", Optional.empty());
  }

  /** Runs one step and writes what came of it; only a journal that cannot be written makes it throw. */
  private StepOutcome execute(Lifecycle lifecycle, JournalRun run, Step step) {
    String serviceId = run.serviceId();
    environment.listen(listener -> listener.stepStarted(serviceId, lifecycle.name(), step.name()));
    StepOutcome outcome;
    try {
      outcome = step.body().run(new Run(environment, lifecycle.name(), run, step.name()));
    } catch (Exception e) {
      LifecycleResult.Failed failed = failed(serviceId, step.name(), e);
      append(run, step, JournalEntry.Kind.FAILED, Facts.empty().with(FactNames.FAILURE, failed.cause()));
      environment.listen(listener -> listener.stepEnded(serviceId, lifecycle.name(), step.name(), "failed"));
      return new StepOutcome.Fail(failed);
    }
    if (outcome instanceof StepOutcome.Done done) {
      append(run, step, JournalEntry.Kind.DONE, done.facts());
      environment.listen(listener -> listener.stepEnded(serviceId, lifecycle.name(), step.name(), "done"));
    } else if (outcome instanceof StepOutcome.Wait wait) {
      List<String> taskIds = new ArrayList<>();
      wait.tasks().forEach(task -> taskIds.add(task.id()));
      append(run, step, JournalEntry.Kind.WAITING, Facts.empty().with(Waits.TASK_IDS, String.join(",", taskIds)));
      environment.listen(listener -> listener.stepEnded(serviceId, lifecycle.name(), step.name(), "waiting"));
      environment.listen(listener -> listener.waitingForTasks(serviceId, lifecycle.name(), taskIds.size()));
    } else if (outcome instanceof StepOutcome.Finish finish) {
      append(run, step, JournalEntry.Kind.FINISHED,
          finish.facts().with(FactNames.OUTCOME, outcomeName(finish.result())));
      environment.listen(listener -> listener.stepEnded(serviceId, lifecycle.name(), step.name(), "finished"));
    }
    return outcome;
  }

  private void append(JournalRun run, Step step, JournalEntry.Kind kind, Facts facts) {
    environment.journal().append(run.runId(),
        new JournalEntry(step.name(), kind, facts, environment.clock().instant()));
  }

  private QueueKey keyFor(Lifecycle lifecycle, JournalRun run) {
    var moduleId = run.facts().optionalNumber(FactNames.MODULE_ID);
    if (moduleId.isEmpty()) {
      return QueueKey.direct();
    }
    ProcessingModule module = environment.module(moduleId.getAsLong());
    return module.queue().keyFor(lifecycle.operationType(), module.id(), run.serviceId());
  }

  static String outcomeName(LifecycleResult result) {
    return result.outcome();
  }

  static LifecycleResult.Failed failed(String serviceId, String step, Throwable error) {
    Throwable cause = unwrap(error);
    Optional<PanelFailure.Kind> kind = cause instanceof PanelFailure failure
        ? Optional.of(failure.kind()) : Optional.empty();
    String message = cause.getMessage();
    String text = cause instanceof PanelFailure || cause instanceof InvalidSettingException
        ? message : cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return new LifecycleResult.Failed(serviceId, step, text == null || text.isBlank() ? "failed" : text, kind);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The names a waiting run keeps its tasks under. */
  static final class Waits {
    static final String TASK_IDS = "wait.task_ids";

    private Waits() {}

    static List<String> taskIds(JournalRun run) {
      return run.lastEntry()
          .filter(entry -> entry.kind() == JournalEntry.Kind.WAITING)
          .flatMap(entry -> entry.facts().text(TASK_IDS))
          .map(ids -> List.of(ids.split(",")))
          .orElse(List.of());
    }

    static boolean allClosed(Environment environment, List<String> taskIds) {
      return taskIds.stream().allMatch(id -> environment.taskDesk().find(id).map(ManualTask::isClosed).orElse(true));
    }
  }
}

package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.port.JournalRun;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * This node's lease on one run it drives. Taken before the first step, renewed before every step (which also reads
 * the run's entries, so a step always starts from what the journal holds) and, while a step runs, every third of
 * the lease's duration on the engine's renewal thread: a step may wait for hours (an OS installation up to 720
 * minutes) with no other sign of life, and the panel ports are not bound to report progress at any pace, so renewal
 * does not wait for progress reports. Released when the run stops on this node: it ended, failed, waits for a task,
 * or this node lost the lease.
 *
 * <p>A renewal the journal refuses means another node took the run after this node's lease expired (this node was
 * cut off from the store, or stalled, for longer than the lease): the step running here finishes, and no further
 * step starts here.
 */
final class RunLease {
  private final Environment environment;
  private final String runId;
  private volatile ScheduledFuture<?> renewal;
  private boolean released;

  private RunLease(Environment environment, String runId) {
    this.environment = environment;
    this.runId = runId;
  }

  /**
   * Takes the lease of a run for this node.
   *
   * @return the lease and the run as the journal holds it; empty when another node's lease on it is live, or it has
   *     finished
   */
  static Optional<Taken> take(Environment environment, String runId) {
    Optional<JournalRun> run = environment.journal().lease(runId, environment.nodeId(), environment.leaseDuration());
    if (run.isEmpty()) {
      return Optional.empty();
    }
    RunLease lease = new RunLease(environment, runId);
    long period = Math.max(1, environment.leaseDuration().toMillis() / 3);
    try {
      lease.renewal = environment.renewals().scheduleAtFixedRate(lease::renewQuietly, period, period,
          TimeUnit.MILLISECONDS);
    } catch (RuntimeException closed) {
      lease.release();
      throw closed;
    }
    return Optional.of(new Taken(lease, run.get()));
  }

  /** A lease just taken, with the run it was taken on. */
  record Taken(RunLease lease, JournalRun run) {}

  /**
   * Renews the lease before a step.
   *
   * @return the run as the journal holds it; empty when this node no longer holds the lease
   */
  synchronized Optional<JournalRun> renew() {
    if (released) {
      return Optional.empty();
    }
    return environment.journal().lease(runId, environment.nodeId(), environment.leaseDuration());
  }

  /** The renewal while a step runs: a failure here is the next step's renewal's to judge. */
  private synchronized void renewQuietly() {
    if (released) {
      return;
    }
    try {
      environment.journal().lease(runId, environment.nodeId(), environment.leaseDuration());
    } catch (RuntimeException unreachable) {
      // The store is out of reach: the lease may expire; the renewal before the next step will say so.
    }
  }

  /** Stops renewing and gives the lease up; a journal out of reach leaves it to expire. */
  synchronized void release() {
    if (released) {
      return;
    }
    released = true;
    if (renewal != null) {
      renewal.cancel(false);
    }
    try {
      environment.journal().release(runId, environment.nodeId());
    } catch (RuntimeException unreachable) {
      // The lease then expires on its own after the lease duration.
    }
  }
}

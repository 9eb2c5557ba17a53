package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.port.Journal;
import dev.ispkit.engine.port.JournalEntry;
import dev.ispkit.engine.port.JournalRun;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * A journal whose process "dies" at a chosen point: when a step's completion is about to be written (the step's
 * effect is on the panel, its completion is not in the journal) or just after it was written, or when the test says
 * {@link #die()}. From then on every write fails, as nothing of a dead process reaches the store; the store itself
 * keeps what was written before. Each lease call (taken or renewed) adds a permit to {@link #leaseCalls}.
 */
public final class CrashingJournal implements Journal {
  /** Where the process dies relative to writing the step's completion. */
  public enum When { BEFORE_DONE, AFTER_DONE }

  public static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash(String step) {
      super("the process died at step " + step);
    }
  }

  private final Journal store;
  private final String step;
  private final When when;
  private volatile boolean dead;
  final Semaphore leaseCalls = new Semaphore(0);

  public CrashingJournal(Journal store, String step, When when) {
    this.store = store;
    this.step = step;
    this.when = when;
  }

  /** A journal of a process that dies only when told. */
  public CrashingJournal(Journal store) {
    this(store, "", When.BEFORE_DONE);
  }

  public boolean crashed() {
    return dead;
  }

  /** The process dies now. */
  public void die() {
    dead = true;
  }

  @Override
  public JournalRun begin(JournalRun run) {
    alive();
    return store.begin(run);
  }

  @Override
  public void append(String runId, JournalEntry entry) {
    alive();
    boolean target = entry.step().equals(step)
        && (entry.kind() == JournalEntry.Kind.DONE || entry.kind() == JournalEntry.Kind.FINISHED);
    if (target && when == When.BEFORE_DONE) {
      dead = true;
      throw new Crash(step);
    }
    store.append(runId, entry);
    if (target) {
      dead = true;
      throw new Crash(step);
    }
  }

  @Override
  public Optional<JournalRun> run(String runId) {
    alive();
    return store.run(runId);
  }

  @Override
  public List<JournalRun> runs(String serviceId) {
    alive();
    return store.runs(serviceId);
  }

  @Override
  public List<JournalRun> unfinished() {
    alive();
    return store.unfinished();
  }

  @Override
  public Optional<JournalRun> lease(String runId, String owner, Duration duration) {
    alive();
    leaseCalls.release();
    return store.lease(runId, owner, duration);
  }

  @Override
  public void release(String runId, String owner) {
    alive();
    store.release(runId, owner);
  }

  private void alive() {
    if (dead) {
      throw new Crash(step);
    }
  }
}

package dev.ispkit.integration.lifecycle;

import dev.ispkit.engine.port.Journal;
import dev.ispkit.engine.port.JournalEntry;
import dev.ispkit.engine.port.JournalRun;
import java.util.List;
import java.util.Optional;

/**
 * The journal of a process that dies at a chosen step: just before the step's completion is written (its effect is
 * on the panel, the journal does not know it) or just after. From then on nothing the process writes or reads
 * reaches the store, as for a process that is gone; the store keeps what was written before, as a database does.
 */
final class CrashingJournal implements Journal {
  /** Where the process dies, relative to writing the step's completion. */
  enum When { BEFORE_DONE, AFTER_DONE }

  /** What the dying process's journal calls throw. */
  static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash(String step, When when) {
      super("the process died " + when.name().toLowerCase().replace('_', ' ') + " of step " + step);
    }
  }

  private final Journal store;
  private final String step;
  private final When when;
  private volatile boolean dead;

  CrashingJournal(Journal store, String step, When when) {
    this.store = store;
    this.step = step;
    this.when = when;
  }

  /** Whether the process has died. */
  boolean crashed() {
    return dead;
  }

  @Override
  public JournalRun begin(JournalRun run) {
    alive();
    return store.begin(run);
  }

  @Override
  public void append(String runId, JournalEntry entry) {
    alive();
    boolean completion = entry.step().equals(step)
        && (entry.kind() == JournalEntry.Kind.DONE || entry.kind() == JournalEntry.Kind.FINISHED);
    if (completion && when == When.BEFORE_DONE) {
      die();
    }
    store.append(runId, entry);
    if (completion) {
      die();
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

  private void die() {
    dead = true;
    throw new Crash(step, when);
  }

  private void alive() {
    if (dead) {
      throw new Crash(step, when);
    }
  }
}

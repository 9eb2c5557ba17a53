package dev.ispkit.engine.port;

import dev.ispkit.engine.InvalidSettingException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where lifecycles write down what they do, so that a process that dies in the middle of one resumes at the first
 * unfinished step and never repeats a step's effect. The engine writes; a store keeps. {@link #inMemory()} keeps
 * within one JVM (the embedded default: lost when it stops); {@code provisioning-jdbc} keeps in PostgreSQL, shared by
 * several nodes.
 *
 * <p>What a store must guarantee:
 * <ul>
 *   <li>{@link #begin} is atomic per service: of two concurrent begins for one service, one starts its run and the
 *       other gets that run back, so a service never has two unfinished runs.</li>
 *   <li>An entry is durable when {@link #append} returns: the engine calls the panel only after it has written the
 *       intent, and moves to the next step only after it has written the step's completion.</li>
 *   <li>{@link #lease} is atomic per run: of two nodes asking for a free run's lease at once, one gets it; the other
 *       gets it only once the lease is released or has expired by the store's clock.</li>
 * </ul>
 *
 * <p>Run leases are how several nodes share one journal: a node drives a run only while it holds the run's lease,
 * renews it before every step and every third of its duration while a step runs, and releases it when the run ends,
 * fails or waits for a task. A node that dies stops renewing, so its runs are free again when their leases expire
 * and {@code Provisioning.recover()} on another node takes them over.
 *
 * <pre>{@code
 * Journal journal = Journal.inMemory();
 * Provisioning provisioning = Provisioning.builder().journal(journal)...build();
 * journal.unfinished();   // what recover() will resume
 * }</pre>
 */
public interface Journal {

  /**
   * Starts a run, unless the service already has an unfinished one: then nothing is written and that run is
   * returned instead.
   *
   * @param run the new run, without entries
   * @return the run now unfinished for that service: {@code run} itself, or the one that was there
   */
  JournalRun begin(JournalRun run);

  /**
   * Appends an entry to a run.
   *
   * @param runId the run
   * @param entry the entry
   * @throws dev.ispkit.engine.InvalidSettingException when no run has that id, or it has finished
   */
  void append(String runId, JournalEntry entry);

  /**
   * One run.
   *
   * @param runId the run's id
   * @return the run with every entry, or empty when there is none
   */
  Optional<JournalRun> run(String runId);

  /**
   * Every run of one service, oldest first.
   *
   * @param serviceId the service
   * @return the runs, empty when none
   */
  List<JournalRun> runs(String serviceId);

  /** Every run that has not finished (running, waiting or failed), oldest first: what recovery looks at. */
  List<JournalRun> unfinished();

  /**
   * Takes the lease on an unfinished run for a node, or renews the lease the node holds: the run is the node's to
   * drive until {@code duration} from now, by the store's clock (one clock for every node, so the nodes' clocks need
   * not agree). A lease another node holds is taken only once it has expired: that node is taken for dead.
   *
   * @param runId the run
   * @param owner the node's id ({@code Provisioning.Builder#nodeId})
   * @param duration how long the lease lasts unless renewed, longer than zero
   * @return the run with every entry when the node holds its lease now; empty when another node's lease on it is
   *     live, or the run has finished or is not in the journal
   */
  Optional<JournalRun> lease(String runId, String owner, Duration duration);

  /**
   * Gives up a node's lease on a run, so another node may take the run at once. Does nothing when the node does not
   * hold that lease (it expired and another node took it, or the run is not in the journal).
   *
   * @param runId the run
   * @param owner the node's id
   */
  void release(String runId, String owner);

  /** A journal in this JVM's memory: atomic within it, lost when it stops; leases expire by the system clock. */
  static Journal inMemory() {
    return new InMemoryJournal(Clock.systemUTC());
  }

  /**
   * A journal in this JVM's memory whose leases expire by the given clock, for tests that move time on.
   *
   * @param clock the clock leases are judged by
   * @return the journal
   */
  static Journal inMemory(Clock clock) {
    return new InMemoryJournal(InvalidSettingException.requirePresent("clock", clock));
  }
}

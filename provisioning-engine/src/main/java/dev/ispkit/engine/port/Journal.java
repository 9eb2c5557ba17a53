package dev.ispkit.engine.port;

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
 * </ul>
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

  /** A journal in this JVM's memory: atomic within it, lost when it stops. */
  static Journal inMemory() {
    return new InMemoryJournal();
  }
}

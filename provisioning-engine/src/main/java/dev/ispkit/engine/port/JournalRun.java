package dev.ispkit.engine.port;

import dev.ispkit.engine.InvalidSettingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of a lifecycle for one service, as the {@link Journal} keeps it: what it was asked to do, and every entry
 * written since, in order. Everything a resumed run needs is derived from it: which steps are done, what they found,
 * what a step meant to create before it was interrupted, and whether the run waits for a manual task.
 *
 * @param runId the run's id, unique in the journal
 * @param serviceId the host's id of the service
 * @param lifecycle the lifecycle's name ({@code dedicated-open}, {@code vps-delete}...)
 * @param input what the run was asked to do (the order's facts)
 * @param startedAt when it started
 * @param entries every entry, oldest first
 */
public record JournalRun(String runId, String serviceId, String lifecycle, Facts input, Instant startedAt,
    List<JournalEntry> entries) {

  /** Where a run stands. */
  public enum State {
    /** Started, or interrupted between steps: {@code recover} resumes it. */
    RUNNING,
    /** Waiting for a manual task; it goes on when the host closes the task. */
    WAITING,
    /** A step failed; asking for the same lifecycle again resumes it at that step. */
    FAILED,
    /** Ended; nothing of it runs again. */
    FINISHED
  }

  /** Validates the values. */
  public JournalRun {
    InvalidSettingException.requireText("run id", runId);
    InvalidSettingException.requireText("service id", serviceId);
    InvalidSettingException.requireText("lifecycle", lifecycle);
    InvalidSettingException.requirePresent("input", input);
    InvalidSettingException.requirePresent("started at", startedAt);
    entries = List.copyOf(InvalidSettingException.requireNoNulls("entries", entries));
  }

  /**
   * A run with no entries yet.
   *
   * @param runId the run's id
   * @param serviceId the service
   * @param lifecycle the lifecycle's name
   * @param input the order's facts
   * @param startedAt when it starts
   * @return the run
   */
  public static JournalRun start(String runId, String serviceId, String lifecycle, Facts input, Instant startedAt) {
    return new JournalRun(runId, serviceId, lifecycle, input, startedAt, List.of());
  }

  /**
   * This run with one more entry.
   *
   * @param entry the entry
   * @return the longer run
   */
  public JournalRun append(JournalEntry entry) {
    InvalidSettingException.requirePresent("entry", entry);
    List<JournalEntry> longer = new ArrayList<>(entries);
    longer.add(entry);
    return new JournalRun(runId, serviceId, lifecycle, input, startedAt, longer);
  }

  /** Where the run stands, from its last entry. */
  public State state() {
    if (entries.isEmpty()) {
      return State.RUNNING;
    }
    return switch (entries.get(entries.size() - 1).kind()) {
      case FINISHED -> State.FINISHED;
      case FAILED -> State.FAILED;
      case WAITING -> State.WAITING;
      case INTENT, DONE -> State.RUNNING;
    };
  }

  /** Whether the run has ended. */
  public boolean isFinished() {
    return state() == State.FINISHED;
  }

  /**
   * Whether a step has finished in this run.
   *
   * @param step the step's name
   * @return whether a {@link JournalEntry.Kind#DONE} entry names it
   */
  public boolean isDone(String step) {
    return entries.stream().anyMatch(entry -> entry.kind() == JournalEntry.Kind.DONE && entry.step().equals(step));
  }

  /**
   * What a step wrote down before creating something, when it has not finished since: the sign that the creation
   * may have happened and must be looked for before it is tried again.
   *
   * @param step the step's name
   * @return the intent's facts, or empty when the step wrote none or has finished
   */
  public Optional<Facts> intent(String step) {
    if (isDone(step)) {
      return Optional.empty();
    }
    Facts found = null;
    for (JournalEntry entry : entries) {
      if (entry.kind() == JournalEntry.Kind.INTENT && entry.step().equals(step)) {
        found = entry.facts();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The input and the facts of every finished step, later steps winning. */
  public Facts facts() {
    Facts facts = input;
    for (JournalEntry entry : entries) {
      if (entry.kind() == JournalEntry.Kind.DONE) {
        facts = facts.with(entry.facts());
      }
    }
    return facts;
  }

  /** The last entry, empty when there is none. */
  public Optional<JournalEntry> lastEntry() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
  }
}

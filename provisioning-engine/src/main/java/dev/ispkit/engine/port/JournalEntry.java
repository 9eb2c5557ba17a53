package dev.ispkit.engine.port;

import dev.ispkit.engine.InvalidSettingException;
import java.time.Instant;

/**
 * One line of a lifecycle run in the {@link Journal}: a step's intent, its completion, a wait for a manual task, a
 * failure, or the end of the run.
 *
 * @param step the step's name ({@code claim-server}, {@code install-os}...); for {@link Kind#FINISHED} the last step
 * @param kind what happened
 * @param facts what the step found or made ({@link Kind#DONE}), what it is about to create ({@link Kind#INTENT}),
 *     the task waited for ({@link Kind#WAITING}), the failure ({@link Kind#FAILED}) or the outcome
 *     ({@link Kind#FINISHED})
 * @param at when, by the engine's clock
 */
public record JournalEntry(String step, Kind kind, Facts facts, Instant at) {

  /** What a journal entry records. */
  public enum Kind {
    /**
     * A step is about to create something on a panel (a user, a VM, a license order) and wrote down the marker it
     * will find its result by, before the call.
     */
    INTENT,
    /** A step finished; its facts are part of the service's facts from now on. */
    DONE,
    /** The run waits for a manual task to be closed by the host. */
    WAITING,
    /** A step failed; the run can be resumed from that step. */
    FAILED,
    /** The run ended (its facts carry the outcome); nothing of it runs again. */
    FINISHED
  }

  /** Validates the values. */
  public JournalEntry {
    InvalidSettingException.requireText("step", step);
    InvalidSettingException.requirePresent("kind", kind);
    InvalidSettingException.requirePresent("facts", facts);
    InvalidSettingException.requirePresent("at", at);
  }
}

package dev.ispkit.vm6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * The status of a VMmanager 6 task. Public code against real panels sees two words: {@code complete} (the task
 * succeeded) and {@code fail} (it did not), and treats every other word as "still working". The panel's words for a
 * task at work are not public: {@code created} and {@code running} are the panel simulator's, and {@code failed} is
 * read as failure in case a version spells it so; none of the three is seen.
 *
 * <p>Only {@link #isSucceeded()} and {@link #isFailed()} are safe to act on. Any other status, an unknown word
 * ({@link #UNKNOWN}) included, counts as still running, so a wait ends only at {@code complete}, at a failure or at
 * its timeout; {@link Task#rawStatus()} keeps the panel's word.
 *
 * <pre>{@code
 * TaskStatus status = vm6.tasks().find(ref).map(Task::status).orElse(TaskStatus.UNKNOWN);
 * if (status.isFailed()) { ... } else if (!status.isSucceeded()) { ... still working ... }
 * }</pre>
 */
public enum TaskStatus {
  /** Queued: the simulator's word, not seen on a real panel. */
  CREATED,
  /** Working: the simulator's word, not seen on a real panel. */
  RUNNING,
  /** Ended well ({@code complete}, seen). */
  COMPLETE,
  /** Ended in failure ({@code fail}, seen). */
  FAIL,
  /** Ended in failure: another spelling, not seen, read as failure all the same. */
  FAILED,
  /** A status this version does not know, or none. */
  UNKNOWN;

  /**
   * The status for the panel's word.
   *
   * @param raw the panel's value, for example {@code complete}
   * @return the status, {@link #UNKNOWN} for an unknown word or none
   */
  public static TaskStatus of(String raw) {
    return OpenEnums.parse(TaskStatus.class, raw, UNKNOWN);
  }

  /** Whether the task ended well. */
  public boolean isSucceeded() {
    return this == COMPLETE;
  }

  /** Whether the task ended in failure. */
  public boolean isFailed() {
    return this == FAIL || this == FAILED;
  }
}

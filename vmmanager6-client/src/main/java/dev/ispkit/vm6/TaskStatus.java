package dev.ispkit.vm6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * The status of a VMmanager 6 task: {@code created} and {@code running} while it works, {@code complete} when it
 * succeeded, {@code fail} or {@code failed} when it did not (both are seen; both mean failure).
 *
 * <p>An unknown word reads as {@link #UNKNOWN} and counts as still running, so a wait ends only on a status it
 * understands or at its timeout; {@link Task#rawStatus()} keeps the panel's word.
 */
public enum TaskStatus {
  /** Queued. */
  CREATED,
  /** Working. */
  RUNNING,
  /** Ended well. */
  COMPLETE,
  /** Ended in failure. */
  FAIL,
  /** Ended in failure (the other spelling). */
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

package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * The status of a DCImanager 6 operation ({@code operation.status} of a server, {@code status} of an operation).
 *
 * <p>Only the server's {@code operation} field is seen in the docs; the value set is decided in {@code
 * docs/panel-contract.md}: {@code ok} is success, {@code failed} (and {@code fail}, {@code error}) failure, {@code
 * canceled} a stopped operation, and any other value, known or not, an operation still running.
 *
 * <pre>{@code
 * OperationStatus last = server.operation().map(Operation::status).orElse(null);
 * boolean lastOk = last == null || last.isSucceeded() || last.isCanceled();
 * }</pre>
 *
 * <p>A word this version does not know, or none, reads as {@link #UNKNOWN} (still running); the operation keeps the
 * word as sent ({@link Operation#rawStatus()}).
 */
public enum OperationStatus {
  /** Queued, not started. */
  NEW,
  /** Running. */
  RUNNING,
  /** Ended well. */
  OK,
  /** Ended in failure. */
  FAILED,
  /** Ended in failure (a spelling some panel versions use). */
  FAIL,
  /** Ended in failure (a spelling some panel versions use). */
  ERROR,
  /** Stopped before it ended. */
  CANCELED,
  /** A value this version does not know, or none: read as still running. */
  UNKNOWN;

  /**
   * The value for the panel's word.
   *
   * @param raw the word as the panel writes it, in any case
   * @return the constant; {@link #UNKNOWN} for a word this version does not know, a blank one or none
   */
  public static OperationStatus of(String raw) {
    return OpenEnums.parse(OperationStatus.class, raw, UNKNOWN);
  }

  /** Whether the operation ended well ({@code ok}). */
  public boolean isSucceeded() {
    return this == OK;
  }

  /** Whether the operation ended in failure ({@code failed}, {@code fail} or {@code error}). */
  public boolean isFailed() {
    return this == FAILED || this == FAIL || this == ERROR;
  }

  /** Whether the operation was stopped ({@code canceled}). */
  public boolean isCanceled() {
    return this == CANCELED;
  }

  /** Whether the operation has ended, in any way; an unknown status reads as still running. */
  public boolean isEnded() {
    return isSucceeded() || isFailed() || isCanceled();
  }
}

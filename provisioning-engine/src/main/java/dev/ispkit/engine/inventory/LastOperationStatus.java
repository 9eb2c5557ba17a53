package dev.ispkit.engine.inventory;

/**
 * The status of the last operation the panel ran on a server (diagnostics, an OS installation, ...).
 *
 * <p>The availability rule accepts {@link #NONE}, {@link #OK} and {@link #CANCELED} ({@link #allowsAllocation()}):
 * nothing failed and nothing is queued or running. The engine reads no panel words: an adapter maps the panel's
 * status (DCImanager's {@code new}, {@code running}, {@code ok}, {@code failed}, {@code fail}, {@code error},
 * {@code canceled}, ...) to these values; the DCImanager 6 table is in {@code provisioning-adapters}. A word the
 * adapter does not know is {@link #UNKNOWN}, which is never "ok".
 *
 * <pre>{@code
 * if (!server.lastOperation().allowsAllocation()) {
 *   log("server " + server.id() + " is busy or failed: " + server.lastOperation());
 * }
 * }</pre>
 */
public enum LastOperationStatus {
  /** The server has no operation at all. Counts as ok: nothing failed and nothing is running. */
  NONE,
  /** The last operation finished successfully. */
  OK,
  /** The last operation was canceled before it finished. */
  CANCELED,
  /** An operation is queued and has not started. */
  NEW,
  /** An operation is running now. */
  RUNNING,
  /** The last operation failed. */
  FAILED,
  /** The panel reported a status the adapter does not know; treated as neither ok nor ended. */
  UNKNOWN;

  /** Whether the availability rule accepts this status: no operation, ok or canceled. */
  public boolean allowsAllocation() {
    return this == NONE || this == OK || this == CANCELED;
  }

  /**
   * Whether nothing is queued or running: the operation ended in any way, or there is none ({@link #NONE}).
   * {@link #UNKNOWN} is not known to have ended.
   */
  public boolean isEnded() {
    return this == NONE || this == OK || this == CANCELED || this == FAILED;
  }
}

package dev.ispkit.engine.availability;

import java.util.Locale;

/**
 * The status of the last operation DCImanager 6 ran on a server ({@code operation.status}).
 *
 * <p>An adapter maps the panel's string with {@link #fromPanel(String)}: {@code LastOperationStatus.fromPanel(
 * json.operation == null ? null : json.operation.status)}.
 */
public enum LastOperationStatus {
  /** The server has no operation at all. Counts as ok: nothing failed and nothing is running. */
  NONE,
  /** The last operation finished successfully. */
  OK,
  /** The last operation was canceled. */
  CANCELED,
  /** The last operation failed. */
  FAILED,
  /** An operation is running now. */
  RUNNING,
  /** The panel reported a status the engine does not know; treated as not ok. */
  UNKNOWN;

  /**
   * Maps the panel's status string: {@code null} is {@link #NONE}; {@code ok}, {@code canceled} (also spelt
   * {@code cancelled}), {@code failed}, {@code running} map to their constants in any case; anything else is
   * {@link #UNKNOWN}, because a panel upgrade may add statuses and an inventory read must not fail on them.
   *
   * @param status the panel's {@code operation.status}, or {@code null} when the server has no operation
   * @return the status
   */
  public static LastOperationStatus fromPanel(String status) {
    if (status == null) {
      return NONE;
    }
    switch (status.trim().toLowerCase(Locale.ROOT)) {
      case "ok":
        return OK;
      case "canceled":
      case "cancelled":
        return CANCELED;
      case "failed":
        return FAILED;
      case "running":
        return RUNNING;
      default:
        return UNKNOWN;
    }
  }

  /** Whether the availability rule accepts this status: no operation, ok or canceled. */
  public boolean allowsAllocation() {
    return this == NONE || this == OK || this == CANCELED;
  }
}

package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

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
 * <p>A value ispkit does not know is kept as sent (see {@link OpenEnum}).
 */
public final class OperationStatus extends OpenEnum {
  /** Queued, not started. */
  public static final OperationStatus NEW = new OperationStatus("new", true);
  /** Running. */
  public static final OperationStatus RUNNING = new OperationStatus("running", true);
  /** Ended well. */
  public static final OperationStatus OK = new OperationStatus("ok", true);
  /** Ended in failure. */
  public static final OperationStatus FAILED = new OperationStatus("failed", true);
  /** Ended in failure (a spelling some panel versions use). */
  public static final OperationStatus FAIL = new OperationStatus("fail", true);
  /** Ended in failure (a spelling some panel versions use). */
  public static final OperationStatus ERROR = new OperationStatus("error", true);
  /** Stopped before it ended. */
  public static final OperationStatus CANCELED = new OperationStatus("canceled", true);

  private static final Map<String, OperationStatus> KNOWN = index(NEW, RUNNING, OK, FAILED, FAIL, ERROR, CANCELED);

  private OperationStatus(String raw, boolean known) {
    super(raw, known);
  }

  /**
   * The value for a raw text: the known constant (ignoring case) or a new unknown value.
   *
   * @param raw the text as the panel writes it
   * @return the value
   * @throws dev.ispkit.client.core.InvalidInputException when the text is null or blank
   */
  public static OperationStatus of(String raw) {
    return of("status", raw, KNOWN, unknown -> new OperationStatus(unknown, false));
  }

  /** What the JSON reader calls: an empty text reads as no value rather than an error. */
  @JsonCreator
  static OperationStatus fromPanel(String raw) {
    return raw == null || raw.isBlank() ? null : of(raw);
  }

  /** Whether the operation ended well ({@code ok}). */
  public boolean isSucceeded() {
    return equals(OK);
  }

  /** Whether the operation ended in failure ({@code failed}, {@code fail} or {@code error}). */
  public boolean isFailed() {
    return equals(FAILED) || equals(FAIL) || equals(ERROR);
  }

  /** Whether the operation was stopped ({@code canceled}). */
  public boolean isCanceled() {
    return equals(CANCELED);
  }

  /** Whether the operation has ended, in any way; an unknown status reads as still running. */
  public boolean isEnded() {
    return isSucceeded() || isFailed() || isCanceled();
  }
}

package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelAuthenticationException;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.PanelOutcomeUnknownException;
import dev.ispkit.client.core.PanelPermissionException;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.PanelServerException;
import dev.ispkit.client.core.PanelUnavailableException;
import java.util.function.Function;

/**
 * The kinds of failure a caller can act on, each with the one {@link PanelException} it becomes: the factory every
 * error decoder uses (the REST panels' status-and-code decoder and the BILLmanager {@code doc.error} decoder), so a
 * kind of failure is the same exception whichever panel reported it.
 *
 * <pre>{@code
 * PanelException e = ErrorKind.NOT_FOUND.create("BILLmanager answered 200 to ...: License 5 not found", details, null);
 * }</pre>
 */
public enum ErrorKind {
  /** The panel refused the credentials or the session. */
  AUTHENTICATION(PanelAuthenticationException.class, PanelAuthenticationException::new),
  /** The account may not do this. */
  PERMISSION(PanelPermissionException.class, PanelPermissionException::new),
  /** No such object. */
  NOT_FOUND(PanelNotFoundException.class, PanelNotFoundException::new),
  /** The request as sent was refused (a bad value, a low balance). */
  INVALID_REQUEST(PanelInvalidRequestException.class, PanelInvalidRequestException::new),
  /** The object is in a state that forbids the call, or already exists. */
  CONFLICT(PanelConflictException.class, PanelConflictException::new),
  /** The panel is waking up, overloaded or behind a failing gateway (503, 502, 504, 429). */
  UNAVAILABLE(PanelUnavailableException.class, PanelUnavailableException::new),
  /** The panel failed (other 5xx). */
  SERVER(PanelServerException.class, PanelServerException::new),
  /** The panel may have acted, but its answer does not say (see {@link PanelOutcomeUnknownException}). */
  OUTCOME_UNKNOWN(PanelOutcomeUnknownException.class, PanelOutcomeUnknownException::new),
  /** The answer cannot be read (not JSON, an HTML page, a redirect, a {@code null}). */
  RESPONSE(PanelResponseException.class, PanelResponseException::new),
  /** No answer arrived: the connection failed, was reset, or a timeout or deadline ran out. */
  CONNECTION(PanelConnectionException.class, PanelConnectionException::new),
  /** A long operation ended in failure. */
  OPERATION_FAILED(OperationFailedException.class, OperationFailedException::new),
  /** A wait for a long operation ran out of time. */
  OPERATION_TIMEOUT(OperationTimeoutException.class, OperationTimeoutException::new);

  /** The constructor every {@link PanelException} has. */
  @FunctionalInterface
  private interface Maker {
    PanelException make(String message, PanelErrorDetails details, Throwable cause);
  }

  private final Class<? extends PanelException> type;
  private final Maker maker;

  ErrorKind(Class<? extends PanelException> type, Maker maker) {
    this.type = type;
    this.maker = maker;
  }

  /**
   * The exception of this kind.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   * @return the exception
   */
  public PanelException create(String message, PanelErrorDetails details, Throwable cause) {
    return maker.make(message, details, cause);
  }

  /**
   * A factory of this kind of exception for the retry policy, which appends how hard it tried (see {@link
   * RetrySignal}).
   *
   * @param text the message before the suffix, secrets already masked
   * @param details what the panel said and which call it answered
   * @return the factory
   */
  public Function<String, PanelException> withSuffix(String text, PanelErrorDetails details) {
    return suffix -> create(text + suffix, details, null);
  }

  /**
   * The kind of an exception, so a failure can be handed on (to every caller that waited for one login, say) as a
   * new exception of the same kind.
   *
   * @param failure the exception
   * @return its kind
   */
  public static ErrorKind of(PanelException failure) {
    // Declared with a subclass (OUTCOME_UNKNOWN) before its superclass (RESPONSE), so the first match is the kind.
    for (ErrorKind kind : values()) {
      if (kind.type.isInstance(failure)) {
        return kind;
      }
    }
    return RESPONSE;
  }

  /**
   * The same failure for another caller: an exception of the same kind, message and details, caused by the original.
   *
   * @param failure the original
   * @param note appended to the message, for example " (the login another caller made)"
   * @return the copy
   */
  static PanelException copyOf(PanelException failure, String note) {
    return of(failure).create(failure.getMessage() + note, PanelErrorDetails.of(failure), failure);
  }
}

package dev.ispkit.client.core;

/**
 * No whole answer arrived: the connection could not be made, was reset, a timeout or the call's deadline ran out,
 * or the answer broke off after its status line (then {@link #httpStatus()} is the status that came).
 *
 * <p>For a call that changes state (a POST), the panel may or may not have acted on it: read the state back
 * before trying again. ispkit never repeats such a call by itself after its request was sent; when the answer's
 * success status came before it broke off, the exception is a {@link PanelOutcomeUnknownException} instead.
 */
public class PanelConnectionException extends PanelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  public PanelConnectionException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}

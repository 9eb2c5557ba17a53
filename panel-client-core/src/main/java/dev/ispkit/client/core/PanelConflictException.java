package dev.ispkit.client.core;

/**
 * The call conflicts with the object's current state (HTTP 409, BILLmanager error type {@code exists}): it already
 * exists, or another operation holds it.
 */
public class PanelConflictException extends PanelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  public PanelConflictException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}

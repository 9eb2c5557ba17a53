package dev.ispkit.client.core;

/**
 * A long panel operation (a DCImanager operation, a VMmanager task, a license waiting for its key) ended in
 * failure.
 *
 * <p>Waits throw it as soon as the panel reports the failure, not at the timeout. {@link #panelMessage()} carries
 * the status and whatever the panel said about the failure.
 */
public class OperationFailedException extends PanelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  public OperationFailedException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}

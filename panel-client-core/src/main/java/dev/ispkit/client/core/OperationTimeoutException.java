package dev.ispkit.client.core;

/**
 * A wait for a long panel operation ran out of time before the operation ended. The operation may still be running
 * on the panel.
 */
public class OperationTimeoutException extends PanelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  public OperationTimeoutException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}

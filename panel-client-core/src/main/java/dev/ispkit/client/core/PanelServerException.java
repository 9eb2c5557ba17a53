package dev.ispkit.client.core;

/**
 * The panel failed while handling the call (HTTP 500 with an error body) and the call was not retried, either
 * because it is not idempotent or because the retries ran out.
 */
public class PanelServerException extends PanelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  public PanelServerException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}

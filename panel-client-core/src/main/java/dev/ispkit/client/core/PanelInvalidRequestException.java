package dev.ispkit.client.core;

/**
 * The panel refused a parameter of the call (HTTP 400 or 422, BILLmanager error type {@code value}).
 *
 * <p>{@link #panelMessage()} says which; for BILLmanager, {@link #panelCode()} is {@code value} and the message
 * names the parameter.
 */
public class PanelInvalidRequestException extends PanelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  public PanelInvalidRequestException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}

package dev.ispkit.client.core;

/**
 * The object the call names does not exist on the panel (HTTP 404, DCImanager/VMmanager code 3080 "instance not
 * found" or 1106 "handler not found", BILLmanager error type {@code missed}).
 */
public class PanelNotFoundException extends PanelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  public PanelNotFoundException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}

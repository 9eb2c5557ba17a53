package dev.ispkit.client.core;

/**
 * The panel answered, but not in a form the client can read: an HTML page from a proxy, a body that is not JSON,
 * JSON of an unexpected shape, or a redirect.
 *
 * <p>The message carries the HTTP status and the first bytes of the body, so a misconfigured base URL or proxy is
 * easy to spot.
 */
public class PanelResponseException extends PanelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  public PanelResponseException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}

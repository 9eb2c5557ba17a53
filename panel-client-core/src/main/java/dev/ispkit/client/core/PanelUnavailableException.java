package dev.ispkit.client.core;

/**
 * The panel could not serve the call: it answered 503 ("service suspended") or another 5xx gateway status for
 * longer than the retry policy allows, or it asks to slow down (429).
 *
 * <p>Nothing about the call itself was wrong; trying again later may succeed.
 */
public class PanelUnavailableException extends PanelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  public PanelUnavailableException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}

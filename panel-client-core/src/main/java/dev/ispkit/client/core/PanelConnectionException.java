package dev.ispkit.client.core;

/**
 * No answer arrived: the connection could not be made, was reset, or a timeout ran out.
 *
 * <p>For a call that changes state (a POST), the panel may or may not have acted on it: read the state back
 * before trying again. ispkit never repeats such a call by itself after its request was sent.
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

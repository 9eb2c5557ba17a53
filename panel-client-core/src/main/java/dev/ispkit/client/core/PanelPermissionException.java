package dev.ispkit.client.core;

/**
 * The panel knows the user but forbids the call (HTTP 403): the account lacks the role the call needs, for example
 * an administrator role for creating users.
 */
public class PanelPermissionException extends PanelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  public PanelPermissionException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}

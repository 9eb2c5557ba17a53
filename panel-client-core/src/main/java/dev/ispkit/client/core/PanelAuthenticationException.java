package dev.ispkit.client.core;

/**
 * The panel refused the credentials: a failed login (HTTP 401, or DCImanager/VMmanager code 1000 or 3001 after
 * one fresh login), or a BILLmanager {@code auth} error.
 *
 * <p>Retrying with the same credentials will not help; check the user name and password in the client
 * configuration.
 */
public class PanelAuthenticationException extends PanelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  public PanelAuthenticationException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}

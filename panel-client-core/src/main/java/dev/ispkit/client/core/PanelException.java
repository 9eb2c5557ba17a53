package dev.ispkit.client.core;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The root of everything a panel client throws once a request has been attempted.
 *
 * <p>Each subclass names a cause a caller can act on ({@link PanelAuthenticationException}, {@link
 * PanelNotFoundException}, {@link PanelUnavailableException}, ...). Every instance carries the HTTP status when
 * there was one, the panel's own error code and message when the panel gave them, and the {@link PanelCall} that
 * failed. The message never contains a password, token, cookie or {@code authinfo}.
 *
 * <pre>{@code
 * try {
 *   dci.servers().get(serverId);
 * } catch (PanelNotFoundException e) {
 *   // the server was removed from the panel
 * } catch (PanelException e) {
 *   log.warn("{} failed: {} (code {})", e.call(), e.panelMessage().orElse("-"), e.panelCode().orElse("-"));
 * }
 * }</pre>
 */
public abstract class PanelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final String panelCode;
  private final String panelMessage;
  private final transient PanelCall call;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  protected PanelException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, cause);
    this.httpStatus = details.httpStatus();
    this.panelCode = details.panelCode();
    this.panelMessage = details.panelMessage();
    this.call = details.call();
  }

  /** The HTTP status of the panel's answer; empty when no answer arrived (connection failures, timeouts). */
  public OptionalInt httpStatus() {
    return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /**
   * The panel's own error code: a number such as {@code 3080} for DCImanager and VMmanager, a type such as {@code
   * value} or {@code missed} for BILLmanager.
   */
  public Optional<String> panelCode() {
    return Optional.ofNullable(panelCode);
  }

  /** The panel's own error message, as it gave it. */
  public Optional<String> panelMessage() {
    return Optional.ofNullable(panelMessage);
  }

  /** The call that failed, secrets masked; empty for failures not tied to one call. */
  public Optional<PanelCall> call() {
    return Optional.ofNullable(call);
  }
}

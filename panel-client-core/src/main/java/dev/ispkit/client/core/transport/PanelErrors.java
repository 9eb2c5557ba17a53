package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.PanelAuthenticationException;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.PanelPermissionException;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.PanelServerException;
import dev.ispkit.client.core.PanelUnavailableException;
import feign.Request;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Turns what a panel answered into the right {@link PanelException}, with one message format for all clients:
 * {@code <panel> answered <status> to <call>: <panel message> (code <code>)}.
 */
public final class PanelErrors {
  /** DCImanager/VMmanager codes that mean "the session is not valid": log in again. */
  static final Set<String> SESSION_CODES = Set.of("1000", "3001");
  /** DCImanager/VMmanager codes that mean "no such object" whatever the status. */
  static final Set<String> NOT_FOUND_CODES = Set.of("3080", "1106");

  private PanelErrors() {}

  /**
   * The exception for an error answer of DCImanager 6 or VMmanager 6.
   *
   * @param panelName the panel, for the message, for example {@code DCImanager 6}
   * @param status the HTTP status
   * @param code the panel's error code, or null
   * @param message the panel's error message, or null
   * @param call the call, secrets masked
   * @return a factory taking a suffix for the message (see {@link RetrySignal})
   */
  public static java.util.function.Function<String, PanelException> forStatus(
      String panelName, int status, String code, String message, PanelCall call) {
    PanelErrorDetails details = new PanelErrorDetails(status, code, message, call);
    String text = panelName + " answered " + status + " to " + call
        + (message == null ? "" : ": " + Redaction.redact(message))
        + (code == null ? "" : " (code " + code + ")");
    if (code != null && SESSION_CODES.contains(code)) {
      return suffix -> new PanelAuthenticationException(text + suffix, details, null);
    }
    if (code != null && NOT_FOUND_CODES.contains(code) && status < 500) {
      return suffix -> new PanelNotFoundException(text + suffix, details, null);
    }
    switch (status) {
      case 401:
        return suffix -> new PanelAuthenticationException(text + suffix, details, null);
      case 403:
        return suffix -> new PanelPermissionException(text + suffix, details, null);
      case 404:
        return suffix -> new PanelNotFoundException(text + suffix, details, null);
      case 409:
        return suffix -> new PanelConflictException(text + suffix, details, null);
      case 429:
      case 502:
      case 503:
      case 504:
        return suffix -> new PanelUnavailableException(text + suffix, details, null);
      default:
        if (status >= 500) {
          return suffix -> new PanelServerException(text + suffix, details, null);
        }
        if (status >= 300 && status < 400) {
          return suffix -> new PanelResponseException(text + suffix, details, null);
        }
        return suffix -> new PanelInvalidRequestException(text + suffix, details, null);
    }
  }

  /**
   * The exception for an answer the client cannot read (HTML from a proxy, text, broken JSON).
   *
   * @param panelName the panel
   * @param status the HTTP status
   * @param contentType the answer's content type, or null
   * @param body the first bytes of the body, or null
   * @param call the call
   * @param cause the parse failure, or null
   * @return the exception
   */
  public static PanelResponseException unreadable(
      String panelName, int status, String contentType, byte[] body, PanelCall call, Throwable cause) {
    String text = panelName + " answered " + status + " to " + call + " with a body that is not the JSON expected"
        + (contentType == null ? "" : " (" + contentType + ")") + ": " + preview(body);
    return new PanelResponseException(text, new PanelErrorDetails(status, null, null, call), cause);
  }

  /**
   * The call of a request, as exceptions show it: the method and the path and query below the host, secrets
   * masked.
   *
   * @param request the request
   * @return the call
   */
  public static PanelCall callOf(Request request) {
    String target;
    try {
      URI uri = URI.create(request.url());
      target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (IllegalArgumentException e) {
      target = request.url();
    }
    return new PanelCall(request.httpMethod().name(), Redaction.redact(target));
  }

  /**
   * The first bytes of a body as readable one-line text, secrets masked, for an error message.
   *
   * @param body the body, or null
   * @return at most about 200 characters
   */
  public static String preview(byte[] body) {
    if (body == null || body.length == 0) {
      return "(empty body)";
    }
    String text = new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8)
        .replaceAll("\\s+", " ").strip();
    text = Redaction.redact(text);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}

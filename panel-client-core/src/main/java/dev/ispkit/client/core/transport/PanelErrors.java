package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelOutcomeUnknownException;
import dev.ispkit.client.core.PanelResponseException;
import feign.Request;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns what a panel answered into the right {@link PanelException}, with one message format for all clients:
 * {@code <panel> answered <status> to <call>: <panel message> (code <code>)}. The kind of exception comes from
 * {@link ErrorKind}; the panel's message is masked (see {@link Redaction}) before it reaches the exception's message
 * or its {@link PanelException#panelMessage()}.
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
  public static Function<String, PanelException> forStatus(
      String panelName, int status, String code, String message, PanelCall call) {
    PanelErrorDetails details = details(status, code, message, call);
    String text = answerText(panelName, status, call, details.panelMessage(), code == null ? null : "code " + code);
    return kindOf(status, code).withSuffix(text, details);
  }

  /** The kind of an error answer of DCImanager 6 or VMmanager 6, by its status and code. */
  static ErrorKind kindOf(int status, String code) {
    if (code != null && SESSION_CODES.contains(code)) {
      return ErrorKind.AUTHENTICATION;
    }
    if (code != null && NOT_FOUND_CODES.contains(code) && status < 500) {
      return ErrorKind.NOT_FOUND;
    }
    switch (status) {
      case 401:
        return ErrorKind.AUTHENTICATION;
      case 403:
        return ErrorKind.PERMISSION;
      case 404:
        return ErrorKind.NOT_FOUND;
      case 409:
        return ErrorKind.CONFLICT;
      case 429:
      case 502:
      case 503:
      case 504:
        return ErrorKind.UNAVAILABLE;
      default:
        if (status >= 500) {
          return ErrorKind.SERVER;
        }
        if (status >= 300 && status < 400) {
          return ErrorKind.RESPONSE;
        }
        return ErrorKind.INVALID_REQUEST;
    }
  }

  /**
   * What the panel said, ready for an exception: its message masked, so neither {@link PanelException#getMessage()}
   * nor {@link PanelException#panelMessage()} can carry a password the panel quoted.
   *
   * @param status the HTTP status, or -1
   * @param code the panel's error code or type, or null
   * @param message the panel's message as it came, or null
   * @param call the call, secrets masked
   * @return the details
   */
  public static PanelErrorDetails details(int status, String code, String message, PanelCall call) {
    return new PanelErrorDetails(status, code, Redaction.redact(message), call);
  }

  /**
   * The one format of an error answer's message: {@code <panel> answered <status> to <call>: <message> (<note>)}.
   *
   * @param panelName the panel
   * @param status the HTTP status
   * @param call the call
   * @param shownMessage the message to show, already masked, or null for none
   * @param note what goes in the parentheses (the code, the object), or null for none
   * @return the text
   */
  public static String answerText(String panelName, int status, PanelCall call, String shownMessage, String note) {
    return panelName + " answered " + status + " to " + call
        + (shownMessage == null ? "" : ": " + shownMessage)
        + (note == null ? "" : " (" + note + ")");
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
   * The exception for the JSON literal {@code null} where the call expects an answer.
   *
   * @param panelName the panel
   * @param status the HTTP status
   * @param call the call
   * @return the exception
   */
  public static PanelResponseException nullAnswer(String panelName, int status, PanelCall call) {
    return new PanelResponseException(panelName + " answered " + status + " to " + call
        + " with null where an answer was expected", new PanelErrorDetails(status, null, null, call), null);
  }

  /**
   * The exception for a call the panel may have carried out although its answer does not say so: the message says
   * what happened and what to do before trying again.
   *
   * @param problem what went wrong, for example {@code VMmanager 6 answered POST /vm/v3/host without the VM's id}
   * @param lookFor what may exist and how to find it, for example {@code the VM may have been created: look for it
   *     with vms().first(Where.field("name").eq("vps-1"))}
   * @param details what the panel said and which call it answered
   * @param cause the failure behind it, or null
   * @return the exception
   */
  public static PanelOutcomeUnknownException outcomeUnknown(String problem, String lookFor, PanelErrorDetails details,
      Throwable cause) {
    return new PanelOutcomeUnknownException(problem + "; " + lookFor + " before trying again", details, cause);
  }

  /**
   * A create whose outcome is unknown (its answer broke off, could not be read, or carried no id), told in the one
   * shape every client uses: what went wrong, that the object may exist, and how to find it.
   *
   * <pre>{@code
   * throw PanelErrors.mayExist(failure, null, "the VM may have been created",
   *     "by its name, vms().first(Where.field(\"name\").eq(\"vps-1\"))", call);
   * }</pre>
   *
   * @param failure the failure of the create call (the transport's outcome-unknown exception), or null when the
   *     answer arrived but lacked the id
   * @param problem what went wrong when {@code failure} is null; ignored otherwise
   * @param mayExist what may exist, for example {@code the license may have been ordered}
   * @param lookFor how to find it, for example {@code in list() by its license name 'Item #1042'}
   * @param call the create call
   * @return the exception to throw
   */
  public static PanelOutcomeUnknownException mayExist(PanelException failure, String problem, String mayExist,
      String lookFor, PanelCall call) {
    String advice = mayExist + ": look for it " + lookFor;
    if (failure == null) {
      return outcomeUnknown(problem, advice, new PanelErrorDetails(200, null, null, call), null);
    }
    PanelErrorDetails details = PanelErrorDetails.of(failure);
    if (details.call() == null) {
      details = new PanelErrorDetails(details.httpStatus(), details.panelCode(), details.panelMessage(), call);
    }
    return outcomeUnknown(withoutAdvice(failure.getMessage()), advice, details, failure);
  }

  /** The message of a transport-made outcome-unknown failure without its generic advice, which a create replaces. */
  private static String withoutAdvice(String message) {
    int advice = message.indexOf(OUTCOME_ADVICE);
    return advice < 0 ? message : message.substring(0, advice);
  }

  /** What the transport says may exist when it cannot know what the call is about. */
  static final String GENERIC_LOOK_FOR = "the panel may have acted on it: read its state";
  /** The generic advice as it stands in a message, which a create replaces by its own. */
  private static final String OUTCOME_ADVICE = "; " + GENERIC_LOOK_FOR;

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

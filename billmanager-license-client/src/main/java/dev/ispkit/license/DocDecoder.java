package dev.ispkit.license;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.transport.Authenticator;
import dev.ispkit.client.core.transport.ErrorKind;
import dev.ispkit.client.core.transport.PanelErrors;
import dev.ispkit.client.core.transport.Redaction;
import dev.ispkit.client.core.transport.RetrySignal;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads BILLmanager's answers: returns the {@code doc} object, or turns {@code doc.error} into a {@link RetrySignal}
 * whatever the HTTP status (BILLmanager answers errors with 200).
 *
 * <p>Error types: {@code value} is an invalid request, {@code missed} not found, {@code exists} a conflict, {@code
 * auth} an authentication failure, {@code access} a permission failure; any other type (for example {@code
 * balance}) is an invalid request carrying the type as its panel code. An {@code auth} error on a request that
 * carried a session makes the session authenticator forget it, and the retry policy logs in once and repeats.
 */
final class DocDecoder implements Decoder {
  private final String panelName;
  private final ObjectMapper mapper;
  private volatile Authenticator authenticator = Authenticator.NONE;

  DocDecoder(String panelName, ObjectMapper mapper) {
    this.panelName = panelName;
    this.mapper = mapper;
  }

  /** The authenticator told of refused sessions: set once the transport it needs exists. */
  void refusalsGoTo(Authenticator authenticator) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    byte[] body = response.body() == null ? new byte[0] : Util.toByteArray(response.body().asInputStream());
    PanelCall call = FuncCall.of(response.request());
    JsonNode root;
    try {
      root = body.length == 0 ? null : mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw RetrySignal.unreadable(unreadable(response, body, call, e), response.request());
    }
    JsonNode doc = root != null && root.has("doc") ? root.get("doc") : root;
    if (doc == null || !doc.isObject()) {
      throw RetrySignal.unreadable(unreadable(response, body, call, null), response.request());
    }
    JsonNode error = doc.get("error");
    if (error != null && error.isArray() && error.size() > 0) {
      error = error.get(0);
    }
    if (error != null && error.isObject()) {
      String errorType = Doc.nonBlank(error, "$type").orElse(null);
      String object = Doc.nonBlank(error, "$object").orElse(null);
      String message = Doc.nonBlank(error, "msg").orElse(null);
      Function<String, PanelException> failure = failure(response.status(), errorType, object, message, call);
      boolean sessionRefused = "auth".equals(errorType) && authenticator.rejected(response.request());
      throw new RetrySignal(sessionRefused ? RetrySignal.Reason.AUTH_REJECTED : RetrySignal.Reason.FATAL,
          failure, response.request());
    }
    return doc;
  }

  /**
   * The exception for a {@code doc.error}, in core's message format: {@code BILLmanager answered 200 to POST
   * /manager/billmgr [func=soft.edit elid=5]: License 5 not found (code missed, object elid)}.
   */
  Function<String, PanelException> failure(int status, String errorType, String object, String message,
      PanelCall call) {
    PanelErrorDetails details = PanelErrors.details(status, errorType, message, call);
    String shownObject = object == null ? null : Redaction.redact(object);
    String text = PanelErrors.answerText(panelName, status, call,
        details.panelMessage() == null ? "an error" : details.panelMessage(),
        "code " + (errorType == null ? "none" : errorType) + (shownObject == null ? "" : ", object " + shownObject));
    return kindOf(errorType).withSuffix(text, details);
  }

  /**
   * The kind of failure a {@code doc.error} type stands for: {@code missed} not found, {@code exists} a conflict,
   * {@code auth} authentication, {@code access} permission; {@code value} and every type not known here an invalid
   * request (the server refused this request as it was sent).
   */
  private static ErrorKind kindOf(String errorType) {
    switch (errorType == null ? "" : errorType.toLowerCase(Locale.ROOT)) {
      case "missed":
        return ErrorKind.NOT_FOUND;
      case "exists":
        return ErrorKind.CONFLICT;
      case "auth":
        return ErrorKind.AUTHENTICATION;
      case "access":
        return ErrorKind.PERMISSION;
      default:
        return ErrorKind.INVALID_REQUEST;
    }
  }

  private PanelException unreadable(Response response, byte[] body, PanelCall call, Throwable cause) {
    return PanelErrors.unreadable(panelName, response.status(), header(response, "content-type"), body, call, cause);
  }

  private static String header(Response response, String name) {
    for (Map.Entry<String, Collection<String>> entry : response.headers().entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().iterator().next();
      }
    }
    return null;
  }
}

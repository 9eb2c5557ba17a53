package dev.ispkit.client.core.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelException;
import feign.Request;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.function.Function;

/**
 * Decodes the error answers of DCImanager 6 and VMmanager 6 ({@code {"error":{"code","msg","value"}}}, HTTP status
 * 400 and up) into a {@link RetrySignal} whose reason tells the retry policy what may be done.
 */
final class PanelErrorDecoder implements ErrorDecoder {
  private static final int MAX_ERROR_BODY = 64 * 1024;

  private final String panelName;
  private final ObjectMapper mapper;
  private final Authenticator authenticator;
  private final Function<Request, PanelCall> callDescriber;

  PanelErrorDecoder(String panelName, ObjectMapper mapper, Authenticator authenticator,
      Function<Request, PanelCall> callDescriber) {
    this.panelName = panelName;
    this.mapper = mapper;
    this.authenticator = authenticator;
    this.callDescriber = callDescriber;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    int status = response.status();
    PanelCall call = callDescriber.apply(response.request());
    byte[] body = read(response);
    String code = null;
    String message = null;
    boolean json = false;
    if (body.length > 0) {
      try {
        JsonNode root = mapper.readTree(body);
        json = root != null && root.isContainerNode();
        JsonNode error = root == null ? null : root.path("error");
        if (error != null && error.isObject()) {
          code = text(error.get("code"));
          message = text(error.get("msg"));
        }
      } catch (IOException notJson) {
        json = false;
      }
    }
    Function<String, PanelException> failure;
    if (!json && body.length > 0) {
      failure = withPreview(status, call, body, response);
    } else {
      failure = PanelErrors.forStatus(panelName, status, code, message, call);
    }
    if (status >= 300 && status < 400) {
      String location = header(response, "location");
      Function<String, PanelException> redirect = failure;
      failure = suffix -> redirect.apply(" (a redirect" + (location == null ? "" : " to " + Redaction.redact(location))
          + ": check the base URL and the API prefix)" + suffix);
    }
    return new RetrySignal(reasonFor(status, code, response), failure, response.request());
  }

  /** A status whose body is not the panel's JSON (a proxy's HTML page): keep the status, show the first bytes. */
  private Function<String, PanelException> withPreview(int status, PanelCall call, byte[] body, Response response) {
    Function<String, PanelException> byStatus = PanelErrors.forStatus(panelName, status, null, null, call);
    String type = header(response, "content-type");
    String preview = " with a body that is not the panel's JSON"
        + (type == null ? "" : " (" + type + ")") + ": " + PanelErrors.preview(body);
    return suffix -> byStatus.apply(preview + suffix);
  }

  private RetrySignal.Reason reasonFor(int status, String code, Response response) {
    boolean sessionRefused = status == 401 || (code != null && PanelErrors.SESSION_CODES.contains(code));
    if (sessionRefused && authenticator.rejected(response.request())) {
      return RetrySignal.Reason.AUTH_REJECTED;
    }
    if (status == 503 || status == 429) {
      return RetrySignal.Reason.NOT_PROCESSED;
    }
    if (status >= 500) {
      return RetrySignal.Reason.TRANSIENT;
    }
    return RetrySignal.Reason.FATAL;
  }

  static String header(Response response, String name) {
    for (java.util.Map.Entry<String, Collection<String>> entry : response.headers().entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().iterator().next();
      }
    }
    return null;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
  }

  private static byte[] read(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readNBytes(MAX_ERROR_BODY);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}

package dev.ispkit.client.core.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Feign's HTTP client for ispkit: one exchange on the facade's OkHttp client, with the whole answer read before
 * Feign sees it.
 *
 * <p>Reading the body here, not in the decoder, puts a failure after the status line (a broken chunk, a reset, a body
 * slower than the read timeout) where Feign hands failures to the retry policy: a read is repeated, a call that is
 * not idempotent is not, and the caller gets a {@link dev.ispkit.client.core.PanelException} either way, never a
 * Feign type. An error answer (3xx and up) is judged by its status, so a body that breaks off there is passed on as
 * far as it came; so is the body of a success to a call that returns nothing.
 *
 * <p>Each attempt ends by the call's deadline: OkHttp's call timeout of the attempt is the configured one or the
 * time left before the deadline, whichever is shorter. An attempt that starts with no time left (only the last look
 * of a wait, made at its timeout) gets {@link #LAST_LOOK}.
 */
final class OkHttpExchange implements Client {
  /** The time an attempt gets when it starts at its deadline: the last look a wait takes at its timeout. */
  static final Duration LAST_LOOK = Duration.ofSeconds(1);

  private final OkHttpClient okHttp;
  private final Duration callTimeout;

  OkHttpExchange(OkHttpClient okHttp, Duration callTimeout) {
    this.okHttp = okHttp;
    this.callTimeout = callTimeout;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Call call = okHttp.newCall(toOkHttp(request));
    Duration attempt = attemptTimeout();
    if (attempt != null) {
      call.timeout().timeout(attempt.toMillis(), TimeUnit.MILLISECONDS);
    }
    try (okhttp3.Response answer = call.execute()) {
      byte[] body = readBody(answer, request);
      return Response.builder()
          .status(answer.code())
          .reason(answer.message())
          .headers(headers(answer.headers()))
          .protocolVersion(protocol(answer.protocol()))
          .request(request)
          .body(body.length == 0 ? null : body)
          .build();
    }
  }

  /** The attempt's timeout: the configured call timeout, cut to the time left before the deadline. */
  private Duration attemptTimeout() {
    Duration limit = callTimeout.isZero() ? null : callTimeout;
    CallContext context = CallContext.current();
    Duration left = context == null ? null : context.remaining();
    if (left == null) {
      return limit;
    }
    if (left.compareTo(LAST_LOOK) < 0) {
      left = LAST_LOOK;
    }
    return limit == null || left.compareTo(limit) < 0 ? left : limit;
  }

  private static byte[] readBody(okhttp3.Response answer, Request request) throws IOException {
    ResponseBody body = answer.body();
    Buffer read = new Buffer();
    try {
      BufferedSource source = body.source();
      while (source.read(read, 8192) != -1) {
        // keep reading until the end of the answer
      }
      return read.readByteArray();
    } catch (IOException broken) {
      if (answer.code() >= 300 || returnsNothing(request)) {
        return read.readByteArray();
      }
      throw new AnswerBrokeOff(answer.code(), broken);
    }
  }

  private static boolean returnsNothing(Request request) {
    if (request.requestTemplate() == null || request.requestTemplate().methodMetadata() == null) {
      return false;
    }
    Type type = request.requestTemplate().methodMetadata().returnType();
    return type == void.class || type == Void.class;
  }

  private static okhttp3.Request toOkHttp(Request request) {
    okhttp3.Request.Builder builder = new okhttp3.Request.Builder().url(request.url());
    MediaType mediaType = null;
    boolean accept = false;
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      String name = header.getKey();
      if (name.equalsIgnoreCase("Content-Type")) {
        // OkHttp writes the content type from the body; a second copy would contradict it.
        mediaType = header.getValue().isEmpty() ? null : MediaType.parse(header.getValue().iterator().next());
        continue;
      }
      accept |= name.equalsIgnoreCase("Accept");
      for (String value : header.getValue()) {
        builder.addHeader(name, value);
      }
    }
    if (!accept) {
      builder.addHeader("Accept", "*/*");
    }
    byte[] content = request.body();
    RequestBody body = null;
    if (request.httpMethod().isWithBody()) {
      body = RequestBody.create(content == null ? new byte[0] : content, mediaType);
    } else if (content != null && content.length > 0) {
      body = RequestBody.create(content, mediaType);
    }
    return builder.method(request.httpMethod().name(), body).build();
  }

  private static Map<String, Collection<String>> headers(Headers headers) {
    Map<String, Collection<String>> map = new LinkedHashMap<>();
    for (String name : headers.names()) {
      map.put(name, List.copyOf(headers.values(name)));
    }
    return map;
  }

  private static Request.ProtocolVersion protocol(okhttp3.Protocol protocol) {
    switch (protocol) {
      case HTTP_1_0:
        return Request.ProtocolVersion.HTTP_1_0;
      case HTTP_2:
      case H2_PRIOR_KNOWLEDGE:
        return Request.ProtocolVersion.HTTP_2;
      default:
        return Request.ProtocolVersion.HTTP_1_1;
    }
  }

  /**
   * The answer's status and headers arrived, its body did not whole: what the retry policy and the caller learn,
   * with the status, so a message can say how far the answer came.
   */
  static final class AnswerBrokeOff extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;

    AnswerBrokeOff(int status, IOException cause) {
      super("the answer (status " + status + ") broke off after its headers: " + cause.getClass().getSimpleName()
          + ": " + cause.getMessage(), cause);
      this.status = status;
    }

    /** The status the answer came with. */
    int status() {
      return status;
    }
  }
}

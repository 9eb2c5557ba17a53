package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.PanelResponseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import feign.RequestTemplate;
import feign.Response;
import feign.codec.Decoder;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * JSON request and answer bodies with ispkit's one mapper.
 *
 * <p>An answer that is not JSON (a proxy's HTML page with status 200, a truncated body) becomes a {@link
 * dev.ispkit.client.core.PanelResponseException} showing the status and the first bytes, never a Jackson stack
 * trace. So does the JSON literal {@code null} where the call expects an answer (an {@code Optional} call reads it
 * as empty, a {@code JsonNode} call as {@code NullNode}): no call of a client returns {@code null} or fails with a
 * {@code NullPointerException} on it. For a call that is not idempotent, the retry policy turns either into a
 * {@link dev.ispkit.client.core.PanelOutcomeUnknownException}: the panel took the call, its answer does not say what
 * it did.
 */
final class PanelCodec implements Encoder, Decoder {
  private final String panelName;
  private final ObjectMapper mapper;

  PanelCodec(String panelName, ObjectMapper mapper) {
    this.panelName = panelName;
    this.mapper = mapper;
  }

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    try {
      byte[] json = mapper.writerFor(mapper.constructType(bodyType)).writeValueAsBytes(object);
      template.removeHeader("Content-Type");
      template.header("Content-Type", "application/json");
      template.body(json, StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new EncodeException("cannot write the request body as JSON: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    byte[] body = bytes(response);
    if (type == String.class) {
      return new String(body, StandardCharsets.UTF_8);
    }
    if (type == byte[].class) {
      return body;
    }
    boolean optional = type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == Optional.class;
    if (isBlank(body)) {
      if (optional) {
        return Optional.empty();
      }
      if (type == JsonNode.class) {
        return NullNode.getInstance();
      }
      throw RetrySignal.unreadable(unreadable(response, body, null), response.request());
    }
    Object value;
    try {
      value = mapper.readValue(body, mapper.constructType(type));
    } catch (JsonProcessingException e) {
      throw RetrySignal.unreadable(unreadable(response, body, e), response.request());
    }
    if (value == null) {
      throw RetrySignal.unreadable(PanelErrors.nullAnswer(panelName, response.status(),
          PanelErrors.callOf(response.request())), response.request());
    }
    return value;
  }

  /**
   * The answer's bytes. The exchange hands Feign the body as one array, so this is one copy of it; Feign's
   * {@code Util.toByteArray} would copy it through a growing buffer, three copies of a 2.5 MB list page.
   */
  private static byte[] bytes(Response response) throws IOException {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readAllBytes();
    }
  }

  private PanelResponseException unreadable(Response response, byte[] body, JsonProcessingException cause) {
    return PanelErrors.unreadable(panelName, response.status(), PanelErrorDecoder.header(response, "content-type"),
        body, PanelErrors.callOf(response.request()), cause);
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }
}

package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: a status, a content type and the bytes, or an order to drop the connection. */
final class Reply {
  static final String JSON = "application/json";

  final int status;
  final String contentType;
  final byte[] body;
  final Map<String, String> headers = new LinkedHashMap<>();
  /** Close the socket without writing a response. */
  final boolean reset;

  private Reply(int status, String contentType, byte[] body, boolean reset) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.reset = reset;
  }

  static Reply json(int status, JsonNode node) {
    return new Reply(status, JSON, Json.bytes(node), false);
  }

  static Reply json(JsonNode node) {
    return json(200, node);
  }

  static Reply jsonBytes(int status, byte[] body) {
    return new Reply(status, JSON, body, false);
  }

  static Reply text(int status, String contentType, String body) {
    return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), false);
  }

  static Reply reset() {
    return new Reply(0, null, new byte[0], true);
  }

  Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}

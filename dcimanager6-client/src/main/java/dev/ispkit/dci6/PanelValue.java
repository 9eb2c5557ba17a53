package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.transport.PanelJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A part of a panel answer whose shape the docs do not fix ({@code hardware_info}, {@code diag_error}, {@code
 * status_info}, {@code state_info}), kept whole as the panel sent it: an object, a list, a text, a number.
 *
 * <pre>{@code
 * Optional<String> board = server.hardwareInfo().flatMap(info -> info.textAt("motherboard", "model"));
 * String diagnosticError = server.diagError().map(PanelValue::text).orElse(null);
 * }</pre>
 */
public final class PanelValue {
  // Only reads trees; an ObjectMapper is thread-safe once configured.
  private static final ObjectMapper PARSER = PanelJson.newMapper();

  private final JsonNode node;

  private PanelValue(JsonNode node) {
    this.node = node;
  }

  /** What the JSON reader calls; a JSON {@code null} reads as no value. */
  @JsonCreator
  static PanelValue fromPanel(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : new PanelValue(node.deepCopy());
  }

  /**
   * A value from JSON text: what a fake panel or a test gives a {@link Server} builder.
   *
   * @param json the JSON text, for example {@code {"motherboard":{"model":"X11SCL-F"}}}
   * @return the value
   * @throws InvalidInputException when the text is not JSON or is {@code null}
   */
  public static PanelValue parse(String json) {
    if (json == null) {
      throw new InvalidInputException("json", null, "must be JSON text");
    }
    try {
      PanelValue value = fromPanel(PARSER.readTree(json));
      if (value == null) {
        throw new InvalidInputException("json", json, "must not be JSON null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("json", json, "is not JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * The value as one line of text: a JSON text as its plain string, anything else as compact JSON. What a report or a
   * manual task shows.
   */
  public String text() {
    return node.isTextual() ? node.textValue() : node.toString();
  }

  /** Whether the value is a JSON object. */
  public boolean isObject() {
    return node.isObject();
  }

  /**
   * The value under a path of object keys.
   *
   * @param path the keys, outermost first, for example {@code "motherboard", "model"}
   * @return the value, or empty when a key is missing, a step is not an object or the value is null
   */
  public Optional<PanelValue> at(String... path) {
    Objects.requireNonNull(path, "path");
    JsonNode current = node;
    for (String key : path) {
      current = current.isObject() ? current.get(key) : null;
      if (current == null || current.isNull()) {
        return Optional.empty();
      }
    }
    return Optional.of(new PanelValue(current));
  }

  /**
   * The text under a path of object keys (see {@link #text()}).
   *
   * @param path the keys, outermost first
   * @return the text, or empty when there is no value there
   */
  public Optional<String> textAt(String... path) {
    return at(path).map(PanelValue::text);
  }

  /**
   * The value as plain Java: an object as an unmodifiable {@code Map<String, Object>} (in the panel's key order,
   * null values kept), a list as an unmodifiable {@code List<Object>}, a text as {@code String}, a number as a {@code
   * Number}, a boolean as {@code Boolean}.
   */
  public Object toJava() {
    return toJava(node);
  }

  /** The value as a map when it is a JSON object (see {@link #toJava()}), an empty map otherwise. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> asMap() {
    return node.isObject() ? (Map<String, Object>) toJava(node) : Map.of();
  }

  private static Object toJava(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        map.put(field.getKey(), toJava(field.getValue()));
      }
      return Collections.unmodifiableMap(map);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(toJava(element)));
      return Collections.unmodifiableList(list);
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    // Binary and POJO nodes never come out of a parsed answer; show them as text rather than lose them.
    return node.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PanelValue && ((PanelValue) other).node.equals(node);
  }

  @Override
  public int hashCode() {
    return node.hashCode();
  }

  /** The value as compact JSON. */
  @Override
  public String toString() {
    return node.toString();
  }
}

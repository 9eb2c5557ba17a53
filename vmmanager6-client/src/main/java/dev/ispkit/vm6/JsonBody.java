package dev.ispkit.vm6;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A request body built field by field. VMmanager refuses properties it does not expect ("Unexpected property"),
 * so a body carries only what the caller set, never a null.
 */
final class JsonBody {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  JsonBody put(String name, Object value) {
    fields.put(name, value);
    return this;
  }

  JsonBody put(String name, Optional<?> value) {
    value.ifPresent(v -> fields.put(name, v));
    return this;
  }

  JsonBody put(String name, OptionalInt value) {
    value.ifPresent(v -> fields.put(name, v));
    return this;
  }

  JsonBody put(String name, OptionalLong value) {
    value.ifPresent(v -> fields.put(name, v));
    return this;
  }

  /** Puts a list only when it holds something: an empty list means "not asked for", not "none". */
  JsonBody putNonEmpty(String name, java.util.Collection<?> values) {
    if (!values.isEmpty()) {
      fields.put(name, values);
    }
    return this;
  }

  Map<String, Object> toMap() {
    return fields;
  }
}

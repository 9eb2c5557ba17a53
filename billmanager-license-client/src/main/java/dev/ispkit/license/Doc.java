package dev.ispkit.license;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads BILLmanager's JSON documents: the root {@code doc}, element text under {@code "$"}, attributes as {@code
 * "$name"} keys, lists as {@code elem}.
 *
 * <p>Tolerant where the real panels vary: a field may also be a bare string or number ({@code sjson}, older
 * versions), and a list of one may arrive as a single object instead of an array.
 */
final class Doc {
  private Doc() {}

  /**
   * The text of a child element ({@code {"name":{"$":"text"}}}) or attribute ({@code {"$name":"text"}}).
   *
   * @return the text, empty when the child is absent; an element without text reads as an empty string
   */
  static Optional<String> text(JsonNode parent, String name) {
    if (parent == null || !parent.isObject()) {
      return Optional.empty();
    }
    JsonNode child = parent.get(name);
    if (child == null || child.isNull() || child.isMissingNode()) {
      return Optional.empty();
    }
    if (child.isArray()) {
      child = child.size() == 0 ? null : child.get(0);
      if (child == null) {
        return Optional.empty();
      }
    }
    if (child.isValueNode()) {
      return Optional.of(child.asText());
    }
    JsonNode text = child.get("$");
    return Optional.of(text == null || text.isNull() ? "" : text.asText());
  }

  /** The text of a child, or empty when it is absent or blank. */
  static Optional<String> nonBlank(JsonNode parent, String name) {
    return text(parent, name).map(String::strip).filter(text -> !text.isEmpty());
  }

  /** The elements of a list: {@code elem} as an array, a single object, or absent (no rows). */
  static List<JsonNode> elems(JsonNode doc) {
    List<JsonNode> rows = new ArrayList<>();
    JsonNode elem = doc == null ? null : doc.get("elem");
    if (elem == null || elem.isNull()) {
      return rows;
    }
    if (elem.isArray()) {
      elem.forEach(row -> {
        if (row.isObject()) {
          rows.add(row);
        }
      });
    } else if (elem.isObject()) {
      rows.add(elem);
    }
    return rows;
  }

  /**
   * A date as BILLmanager writes it ({@code 2026-12-01}, or with a time after it); empty for no date, {@code
   * 0000-00-00}, or a text that is not a date.
   */
  static Optional<LocalDate> date(JsonNode parent, String name) {
    return nonBlank(parent, name).flatMap(text -> {
      if (text.length() < 10) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(text.substring(0, 10)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
  }

  /**
   * A date and time as BILLmanager writes it ({@code 2026-12-01 10:15:00}; a bare date reads as its start); empty for
   * none or a text that is not one.
   */
  static Optional<LocalDateTime> dateTime(JsonNode parent, String name) {
    return nonBlank(parent, name).flatMap(text -> {
      try {
        if (text.length() == 10) {
          return Optional.of(LocalDate.parse(text).atStartOfDay());
        }
        return Optional.of(LocalDateTime.parse(text.replace(' ', 'T')));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
  }
}

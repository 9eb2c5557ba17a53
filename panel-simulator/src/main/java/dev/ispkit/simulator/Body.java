package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A JSON request body read the strict way VMmanager reads them ("Unexpected property"): a property outside the
 * endpoint's set is a 400, so a client that sends what the contract does not name finds out here, not in
 * production.
 */
final class Body {
  private final ObjectNode node;

  private Body(ObjectNode node) {
    this.node = node;
  }

  /** The body of a request whose route declared its {@link BodyShape}. */
  static Body of(Request request) {
    if (request.bodyShape == null) {
      throw new IllegalStateException("the route of " + request.method + " " + request.path + " declares no body");
    }
    return of(request, request.bodyShape.fields());
  }

  static Body of(Request request, Set<String> allowed) {
    ObjectNode node = request.json();
    for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw PanelException.invalid(name, "Unexpected property '" + name + "'");
      }
    }
    return new Body(node);
  }

  boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  long requireLong(String name) {
    if (!has(name)) {
      throw PanelException.invalid(name, "Property '" + name + "' is required");
    }
    return asLong(name);
  }

  Long optLong(String name) {
    return has(name) ? asLong(name) : null;
  }

  private long asLong(String name) {
    JsonNode value = node.get(name);
    if (value.canConvertToLong() && value.isIntegralNumber()) {
      return value.longValue();
    }
    if (value.isTextual() && value.asText().matches("-?\\d+")) {
      return Long.parseLong(value.asText());
    }
    throw PanelException.invalid(name, "Property '" + name + "' must be an integer");
  }

  int optInt(String name, int fallback) {
    return has(name) ? (int) asLong(name) : fallback;
  }

  String requireString(String name) {
    String value = optString(name);
    if (value == null || value.isEmpty()) {
      throw PanelException.invalid(name, "Property '" + name + "' is required");
    }
    return value;
  }

  String optString(String name) {
    if (!has(name)) {
      return null;
    }
    JsonNode value = node.get(name);
    if (!value.isTextual()) {
      throw PanelException.invalid(name, "Property '" + name + "' must be a string");
    }
    return value.asText();
  }

  boolean optBool(String name, boolean fallback) {
    if (!has(name)) {
      return fallback;
    }
    JsonNode value = node.get(name);
    if (!value.isBoolean()) {
      throw PanelException.invalid(name, "Property '" + name + "' must be a boolean");
    }
    return value.booleanValue();
  }

  List<String> optStrings(String name) {
    List<String> out = new ArrayList<>();
    if (!has(name)) {
      return out;
    }
    JsonNode value = node.get(name);
    if (!value.isArray()) {
      throw PanelException.invalid(name, "Property '" + name + "' must be an array of strings");
    }
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw PanelException.invalid(name, "Property '" + name + "' must be an array of strings");
      }
      out.add(element.asText());
    }
    return out;
  }

  JsonNode raw(String name) {
    return node.get(name);
  }
}

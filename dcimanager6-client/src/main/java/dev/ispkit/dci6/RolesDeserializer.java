package dev.ispkit.dci6;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a user's {@code roles} in each shape it is seen in: a JSON list ({@code ["@user"]}), the docs' text {@code
 * "[@user]"}, or a bare {@code "@user"}.
 */
final class RolesDeserializer extends JsonDeserializer<List<String>> {
  @Override
  public List<String> deserialize(JsonParser p, DeserializationContext context) throws IOException {
    List<String> roles = new ArrayList<>();
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      addFromText(p.getText(), roles);
      return roles;
    }
    JsonNode node = p.readValueAsTree();
    if (node != null && node.isArray()) {
      node.forEach(role -> addFromText(role.asText(), roles));
    } else if (node != null && !node.isNull()) {
      addFromText(node.asText(), roles);
    }
    return roles;
  }

  @Override
  public List<String> getNullValue(DeserializationContext context) {
    return List.of();
  }

  private static void addFromText(String text, List<String> roles) {
    String inner = text.strip();
    if (inner.startsWith("[") && inner.endsWith("]")) {
      inner = inner.substring(1, inner.length() - 1);
    }
    for (String role : inner.split(",")) {
      String clean = role.strip();
      if (clean.length() >= 2 && clean.startsWith("\"") && clean.endsWith("\"")) {
        clean = clean.substring(1, clean.length() - 1);
      }
      if (!clean.isEmpty()) {
        roles.add(clean);
      }
    }
  }
}

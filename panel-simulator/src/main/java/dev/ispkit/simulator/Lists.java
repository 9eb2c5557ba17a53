package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The v6 panels' list envelope {@code {"last_notify","list","size"}} over JSON items, with where/orderby/limit. */
final class Lists {
  private Lists() {}

  /**
   * Answers the list; a where or orderby may name the declared fields and any field the items carry, top-level or
   * one level down ({@code account.id}, {@code clusters.id}), so an empty list still knows its declared fields.
   */
  static Reply reply(long lastNotify, List<ObjectNode> items, Request request, Set<String> declared) {
    Set<String> fields = new HashSet<>(declared);
    for (ObjectNode item : items) {
      for (Map.Entry<String, JsonNode> e : item.properties()) {
        fields.add(e.getKey());
        JsonNode value = e.getValue();
        JsonNode inner = value.isArray() && !value.isEmpty() ? value.get(0) : value;
        if (inner.isObject()) {
          inner.fieldNames().forEachRemaining(name -> fields.add(e.getKey() + "." + name));
        }
      }
    }
    ListQuery.Page<ObjectNode> page = new ListQuery<>(ListQuery.json(fields)).apply(items, request.params);
    ObjectNode root = Json.object();
    root.put("last_notify", lastNotify);
    ArrayNode list = root.putArray("list");
    page.items().forEach(list::add);
    root.put("size", page.size());
    return Reply.json(root);
  }
}

package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/** The v6 panels' list envelope {@code {"last_notify","list","size"}} over JSON items, with where/orderby/limit. */
final class Lists {
  private Lists() {}

  static Reply reply(long lastNotify, List<ObjectNode> items, Request request, Set<String> fields) {
    ListQuery.Page<ObjectNode> page = new ListQuery<>(ListQuery.json(fields)).apply(items, request.params);
    ObjectNode root = Json.object();
    root.put("last_notify", lastNotify);
    ArrayNode list = root.putArray("list");
    page.items().forEach(list::add);
    root.put("size", page.size());
    return Reply.json(root);
  }
}

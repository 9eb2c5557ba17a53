package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The OpenAPI 3 document of what the simulator serves for DCImanager 6, VMmanager 6 and auth v4, at
 * {@code GET /openapi.json}: made from the router's own routes, so it lists exactly the paths and methods the
 * simulator answers and, for each JSON body, exactly the properties its strict check accepts. A real panel's Swagger
 * document ({@code https://<host>/swagger/}) can then be compared with the one ispkit codes against, call by call.
 *
 * <p>Paths are written without the optional {@code /api} prefix, under the server {@code /api} (the documented
 * form). Property types are not given (the simulator reads them per handler); the BILLmanager func API, one path with
 * a {@code func} parameter, is not an OpenAPI-shaped API and is left out.
 */
final class OpenApi {
  static final String PATH = "/openapi.json";

  private OpenApi() {}

  static ObjectNode document(Router router) {
    ObjectNode root = Json.object();
    root.put("openapi", "3.0.3");
    root.putObject("info")
        .put("title", "ispkit panel simulator: DCImanager 6, VMmanager 6, auth v4")
        .put("version", "1")
        .put("description", "The paths, methods and JSON bodies the simulator serves, made from its routes "
            + "(docs/panel-contract.md). Every path is also served without the /api prefix.");
    root.putArray("servers").addObject().put("url", "/api");
    Map<String, ObjectNode> paths = new TreeMap<>();
    for (Router.Route route : router.routes()) {
      ObjectNode item = paths.computeIfAbsent(route.template(), template -> pathItem(template));
      item.set(route.method().toLowerCase(Locale.ROOT), operation(route));
    }
    ObjectNode out = root.putObject("paths");
    paths.forEach(out::set);
    return root;
  }

  private static ObjectNode pathItem(String template) {
    ObjectNode item = Json.object();
    ArrayNode parameters = Json.array();
    for (String segment : template.split("/")) {
      if (segment.startsWith("{") && segment.endsWith("}")) {
        parameters.addObject().put("name", segment.substring(1, segment.length() - 1)).put("in", "path")
            .put("required", true).putObject("schema").put("type", "string");
      }
    }
    if (!parameters.isEmpty()) {
      item.set("parameters", parameters);
    }
    return item;
  }

  private static ObjectNode operation(Router.Route route) {
    ObjectNode operation = Json.object();
    operation.put("operationId", route.method().toLowerCase(Locale.ROOT)
        + route.template().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", ""));
    if (route.body() != null) {
      ObjectNode schema = operation.putObject("requestBody").put("required", true).putObject("content")
          .putObject(Reply.JSON).putObject("schema");
      object(schema, route.body().fields());
      route.body().arrayItems().forEach((field, itemFields) -> {
        ObjectNode array = ((ObjectNode) schema.get("properties")).putObject(field);
        array.put("type", "array");
        object(array.putObject("items"), itemFields);
      });
    }
    operation.putObject("responses").putObject("default").put("description",
        "JSON; errors as {\"error\":{\"code\",\"msg\",\"value\"}} with an HTTP status of 400 or more");
    return operation;
  }

  private static void object(ObjectNode schema, Set<String> fields) {
    schema.put("type", "object").put("additionalProperties", false);
    ObjectNode properties = schema.putObject("properties");
    for (String field : fields) {
      properties.putObject(field);
    }
  }
}

package dev.ispkit.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A panel's API as its OpenAPI 3 or Swagger 2 document describes it (the JSON a panel's Swagger page,
 * {@code https://<host>/swagger/}, loads; or the simulator's {@code /openapi.json}): every method at every path, with
 * the names of the request body's properties where the document gives them. Several documents (a panel describes
 * each service, "DCI back", "Auth v4"..., in one of its own) read as one.
 *
 * <p>Paths are compared in one form: the server URL's or base path's prefix joined to the path, a leading
 * {@code /api} before a service removed (the panels serve both), every path parameter written {@code {}}.
 */
final class OpenApiDocument {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
  private static final int MAX_DEPTH = 12;

  /**
   * One method at one path.
   *
   * @param method upper case
   * @param path the compared form: prefix joined, {@code /api} removed, parameters {@code {}}
   * @param bodyFields the request body's property names at any depth, empty when the document gives no body schema
   */
  record Endpoint(String method, String path, Optional<Set<String>> bodyFields) {}

  private final List<String> sources;
  private final List<Endpoint> endpoints;

  private OpenApiDocument(List<String> sources, List<Endpoint> endpoints) {
    this.sources = List.copyOf(sources);
    this.endpoints = List.copyOf(endpoints);
  }

  /**
   * Reads documents from URLs ({@code http://}, {@code https://}) or files.
   *
   * @param sources one or more
   * @throws IOException naming the source that could not be read or is not an OpenAPI document in JSON
   */
  static OpenApiDocument read(List<String> sources) throws IOException {
    List<Endpoint> endpoints = new ArrayList<>();
    for (String source : sources) {
      endpoints.addAll(parse(source, fetch(source)));
    }
    return new OpenApiDocument(sources, endpoints);
  }

  /** A document from its text; {@code source} names it in messages. */
  static OpenApiDocument of(String source, String json) throws IOException {
    return new OpenApiDocument(List.of(source), parse(source, json));
  }

  List<String> sources() {
    return sources;
  }

  List<Endpoint> endpoints() {
    return endpoints;
  }

  /** The number of distinct paths. */
  int pathCount() {
    return (int) endpoints.stream().map(Endpoint::path).distinct().count();
  }

  private static String fetch(String source) throws IOException {
    if (source.startsWith("http://") || source.startsWith("https://")) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      try {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(source))
            .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          throw new IOException(source + " answered HTTP " + answer.statusCode());
        }
        return answer.body();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while reading " + source, e);
      } catch (IllegalArgumentException e) {
        throw new IOException(source + " is not a URL: " + e.getMessage(), e);
      }
    }
    Path file = Path.of(source);
    if (!Files.isReadable(file)) {
      throw new IOException("cannot read the file " + source);
    }
    return Files.readString(file);
  }

  private static List<Endpoint> parse(String source, String text) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IOException(source + " is not JSON (a YAML document or the Swagger page itself? give the JSON "
          + "document the page loads)", e);
    }
    if (root == null || !root.path("paths").isObject()) {
      throw new IOException(source + " is not an OpenAPI or Swagger document: it has no \"paths\"");
    }
    String prefix = prefix(root);
    List<Endpoint> endpoints = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = root.get("paths").fields(); paths.hasNext();) {
      Map.Entry<String, JsonNode> path = paths.next();
      String compared = normalize(prefix + "/" + path.getKey());
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation != null && operation.isObject()) {
          endpoints.add(new Endpoint(method.toUpperCase(Locale.ROOT), compared, bodyFields(root, operation)));
        }
      }
    }
    return endpoints;
  }

  /** The path part of the first server URL (OpenAPI 3) or the base path (Swagger 2); empty when none. */
  private static String prefix(JsonNode root) {
    String url = root.path("servers").path(0).path("url").asText(root.path("basePath").asText(""));
    int scheme = url.indexOf("://");
    if (scheme >= 0) {
      int slash = url.indexOf('/', scheme + 3);
      url = slash < 0 ? "" : url.substring(slash);
    }
    return url;
  }

  /** The compared form of a path (see the class comment). */
  static String normalize(String path) {
    String out = ("/" + path).replaceAll("/+", "/").replaceAll("\\{[^}]*}", "{}");
    while (out.length() > 1 && out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    for (String service : ContractCall.SERVICES) {
      if (out.startsWith("/api" + service + "/") || out.equals("/api" + service)) {
        return out.substring(4);
      }
    }
    return out;
  }

  private static Optional<Set<String>> bodyFields(JsonNode root, JsonNode operation) {
    JsonNode schema = null;
    JsonNode content = operation.path("requestBody").path("content");
    if (content.isObject() && content.size() > 0) {
      JsonNode json = content.has("application/json") ? content.get("application/json") : content.elements().next();
      schema = json.get("schema");
    }
    for (JsonNode parameter : operation.path("parameters")) {
      if ("body".equals(parameter.path("in").asText())) {
        schema = parameter.get("schema");
      }
    }
    if (schema == null) {
      return Optional.empty();
    }
    Set<String> names = new TreeSet<>();
    collect(root, schema, names, new HashSet<>(), 0);
    return Optional.of(names);
  }

  /** Every property name of a schema, following $ref, items, allOf/anyOf/oneOf and nested objects. */
  private static void collect(JsonNode root, JsonNode schema, Set<String> names, Set<String> seen, int depth) {
    if (schema == null || !schema.isObject() || depth > MAX_DEPTH) {
      return;
    }
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isTextual()) {
      if (seen.add(ref.asText()) && ref.asText().startsWith("#/")) {
        collect(root, root.at(ref.asText().substring(1)), names, seen, depth + 1);
      }
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        properties.hasNext();) {
      Map.Entry<String, JsonNode> property = properties.next();
      names.add(property.getKey());
      collect(root, property.getValue(), names, seen, depth + 1);
    }
    collect(root, schema.get("items"), names, seen, depth + 1);
    for (String combination : List.of("allOf", "anyOf", "oneOf")) {
      for (JsonNode part : schema.path(combination)) {
        collect(root, part, names, seen, depth + 1);
      }
    }
  }
}

package dev.ispkit.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a method and a canonical path against templates such as {@code /dci/v3/server/{id}/owner}. The routes, with
 * the body each takes, are also what {@link OpenApi} describes.
 */
final class Router {
  interface Handler {
    Reply handle(Request request);
  }

  /**
   * One route.
   *
   * @param body the JSON body it takes, null for a route without one
   */
  record Route(String method, String template, String[] segments, BodyShape body, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();

  /** A route that takes no body. */
  Router add(String method, String template, Handler handler) {
    return add(method, template, null, handler);
  }

  /** A route whose handler reads a JSON body of this shape ({@code Body.of(request)}). */
  Router add(String method, String template, BodyShape body, Handler handler) {
    routes.add(new Route(method, template, split(template), body, handler));
    return this;
  }

  /** Every route, in the order added. */
  List<Route> routes() {
    return List.copyOf(routes);
  }

  /** The handler, with the request's path variables filled in, or null when nothing matches. */
  Handler find(Request request) {
    String[] path = split(request.path);
    for (Route route : routes) {
      if (!route.method.equals(request.method) || route.segments.length != path.length) {
        continue;
      }
      Map<String, String> vars = match(route.segments, path);
      if (vars != null) {
        request.vars = vars;
        request.bodyShape = route.body;
        return route.handler;
      }
    }
    return null;
  }

  private static Map<String, String> match(String[] template, String[] path) {
    Map<String, String> vars = new LinkedHashMap<>();
    for (int i = 0; i < template.length; i++) {
      String t = template[i];
      if (t.startsWith("{") && t.endsWith("}")) {
        vars.put(t.substring(1, t.length() - 1), path[i]);
      } else if (!t.equals(path[i])) {
        return null;
      }
    }
    return vars;
  }

  private static String[] split(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
  }
}

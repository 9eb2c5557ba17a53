package dev.ispkit.license;

import feign.Request;
import feign.RequestTemplate;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * BILLmanager's requests as {@code application/x-www-form-urlencoded} bodies: written by the encoder, read back by
 * the authenticators (which swap their own parameters on each attempt), the idempotency rule and error messages.
 */
final class Form {
  static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

  private Form() {}

  static byte[] encode(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    fields.forEach((name, value) -> append(out, name, value));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The fields of a body; the first value of a repeated name wins, as BILLmanager reads it. */
  static Map<String, String> parse(byte[] body) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (body == null || body.length == 0) {
      return fields;
    }
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      fields.putIfAbsent(name, value);
    }
    return fields;
  }

  static Map<String, String> parse(Request request) {
    return parse(request.body());
  }

  /**
   * Drops every field named in {@code remove} from the template's body and appends {@code add}: Feign sends the same
   * template again on a retry, so what an attempt set must be replaced, never repeated. Other fields keep their
   * bytes and order.
   */
  static void replace(RequestTemplate template, Set<String> remove, Map<String, String> add) {
    byte[] body = template.body();
    StringBuilder out = new StringBuilder();
    if (body != null) {
      for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        if (remove.contains(decode(eq < 0 ? pair : pair.substring(0, eq)))) {
          continue;
        }
        out.append(out.length() == 0 ? "" : "&").append(pair);
      }
    }
    add.forEach((name, value) -> append(out, name, value));
    template.body(out.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static void append(StringBuilder out, String name, String value) {
    if (out.length() > 0) {
      out.append('&');
    }
    out.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // Only our own encoder writes these bodies; a broken escape would be a bug, and is read as it stands.
      return text;
    }
  }
}

package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One HTTP request as the panels see it: the path with the optional {@code /api} prefix already removed. */
final class Request {
  final String method;
  /** The path as sent, for recording. */
  final String rawPath;
  /** The path every panel routes on: no {@code /api} prefix, no trailing slash. */
  final String path;
  final Panel panel;
  final String rawQuery;
  /** Query parameters, and for BILLmanager the form body too; the first value of each name wins. */
  final Map<String, String> params;
  /** Header names in lower case. */
  final Map<String, List<String>> headers;
  final byte[] body;
  Map<String, String> vars = Map.of();
  /** The body the matched route takes; null before routing, or for a route without a body. */
  BodyShape bodyShape;
  private ObjectNode json;

  Request(String method, String rawPath, String path, Panel panel, String rawQuery, Map<String, String> params,
      Map<String, List<String>> headers, byte[] body) {
    this.method = method;
    this.rawPath = rawPath;
    this.path = path;
    this.panel = panel;
    this.rawQuery = rawQuery;
    this.params = Collections.unmodifiableMap(params);
    this.headers = Collections.unmodifiableMap(headers);
    this.body = body;
  }

  String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The value of a cookie, read from every Cookie header. */
  String cookie(String name) {
    List<String> values = headers.get("cookie");
    if (values == null) {
      return null;
    }
    for (String header : values) {
      for (String part : header.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
          return part.substring(eq + 1).trim();
        }
      }
    }
    return null;
  }

  String param(String name) {
    return params.get(name);
  }

  long longVar(String name) {
    String value = vars.get(name);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw PanelException.invalid(name, "Invalid id '" + value + "'");
    }
  }

  ObjectNode json() {
    if (json == null) {
      json = Json.body(body);
    }
    return json;
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Decodes {@code a=1&b=x+y}: {@code +} is a space, as browsers and the panels' scripts send it. */
  static Map<String, String> parseForm(String raw, Map<String, String> into) {
    if (raw == null || raw.isEmpty()) {
      return into;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      into.putIfAbsent(name, value);
    }
    return into;
  }

  static Map<String, String> parseForm(String raw) {
    return parseForm(raw, new LinkedHashMap<>());
  }

  /**
   * Decodes {@code +} as a space and each valid {@code %XX}; a {@code %} not followed by two hex digits stays as it
   * is, so a hand-written {@code where=name CP '%Srv%'} still reads as meant instead of failing the request.
   */
  static String decode(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else {
        int codePoint = s.codePointAt(i);
        byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        i += Character.charCount(codePoint) - 1;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}

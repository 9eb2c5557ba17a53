package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Drives the simulator with plain java.net.http, the way any client would; never through ispkit clients. */
final class Http {
  static final ObjectMapper MAPPER = new ObjectMapper();

  record Response(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
      }
    }
  }

  final PanelSimulator sim;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  String token;

  Http(PanelSimulator sim) {
    this.sim = sim;
  }

  /** Logs in as the admin and keeps the token for later calls. */
  Http login() {
    Response r = post("/api/auth/v4/public/token",
        "{\"email\":\"" + sim.options().adminEmail() + "\",\"password\":\"" + sim.options().adminPassword() + "\"}");
    if (r.status() != 201) {
      throw new IllegalStateException("login failed: " + r.status() + " " + r.body());
    }
    token = r.json().get("token").asText();
    return this;
  }

  Response get(String pathAndQuery) {
    return send(builder(pathAndQuery).GET());
  }

  Response post(String path, String json) {
    return send(builder(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response delete(String path) {
    return send(builder(path).DELETE());
  }

  /** A BILLmanager call as a POST form with authinfo and out=json; pairs are name, value, name, value... */
  Response billing(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("authinfo", sim.options().billingUser() + ":" + sim.options().billingPassword());
    form.put("out", "json");
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return billingForm(form);
  }

  Response billingForm(Map<String, String> form) {
    return send(HttpRequest.newBuilder(URI.create(sim.billmgrUrl())).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(form))));
  }

  static String form(Map<String, String> form) {
    StringJoiner out = new StringJoiner("&");
    form.forEach((k, v) -> out.add(enc(k) + "=" + enc(v)));
    return out.toString();
  }

  /** Encodes a query value; spaces become %20 so the panels' own "+" separators are never needed. */
  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  HttpRequest.Builder builder(String pathAndQuery) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.baseUrl() + pathAndQuery))
        .timeout(Duration.ofSeconds(30)).header("isp-box-instance", "true");
    if (token != null) {
      b.header("x-xsrf-token", token).header("Cookie", "ses6=" + token);
    }
    return b;
  }

  Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static SimulatorOptions.Builder manual() {
    return SimulatorOptions.builder().clock(SimulatorClock.manual(java.time.Instant.parse("2025-06-01T09:00:00Z")));
  }
}

package dev.ispkit.license;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.transport.FakeTime;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test fixtures: a license server on WireMock at {@code /manager/billmgr}, its answers in BILLmanager's JSON, and the
 * requests it received read back as form fields (decoded here independently of the client's own form code).
 */
final class LicenseServer {
  static final String PATH = "/manager/billmgr";
  static final String USER = "reseller";
  /** Characters that need escaping in a form, so encoding and masking are both exercised. */
  static final String PASSWORD = "Pa55:w0rd&ne ver=logged;'%";
  static final String AUTHINFO = USER + ":" + PASSWORD;
  static final String SESSION = "5b1d9e2c7a6f4e03b8a1";
  static final String SESSION_2 = "9c0e7f3a2b1d4c58a6e2";
  static final String KEY = "LK-7f3a9c0e2b1d4c58a6e2-SECRET";

  private LicenseServer() {}

  static ClientConfig.Builder config(WireMockRuntimeInfo wm, FakeTime time) {
    return time.clientConfig(wm.getHttpBaseUrl() + PATH, Credentials.of(USER, PASSWORD));
  }

  static LicenseServerClient client(WireMockRuntimeInfo wm, FakeTime time) {
    return LicenseServerClient.create(config(wm, time).build());
  }

  static LicenseServerClient sessionClient(WireMockRuntimeInfo wm, FakeTime time) {
    return LicenseServerClient.builder(config(wm, time).build()).authMode(AuthMode.SESSION).build();
  }

  /** A POST of one function. */
  static MappingBuilder func(String func) {
    return post(urlPathEqualTo(PATH)).withFormParam("func", equalTo(func));
  }

  /** A 200 answer with the given members of {@code doc}, as BILLmanager sends it. */
  static ResponseDefinitionBuilder doc(String members) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8")
        .withBody(docJson(members));
  }

  /** The JSON of an answer with the given members of {@code doc}. */
  static String docJson(String members) {
    return "{\"doc\":{\"$lang\":\"en\",\"$func\":\"x\"" + (members.isEmpty() ? "" : "," + members) + "}}";
  }

  /** BILLmanager's error answer: HTTP 200 with {@code doc.error}. */
  static ResponseDefinitionBuilder error(String type, String object, String message) {
    return doc("\"error\":{\"$type\":\"" + type + "\",\"$object\":\"" + object + "\",\"msg\":{\"$\":\"" + message
        + "\"}}");
  }

  static ResponseDefinitionBuilder ok() {
    return doc("\"ok\":{}");
  }

  /** {@code "name":{"$":"value"}}. */
  static String field(String name, String value) {
    return "\"" + name + "\":{\"$\":\"" + value + "\"}";
  }

  /** The login answer, with the request's fields echoed in {@code tparams} as BILLmanager does. */
  static ResponseDefinitionBuilder session(String id) {
    return doc("\"auth\":{\"$id\":\"" + id + "\",\"$level\":\"16\",\"$\":\"" + id + "\"},"
        + "\"tparams\":{\"func\":{\"$\":\"auth\"},\"username\":{\"$\":\"" + USER + "\"},"
        + "\"password\":{\"$\":\"" + PASSWORD.replace("\"", "\\\"") + "\"}}");
  }

  /** Every request the server received, oldest first. */
  static List<LoggedRequest> requests(WireMockRuntimeInfo wm) {
    return wm.getWireMock().find(postRequestedFor(urlPathEqualTo(PATH)));
  }

  /** The form fields of a request in the order sent, repeated names kept. */
  static List<Map.Entry<String, String>> form(LoggedRequest request) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    String body = request.getBodyAsString();
    if (body.isEmpty()) {
      return fields;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      fields.add(new AbstractMap.SimpleImmutableEntry<>(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
    }
    return fields;
  }

  /** The form of the only request received. */
  static List<Map.Entry<String, String>> onlyForm(WireMockRuntimeInfo wm) {
    List<LoggedRequest> requests = requests(wm);
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests.size());
    }
    return form(requests.get(0));
  }

  static Map.Entry<String, String> entry(String name, String value) {
    return new AbstractMap.SimpleImmutableEntry<>(name, value);
  }
}

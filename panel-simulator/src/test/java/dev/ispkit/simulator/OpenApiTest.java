package dev.ispkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's OpenAPI document says what the simulator does: every path and method it lists is routed, a method
 * it does not list is not, and every JSON body it describes is exactly the set of properties the strict body check
 * accepts.
 */
class OpenApiTest {
  private PanelSimulator sim;
  private Http http;
  private JsonNode document;

  /** A simulator per test: the calls below change what they reach. */
  @BeforeEach
  void start() {
    sim = PanelSimulator.start(Http.manual().servers(20).seed(4).build());
    http = new Http(sim);
    Http.Response answer = http.get("/openapi.json");
    assertThat(answer.status()).isEqualTo(200);
    document = answer.json();
    http.login();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void isAnOpenApi3DocumentServedWithoutALogin() {
    assertThat(document.get("openapi").asText()).isEqualTo("3.0.3");
    assertThat(document.at("/servers/0/url").asText()).isEqualTo("/api");
    assertThat(document.get("paths").size()).isGreaterThan(40);
    assertThat(document.at("/paths/~1dci~1v3~1server~1{id}~1owner/parameters/0/name").asText()).isEqualTo("id");
  }

  @Test
  void describesEachBodyWithTheRoutesOwnProperties() {
    JsonNode owner = document.at("/paths/~1dci~1v3~1server~1{id}~1owner");
    assertThat(fieldNames(owner)).containsExactlyInAnyOrder("delete", "parameters", "post");
    JsonNode schema = owner.at("/post/requestBody/content/application~1json/schema");
    assertThat(fieldNames(schema.get("properties"))).containsExactly("owner");
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    assertThat(owner.at("/delete/requestBody").isMissingNode()).isTrue();

    JsonNode interfaces = document.at("/paths/~1vm~1v3~1host/post/requestBody/content/application~1json/schema"
        + "/properties/custom_interfaces");
    assertThat(interfaces.get("type").asText()).isEqualTo("array");
    assertThat(fieldNames(interfaces.at("/items/properties"))).contains("bridge", "ip_name", "ippool", "ip_count");
  }

  @Test
  void everyListedMethodIsRoutedAndNoOtherIs() {
    for (Map.Entry<String, JsonNode> path : entries(document.get("paths"))) {
      // Ids nothing has: the answer is "not found" where a route matches, and nothing is changed.
      String concrete = path.getKey().replaceAll("\\{[^}]*}", "999999");
      for (String method : List.of("get", "post", "delete")) {
        Http.Response answer = send(method, concrete, "{}");
        boolean routed = !(answer.status() == 404 && answer.json().at("/error/code").asInt() == 1106);
        assertThat(routed).as("%s %s", method, path.getKey()).isEqualTo(path.getValue().has(method));
      }
    }
  }

  @Test
  void everyDescribedBodyIsExactlyWhatTheStrictCheckAccepts() {
    // A VM of its own, so that the host and disk paths reach their body check instead of "not found".
    Http.Response created = http.post("/vm/v3/host", "{\"name\":\"openapi-probe\",\"password\":\"Pa55word\","
        + "\"cluster\":1,\"os\":1,\"cpu_number\":1,\"ram_mib\":1024,\"hdd_mib\":10240,\"ipv4_number\":1}");
    long host = created.json().get("id").asLong();
    sim.advance(Duration.ofHours(1));
    http.login();
    long disk = http.get("/vm/v3/host?where=id%20EQ%20" + host).json().at("/list/0/disk/id").asLong();
    for (Map.Entry<String, JsonNode> path : entries(document.get("paths"))) {
      JsonNode post = path.getValue().get("post");
      if (post == null || !post.has("requestBody")) {
        continue;
      }
      String concrete = path.getKey().replace("/vm/v3/disk/{id}", "/vm/v3/disk/" + disk)
          .replace("/vm/v3/host/{id}", "/vm/v3/host/" + host).replaceAll("\\{[^}]*}", "1");
      JsonNode properties = post.at("/requestBody/content/application~1json/schema/properties");
      ObjectNode listed = Json.object();
      fieldNames(properties).forEach(listed::putNull);
      assertThat(send("post", concrete, listed.toString()).body()).as("POST %s", path.getKey())
          .doesNotContain("Unexpected property");
      // Lets a task the call started end, so the VM takes the next action; the session is renewed after it.
      sim.advance(Duration.ofHours(1));
      http.login();
      ObjectNode unlisted = Json.object().putNull("ispkit_unlisted");
      assertThat(send("post", concrete, unlisted.toString()).body()).as("POST %s", path.getKey())
          .contains("Unexpected property 'ispkit_unlisted'");
    }
  }

  private Http.Response send(String method, String path, String json) {
    switch (method) {
      case "get":
        return http.get(path);
      case "delete":
        return http.delete(path);
      default:
        return http.post(path, json);
    }
  }

  private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    node.fields().forEachRemaining(out::add);
    return out;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      names.add(it.next().toLowerCase(Locale.ROOT));
    }
    return names;
  }
}

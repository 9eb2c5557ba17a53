package dev.ispkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The seedable inventory: determinism, a realistic mix of states and shapes, and 20 000 servers. */
class GeneratorTest {

  private static String serverList(long seed, int servers) {
    try (PanelSimulator sim = PanelSimulator.start(Http.manual().servers(servers).seed(seed).build())) {
      return new Http(sim).login().get("/dci/v3/server").body();
    }
  }

  @Test
  void sameSeedGivesByteIdenticalJson() {
    String first = serverList(42, 500);
    String second = serverList(42, 500);

    assertThat(first).hasSizeGreaterThan(500_000);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void anotherSeedGivesAnotherInventory() {
    assertThat(serverList(43, 100)).isNotEqualTo(serverList(42, 100));
  }

  @Test
  void labelsAreWrittenTheWayProvidersWriteThem() {
    assertThat(InventoryGenerator.label("i9-9900K", 64, List.of("1024NVMe", "1024NVMe")))
        .isEqualTo("i9-9900K-64Gb-2x1024NVMe");
    assertThat(InventoryGenerator.label("E-2146G", 64, List.of("1920SSD", "3840SSD")))
        .isEqualTo("E-2146G-64Gb-1920SSD-3840SSD");
    assertThat(InventoryGenerator.label("2xE5-2680v4", 128, List.of("960SSD", "960SSD")))
        .isEqualTo("2xE5-2680v4-128Gb-2x960SSD");
  }

  @Test
  void inventoryHasTheRealisticMixOfStatesAndShapes() {
    try (PanelSimulator sim = PanelSimulator.start(Http.manual().servers(2000).locations(4).seed(9).build())) {
      JsonNode list = new Http(sim).login().get("/dci/v3/server").json().get("list");
      Map<String, Integer> seen = new HashMap<>();
      Map<String, Integer> macs = new HashMap<>();
      for (JsonNode s : list) {
        count(seen, "owned", !s.get("owner").isNull());
        count(seen, "free", s.get("owner").isNull());
        count(seen, "maintenance", s.get("maintenance_mode").asBoolean());
        count(seen, "undefined configuration", s.get("configuration").asText().isEmpty());
        count(seen, "diag error", !s.get("diag_error").isNull());
        count(seen, "status error", s.get("state").asText().equals("error"));
        count(seen, "has_errors without diag_error", s.get("has_errors").asBoolean() && s.get("diag_error").isNull());
        count(seen, "not in exploitation", !s.get("exploitation_status").asText().equals("in_exploitation"));
        count(seen, "new", s.get("is_new").asBoolean());
        count(seen, "last operation failed", s.at("/operation/status").asText().equals("failed"));
        count(seen, "last operation canceled", s.at("/operation/status").asText().equals("canceled"));
        count(seen, "no operation", s.get("operation").isNull());
        count(seen, "custom configuration", s.get("is_custom_configuration").asBoolean());
        count(seen, "pdu array", s.get("pdu_connection").isArray() && !s.get("pdu_connection").isEmpty());
        count(seen, "pdu empty", s.get("pdu_connection").isArray() && s.get("pdu_connection").isEmpty());
        count(seen, "pdu object", s.get("pdu_connection").isObject());
        count(seen, "ipmi flag bool", s.at("/switch_connection/0/is_ipmi_connection").isBoolean());
        count(seen, "ipmi flag int", s.at("/switch_connection/0/is_ipmi_connection").isInt());
        count(seen, "ipmi port", s.get("switch_connection").size() == 2);
        count(seen, "power unknown", s.get("power_status").asText().equals("unknown"));
        count(seen, "power off", s.get("power_status").asText().equals("off"));
        count(seen, "dual socket", s.get("configuration").asText().startsWith("2x"));
        count(seen, "ipv6", !s.get("main_ipv6").isNull());
        count(seen, "location 4", s.get("location_id").asInt() == 4);
        macs.merge(s.get("mac").asText(), 1, Integer::sum);
      }
      assertThat(seen).allSatisfy((what, count) -> assertThat(count).as(what).isPositive());
      assertThat(seen.get("owned")).isBetween(700, 1100);
      assertThat(seen.get("free")).isBetween(900, 1300);
      assertThat(macs.values()).as("some MACs are duplicated").anySatisfy(n -> assertThat(n).isGreaterThan(1));
      assertThat(seen).containsKey("undefined configuration");
    }
  }

  /** Streams the answer: the number of servers in {@code list} and the {@code size}, without a 50 MB tree. */
  private static long[] streamCount(Http http, String path) throws Exception {
    long[] count = {0};
    long size = walkList(http, path, p -> {
      p.skipChildren();
      count[0]++;
    });
    return new long[] {count[0], size};
  }

  /** Hands over the servers of {@code list} one at a time, so 20 000 of them never sit in one 50 MB tree. */
  private static void eachServer(Http http, String path, Consumer<JsonNode> visit) throws Exception {
    walkList(http, path, p -> visit.accept(Http.MAPPER.readTree(p)));
  }

  /** One element of {@code list}, the parser on its START_OBJECT; it must consume the object. */
  private interface ElementReader {
    void read(JsonParser parser) throws IOException;
  }

  /** Streams a list answer, giving each element of {@code list} to the reader; returns {@code size} (-1 if none). */
  private static long walkList(Http http, String path, ElementReader element) throws Exception {
    HttpResponse<InputStream> r = http.client.send(http.builder(path).GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    long size = -1;
    try (JsonParser p = Http.MAPPER.getFactory().createParser(r.body())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("list")) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            element.read(p);
          }
        } else if (field.equals("size")) {
          size = p.getLongValue();
        } else {
          p.skipChildren();
        }
      }
    }
    return size;
  }

  private static void count(Map<String, Integer> seen, String what, boolean hit) {
    seen.merge(what, hit ? 1 : 0, Integer::sum);
  }

  /**
   * The shares the README promises, over 20 000 servers: about 45 % owned; of the rest 3 % in maintenance, 5 % with
   * failed diagnostics, 2 % with a status error; 2 % of all servers re-use a MAC another server reports.
   */
  @Test
  void twentyThousandServersHoldEveryStateKindInAPlausibleShare() throws Exception {
    try (PanelSimulator sim = PanelSimulator.start(Http.manual().servers(20_000).locations(5).seed(1).build())) {
      Map<String, Integer> seen = new HashMap<>();
      Set<String> macs = new HashSet<>();
      Set<String> states = new HashSet<>();

      eachServer(new Http(sim).login(), "/api/dci/v3/server", s -> {
        boolean owned = !s.get("owner").isNull();
        count(seen, "all", true);
        count(seen, "owned", owned);
        count(seen, "free", !owned);
        count(seen, "maintenance", s.get("maintenance_mode").asBoolean());
        count(seen, "owned in maintenance", owned && s.get("maintenance_mode").asBoolean());
        count(seen, "failed diagnostics", !s.get("diag_error").isNull() && s.get("has_errors").asBoolean()
            && s.at("/operation/type").asText().equals("diag")
            && s.at("/operation/status").asText().equals("failed") && s.get("configuration").asText().isEmpty());
        count(seen, "diag_error otherwise", !s.get("diag_error").isNull() && !s.at("/operation/status").asText()
            .equals("failed"));
        count(seen, "status error", s.get("state").asText().equals("error") && s.get("has_errors").asBoolean()
            && !s.get("state_info").asText().isEmpty());
        count(seen, "duplicated MAC", !macs.add(s.get("mac").asText()));
        states.add(s.get("state").asText());
      });

      int all = seen.get("all");
      int free = seen.get("free");
      assertThat(all).isEqualTo(20_000);
      assertThat(states).as("state values").containsExactlyInAnyOrder("ok", "error");
      assertThat(share(seen.get("owned"), all)).as("owned of all").isBetween(0.42, 0.48);
      assertThat(share(seen.get("maintenance"), free)).as("maintenance of the free").isBetween(0.02, 0.04);
      assertThat(seen.get("owned in maintenance")).isZero();
      assertThat(share(seen.get("failed diagnostics"), free)).as("failed diagnostics of the free")
          .isBetween(0.035, 0.065);
      assertThat(seen.get("diag_error otherwise")).as("diag_error only with a failed operation").isZero();
      assertThat(share(seen.get("status error"), free)).as("status errors of the free").isBetween(0.012, 0.03);
      assertThat(share(seen.get("duplicated MAC"), all)).as("servers re-using a MAC, of all")
          .isBetween(0.015, 0.025);
    }
  }

  private static double share(int count, int of) {
    return (double) count / of;
  }

  @Test
  void twentyThousandServersAreGeneratedAndServed() throws Exception {
    try (PanelSimulator sim = PanelSimulator.start(Http.manual().servers(20_000).locations(5).seed(1).build())) {
      Http http = new Http(sim).login();

      long[] countAndSize = streamCount(http, "/api/dci/v3/server");
      JsonNode page = http.get("/api/dci/v3/server?orderby=id%20desc&limit=100,50&where="
          + Http.enc("owner_email IS null AND is_new EQ false")).json();

      assertThat(countAndSize[0]).as("elements in list").isEqualTo(20_000);
      assertThat(countAndSize[1]).as("size").isEqualTo(20_000);
      assertThat(page.get("list")).hasSize(50);
      assertThat(page.get("size").asInt()).isBetween(8_000, 12_000);
      assertThat(sim.serverCount()).isEqualTo(20_000);
    }
  }
}

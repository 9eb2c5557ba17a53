package dev.ispkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read side of DCImanager: server lists with the real panel's queries, one server, counts, locations. */
class DciServersTest {
  static PanelSimulator sim;
  static Http http;

  @BeforeAll
  static void start() {
    sim = PanelSimulator.start(Http.manual().servers(300).locations(3).seed(11).build());
    http = new Http(sim).login();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static List<JsonNode> list(JsonNode body) {
    List<JsonNode> out = new ArrayList<>();
    body.get("list").forEach(out::add);
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/dci/v3/server", "/dci/v3/server"})
  void listHasTheEnvelopeUnderBothPrefixes(String path) {
    Http.Response r = http.get(path);

    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("size").asInt()).isEqualTo(300);
    assertThat(body.get("list")).hasSize(300);
    assertThat(body.get("last_notify").isInt()).isTrue();
  }

  @Test
  void everyServerCarriesTheFullFieldSetOfTheCapturedList() {
    JsonNode first = http.get("/dci/v3/server?limit=0,1").json().get("list").get(0);
    Set<String> expected = Set.of("barcode", "chassis", "configuration", "custom_configuration", "diag_error",
        "domain", "exploitation_status", "generated_configuration", "has_errors", "id", "intel_amt", "ip", "ipmi",
        "is_custom_configuration", "is_new", "location", "location_id", "mac", "main_ipv4", "main_ipv4_info",
        "main_ipv6", "main_ipv6_info", "model", "name", "nomenclature", "note", "operation", "os_template",
        "owner", "owner_email", "pdu", "pdu_connection", "platform", "power_status", "price", "rack",
        "reserved_to_date", "serial_number", "server_profile_operation", "settings", "slot", "state", "state_info",
        "switch_connection", "unit", "user_note", "uuid", "warehouse", "warehouse_status",
        "warehouse_status_info", "warranty");
    List<String> names = new ArrayList<>();
    first.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsAll(expected).contains("maintenance_mode");
    assertThat(names).isSorted();
  }

  @Test
  void theRealFreeServerQueryFromTheDocsWorks() {
    // thirdmadman/freeds-selection: the "free servers" URL, + as the separator, as sent in production.
    Http.Response r = http.get("/api/dci/v3/server?orderby=owner_email%20asc&limit=0,400"
        + "&where=(owner_email%20IS%20null)+AND+is_new%20EQ%20false");

    List<JsonNode> servers = list(r.json());
    assertThat(servers).isNotEmpty().allSatisfy(s -> {
      assertThat(s.get("owner").isNull()).isTrue();
      assertThat(s.get("is_new").asBoolean()).isFalse();
    });
    long expected = sim.serverCount() - list(http.get("/dci/v3/server?where=" + Http.enc(
        "owner_email IS NOT null OR is_new EQ true")).json()).size();
    assertThat(r.json().get("size").asLong()).isEqualTo(expected);
  }

  @Test
  void limitPagesWhileSizeCountsAllMatches() {
    JsonNode all = http.get("/dci/v3/server?where=" + Http.enc("location_id EQ 1") + "&orderby=id%20asc").json();
    JsonNode page = http.get("/dci/v3/server?where=" + Http.enc("location_id EQ 1")
        + "&orderby=id%20asc&limit=4,18").json();

    assertThat(page.get("size").asInt()).isEqualTo(all.get("size").asInt()).isGreaterThan(22);
    assertThat(page.get("list")).hasSize(18);
    assertThat(page.get("list").get(0).get("id")).isEqualTo(all.get("list").get(4).get("id"));
  }

  @Test
  void ownerEmailFlatAndDottedFieldsAgree() {
    String email = list(http.get("/dci/v3/server?where=" + Http.enc("owner_email IS NOT null")
        + "&limit=0,1").json()).get(0).get("owner_email").asText();

    JsonNode flat = http.get("/dci/v3/server?where=" + Http.enc("owner_email EQ '" + email + "'")).json();
    JsonNode dotted = http.get("/dci/v3/server?where=" + Http.enc("(owner.email EQ '" + email + "')")).json();

    assertThat(flat.get("size").asInt()).isPositive().isEqualTo(dotted.get("size").asInt());
    assertThat(list(flat)).allSatisfy(s -> assertThat(s.at("/owner/email").asText()).isEqualTo(email));
  }

  @Test
  void nameContainsPatternAndIpLookup() {
    JsonNode byName = http.get("/dci/v3/server?where=" + Http.enc("name CP '%s1001%'")).json();
    assertThat(list(byName)).extracting(s -> s.get("name").asText())
        .hasSize(10).allSatisfy(name -> assertThat(name).startsWith("cs1001"));

    JsonNode owned = list(http.get("/dci/v3/server?where=" + Http.enc("main_ipv4 IS NOT null")
        + "&limit=0,1").json()).get(0);
    String address = owned.get("ip").get(0).get("name").asText();
    JsonNode byIp = http.get("/dci/v3/server?where=" + Http.enc("ip.name EQ '" + address + "'")).json();
    assertThat(list(byIp)).extracting(s -> s.get("id").asLong()).containsExactly(owned.get("id").asLong());
  }

  @Test
  void unknownFieldIsThePanels400() {
    Http.Response r = http.get("/dci/v3/server?where=" + Http.enc("colour EQ 'red'"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/code").asInt()).isEqualTo(5001);
    assertThat(r.json().at("/error/msg").asText()).contains("colour");
    assertThat(r.json().at("/error/value/field").asText()).isEqualTo("colour");
  }

  @Test
  void oneServerAddsHardwareInfo() {
    JsonNode s = http.get("/api/dci/v3/server/7").json();

    assertThat(s.get("id").asLong()).isEqualTo(7);
    assertThat(s.at("/hardware_info/motherboard/model").asText()).isNotEmpty();
    assertThat(s.at("/hardware_info/memory/total_gb").asInt()).isPositive();
    assertThat(http.get("/dci/v3/server/99999").json().at("/error/code").asInt()).isEqualTo(3080);
    assertThat(http.get("/dci/v3/server/99999").status()).isEqualTo(404);
  }

  @Test
  void firstOfMainIpv4InfoIsTheOverflowingSentinel() {
    String raw = http.get("/dci/v3/server?where=" + Http.enc("main_ipv4 IS NOT null") + "&limit=0,1").body();

    assertThat(raw).contains("\"first\":1e39");
  }

  @Test
  void configurationCountsFreeServersPerConfiguration() {
    JsonNode counts = http.get("/dci/v3/server/configuration").json();

    assertThat(counts.get("list")).isNotEmpty();
    for (JsonNode entry : counts.get("list")) {
      String configuration = entry.get("configuration").asText();
      String where = "configuration EQ '" + configuration + "' AND owner IS null AND maintenance_mode EQ false"
          + " AND exploitation_status EQ 'in_exploitation'";
      int free = http.get("/dci/v3/server?limit=0,0&where=" + Http.enc(where)).json().get("size").asInt();
      assertThat(entry.get("free_server_count").asInt()).as(configuration).isEqualTo(free);
    }
    assertThat(counts.get("list")).extracting(e -> e.get("configuration").asText())
        .contains("i9-9900K-64Gb-2x1024NVMe", "E-2146G-64Gb-1920SSD-3840SSD");
  }

  @Test
  void locationsWithTemplatesRecipesAndPools() {
    JsonNode locations = http.get("/dci/v3/location").json();
    assertThat(locations.get("size").asInt()).isEqualTo(3);
    JsonNode first = locations.get("list").get(0);
    assertThat(first.get("name").asText()).isNotEmpty();
    assertThat(first.get("geolocation").asText()).isNotEmpty();
    assertThat(first.get("ip_pools")).hasSize(2);

    JsonNode templates = http.get("/dci/v3/location/1/os_template").json().get("list");
    assertThat(templates).extracting(t -> t.get("os_family").asText()).contains("linux", "windows");
    assertThat(templates.get(0).get("tags").isArray()).isTrue();
    JsonNode lastLocationTemplates = http.get("/dci/v3/location/3/os_template").json().get("list");
    assertThat(lastLocationTemplates).extracting(t -> t.get("os_family").asText()).containsOnly("linux");
    assertThat(http.get("/dci/v3/location/2/recipe").json().get("list")).extracting(t -> t.get("name").asText())
        .contains("ISPmanager 6");
    assertThat(http.get("/dci/v3/location/9/recipe").status()).isEqualTo(404);
  }

  @Test
  void usersListAndFilterByEmail() {
    JsonNode users = http.get("/api/dci/v3/user?where=" + Http.enc("(email EQ 'client0002@example.com')")).json();

    assertThat(users.get("list")).hasSize(1);
    JsonNode user = users.get("list").get(0);
    assertThat(user.get("roles").get(0).asText()).isEqualTo("@user");
    assertThat(user.has("server_count")).isTrue();
  }

  @Test
  void ipmgrListsEveryAssignedAddress() {
    JsonNode owned = list(http.get("/dci/v3/server?where=" + Http.enc("main_ipv4 IS NOT null")
        + "&limit=0,1").json()).get(0);
    String address = owned.at("/ip/0/name").asText();

    JsonNode ips = http.get("/api/dci/v3/ipmgr/ip?orderby=name%20asc&limit=0,512&where="
        + Http.enc("NOT domain CP '%extended.%' AND (name EQ '" + address + "')")).json();

    assertThat(ips.get("size").asInt()).isEqualTo(1);
    assertThat(ips.at("/list/0/ipnet_name").asText()).endsWith("/24");
    assertThat(ips.at("/list/0/server/id").asLong()).isEqualTo(owned.get("id").asLong());
  }

  @Test
  void unknownPathIsHandlerNotFound() {
    Http.Response r = http.get("/dci/v3/nothing/here");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().at("/error/code").asInt()).isEqualTo(1106);
  }
}

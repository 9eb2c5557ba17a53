package dev.ispkit.adapters.dci6;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.ispkit.adapters.PanelStub.error;
import static dev.ispkit.adapters.PanelStub.withSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.adapters.PanelStub;
import dev.ispkit.client.core.transport.PanelJson;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.OsInstallation;
import dev.ispkit.engine.port.PanelFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DCImanager 6 port against WireMock, on the captured production server (fixtures/server-list-production.json):
 * the requests each port method makes the client send, and what their answers and failures become.
 */
@WireMockTest
class Dci6PanelTest {
  private static final ObjectMapper MAPPER = PanelJson.newMapper();
  private static final String SERVER = "/api/dci/v3/server/3241";

  private PanelStub stub;
  private Dci6Client client;
  private DedicatedServerPanel panel;

  @BeforeEach
  void connect(WireMockRuntimeInfo info) {
    stub = new PanelStub(info);
    client = Dci6Client.create(stub.v6("/api"));
    panel = DedicatedServerPanels.of(client, "dci-msk");
  }

  @AfterEach
  void disconnect() {
    client.close();
  }

  /** The captured server, as {@code GET /dci/v3/server/{id}} answers it. */
  private static ObjectNode capturedServer() throws Exception {
    return (ObjectNode) MAPPER.readTree(PanelStub.fixture("server-list-production.json")).get("list").get(0);
  }

  @Test
  void readsALocationInPagesOfAThousandSortedById() {
    stub.wm.register(get(urlPathEqualTo("/api/dci/v3/server"))
        .willReturn(okJson(PanelStub.fixture("server-list-production.json"))));

    List<Server> servers = panel.servers(3);

    assertThat(servers).singleElement().satisfies(server -> {
      assertThat(server.id()).isEqualTo(3241);
      assertThat(server.ownerId()).hasValue(930);
      assertThat(server.locationId()).hasValue(3);
      assertThat(server.mainIpv4()).contains("94.198.51.220");
    });
    stub.wm.verifyThat(1, withSession(getRequestedFor(urlPathEqualTo("/api/dci/v3/server"))
        .withQueryParam("where", equalTo("location_id EQ 3"))
        .withQueryParam("orderby", equalTo("id asc"))
        .withQueryParam("limit", equalTo("0,1000"))));
  }

  @Test
  void givesTheAddressesMainFirstThenIpv4ThenIpv6() throws Exception {
    ObjectNode server = capturedServer();
    ArrayNode ips = (ArrayNode) server.get("ip");
    JsonNode main = ips.remove(0);
    ips.insertObject(0).put("id", 19400).put("name", "2a00:b700::1").put("family", "ipv6");
    ips.add(main);
    stub.wm.register(get(urlPathEqualTo(SERVER)).willReturn(okJson(server.toString())));

    assertThat(panel.ipAddresses(3241)).containsExactly("94.198.51.220", "152.89.217.119", "2a00:b700::1");
  }

  @Test
  void createsTheUserWithARoleOfClientAndAPasswordNobodyIsTold() throws Exception {
    stub.wm.register(post(urlPathEqualTo("/api/dci/v3/user")).willReturn(okJson("{\"id\":77}")));

    assertThat(panel.createUser("client@example.com")).isEqualTo(77);

    JsonNode body = MAPPER.readTree(stub.only(postRequestedFor(urlPathEqualTo("/api/dci/v3/user")))
        .getBodyAsString());
    assertThat(body.get("email").asText()).isEqualTo("client@example.com");
    assertThat(body.get("role").asText()).isEqualTo("@user");
    assertThat(body.get("password").asText()).matches("[A-Za-z0-9]{24}");
  }

  @Test
  void aUserTakenMeanwhileIsARefusalThatNeverShowsThePassword() throws Exception {
    stub.wm.register(post(urlPathEqualTo("/api/dci/v3/user"))
        .willReturn(error(400, 5002, "User with this email already exists")));

    assertThatThrownBy(() -> panel.createUser("client@example.com")).isInstanceOfSatisfying(PanelFailure.class,
        failure -> {
          assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED);
          assertThat(failure).hasMessageStartingWith("DCImanager 6 panel dci-msk: create the user client@example.com "
              + "failed: ").hasMessageContaining("already exists");
        });
    String sent = MAPPER.readTree(stub.only(postRequestedFor(urlPathEqualTo("/api/dci/v3/user")))
        .getBodyAsString()).get("password").asText();
    assertThatThrownBy(() -> panel.createUser("client@example.com")).message().doesNotContain(sent);
  }

  @Test
  void aPowerCommandTheBmcDoesNotCarryOutIsRefusedAsIsOneTheStateForbids() {
    stub.wm.register(post(urlPathEqualTo(SERVER + "/power_off"))
        .willReturn(error(500, 5003, "IPMI of server 3241 is not responding")));
    stub.wm.register(post(urlPathEqualTo(SERVER + "/power_on"))
        .willReturn(error(400, 5002, "Server 3241 is already powered on")));

    assertThatThrownBy(() -> panel.powerOff(3241)).isInstanceOfSatisfying(PanelFailure.class, failure -> {
      assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED);
      assertThat(failure).hasMessageContaining("power server 3241 off failed").hasMessageContaining("IPMI");
    });
    assertThatThrownBy(() -> panel.powerOn(3241)).isInstanceOfSatisfying(PanelFailure.class,
        failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED));
    stub.wm.verifyThat(1, withSession(postRequestedFor(urlPathEqualTo(SERVER + "/power_off"))
        .withRequestBody(equalToJson("{}"))));
  }

  @Test
  void aServerErrorOfAnotherCallIsNotARefusalAndAPanelAsleepIsUnavailable() {
    stub.wm.register(post(urlPathEqualTo(SERVER + "/diag")).willReturn(error(500, 5100, "internal error")));
    stub.wm.register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(error(404, 3080, "Server not found")));
    stub.wm.register(get(urlPathEqualTo("/api/dci/v3/location/3/recipe"))
        .willReturn(PanelStub.json(503, "service suspended")));

    assertThatThrownBy(() -> panel.startDiagnostics(3241, true)).isInstanceOfSatisfying(PanelFailure.class,
        failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.OTHER));
    assertThatThrownBy(() -> panel.server(5)).isInstanceOfSatisfying(PanelFailure.class,
        failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.NOT_FOUND));
    assertThatThrownBy(() -> panel.recipes(3)).isInstanceOfSatisfying(PanelFailure.class,
        failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.UNAVAILABLE));
    stub.wm.verifyThat(1, postRequestedFor(urlPathEqualTo(SERVER + "/diag"))
        .withRequestBody(equalToJson("{\"clear_disks\":true}")));
  }

  @Test
  void installsByTheNamesOfTheServersLocationTheLowestIdOfTwoSameNames() throws Exception {
    stub.wm.register(get(urlPathEqualTo(SERVER)).willReturn(okJson(capturedServer().toString())));
    stub.wm.register(get(urlPathEqualTo("/api/dci/v3/location/3/os_template")).willReturn(okJson("{\"list\":["
        + "{\"id\":312,\"name\":\"Debian 12\",\"os_family\":\"linux\",\"tags\":[\"linux\"]},"
        + "{\"id\":309,\"name\":\"Debian 12\",\"os_family\":\"linux\",\"tags\":[\"linux\"]},"
        + "{\"id\":314,\"name\":\"Windows Server 2022\",\"os_family\":\"windows\",\"tags\":[\"windows\"]}]}")));
    stub.wm.register(get(urlPathEqualTo("/api/dci/v3/location/3/recipe")).willReturn(okJson(
        "{\"list\":[{\"id\":351,\"name\":\"ISPmanager 6\",\"tags\":[\"linux\"]},{\"id\":352,\"name\":\"Docker\"}]}")));
    stub.wm.register(post(urlPathEqualTo(SERVER + "/install")).willReturn(okJson("{\"id\":88}")));

    long operation = panel.startOsInstallation(3241, new OsInstallation("Debian 12", Optional.of("Docker"),
        "Root-pa55-word", Optional.of("node1.example.com"), List.of("ssh-ed25519 AAAAC3Nza admin")));

    assertThat(operation).isEqualTo(88);
    stub.wm.verifyThat(1, withSession(postRequestedFor(urlPathEqualTo(SERVER + "/install"))
        .withRequestBody(equalToJson("{\"os_template\":309,\"password\":\"Root-pa55-word\","
            + "\"domain\":\"node1.example.com\",\"recipe\":352,\"ssh_keys\":[\"ssh-ed25519 AAAAC3Nza admin\"]}"))));
    assertThat(stub.calls()).containsExactly("GET " + SERVER, "GET /api/dci/v3/location/3/os_template?limit=0,500",
        "GET /api/dci/v3/location/3/recipe?limit=0,500", "POST " + SERVER + "/install");
  }

  @Test
  void aRecipeTheLocationLacksIsNotFoundAndNothingIsInstalled() throws Exception {
    stub.wm.register(get(urlPathEqualTo(SERVER)).willReturn(okJson(capturedServer().toString())));
    stub.wm.register(get(urlPathEqualTo("/api/dci/v3/location/3/os_template")).willReturn(okJson(
        "{\"list\":[{\"id\":309,\"name\":\"Debian 12\",\"os_family\":\"linux\"}]}")));
    stub.wm.register(get(urlPathEqualTo("/api/dci/v3/location/3/recipe")).willReturn(okJson("{\"list\":[]}")));

    assertThatThrownBy(() -> panel.startOsInstallation(3241, new OsInstallation("Debian 12", Optional.of("LAMP"),
        "Root-pa55-word", Optional.empty(), List.of()))).isInstanceOfSatisfying(PanelFailure.class, failure -> {
          assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.NOT_FOUND);
          assertThat(failure).hasMessage("DCImanager 6 panel dci-msk: install 'Debian 12' on server 3241: location 3 "
              + "offers no recipe named 'LAMP' (it offers none)");
        });
    assertThat(stub.calls()).noneMatch(call -> call.startsWith("POST"));
  }

  @Test
  void waitsForAnOperationOnTheServerTellingEachChangeOfItsProgress() throws Exception {
    String[] reads = {
        "{\"id\":88,\"status\":\"running\",\"progress_info\":[{\"name\":\"prepare\",\"status\":\"ok\"},"
            + "{\"name\":\"install_os\",\"status\":\"running\"},{\"name\":\"reboot\",\"status\":\"new\"},"
            + "{\"name\":\"recipe\",\"status\":\"new\"}]}",
        "{\"id\":88,\"status\":\"running\",\"progress_info\":[{\"name\":\"prepare\",\"status\":\"ok\"},"
            + "{\"name\":\"install_os\",\"status\":\"running\"},{\"name\":\"reboot\",\"status\":\"new\"},"
            + "{\"name\":\"recipe\",\"status\":\"new\"}]}",
        "{\"id\":88,\"status\":\"running\",\"progress_info\":[{\"name\":\"prepare\",\"status\":\"ok\"},"
            + "{\"name\":\"install_os\",\"status\":\"ok\"},{\"name\":\"reboot\",\"status\":\"ok\"},"
            + "{\"name\":\"recipe\",\"status\":\"running\"}]}",
        "{\"id\":88,\"status\":\"ok\",\"progress_info\":[]}"};
    for (int i = 0; i < reads.length; i++) {
      ObjectNode server = capturedServer();
      server.set("operation", MAPPER.readTree(reads[i]));
      stub.wm.register(get(urlPathEqualTo(SERVER)).inScenario("install")
          .whenScenarioStateIs(i == 0 ? STARTED : "read " + i).willSetStateTo("read " + (i + 1))
          .willReturn(okJson(server.toString())));
    }
    List<String> reports = new ArrayList<>();

    panel.awaitOperation(3241, 88, Duration.ofMinutes(60), (percent, note) -> reports.add(percent + "% " + note));

    assertThat(reports).containsExactly("25% running (install_os)", "75% running (recipe)", "100% ok");
    assertThat(stub.time.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10),
        Duration.ofSeconds(10));
  }

  @Test
  void stoppingAnOperationThatEndedMeanwhileIsDoneAndOneStillRunningIsRefused() throws Exception {
    stub.wm.register(post(urlPathEqualTo("/api/dci/v3/operation/88/stop"))
        .willReturn(error(400, 5002, "Operation 88 has already ended: ok")));
    ObjectNode ended = capturedServer();
    ended.set("operation", MAPPER.readTree("{\"id\":88,\"status\":\"ok\"}"));
    stub.wm.register(get(urlPathEqualTo(SERVER)).willReturn(okJson(ended.toString())));

    panel.stopOperation(3241, 88, Duration.ofMinutes(5));

    ObjectNode running = capturedServer();
    running.set("operation", MAPPER.readTree("{\"id\":88,\"status\":\"running\"}"));
    stub.wm.register(get(urlPathEqualTo(SERVER)).willReturn(okJson(running.toString())));
    assertThatThrownBy(() -> panel.stopOperation(3241, 88, Duration.ofMinutes(5)))
        .isInstanceOfSatisfying(PanelFailure.class,
            failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED));
  }

  @Test
  void aStoppedOperationIsWaitedForUntilItShowsCanceled() throws Exception {
    stub.wm.register(post(urlPathEqualTo("/api/dci/v3/operation/88/stop")).willReturn(okJson("{\"id\":88}")));
    ObjectNode canceled = capturedServer();
    canceled.set("operation", MAPPER.readTree("{\"id\":88,\"status\":\"canceled\"}"));
    stub.wm.register(get(urlPathEqualTo(SERVER)).willReturn(okJson(canceled.toString())));

    panel.stopOperation(3241, 88, Duration.ofMinutes(5));

    assertThat(stub.calls()).containsExactly("POST /api/dci/v3/operation/88/stop", "GET " + SERVER);
  }

  @Test
  void aRefusedLoginIsOtherNotARefusalOfTheCall() {
    stub.wm.resetMappings();
    stub.wm.register(post(urlPathEqualTo("/api/auth/v4/public/token"))
        .willReturn(error(401, 1001, "Wrong email or password")));
    stub.wm.register(get(anyUrl()).willReturn(error(401, 1000, "Unauthorized")));

    assertThatThrownBy(() -> panel.server(3241)).isInstanceOfSatisfying(PanelFailure.class, failure -> {
      assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.OTHER);
      assertThat(failure.getMessage()).doesNotContain("Adm1n-pa55-never-logged");
    });
  }
}

package dev.ispkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The write side of DCImanager: owner, power, switch ports, IPs, users, diagnostics and OS installation. */
class DciOperationsTest {
  PanelSimulator sim;
  Http http;

  @BeforeEach
  void start() {
    sim = PanelSimulator.start(Http.manual().servers(60).seed(3).sessionPeriod(Duration.ofDays(1))
        .diagDuration(Duration.ofMinutes(30)).installDuration(Duration.ofMinutes(20)).build());
    http = new Http(sim).login();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  /** A server that is free and idle, found the way a client would. */
  private JsonNode freeServer() {
    String where = "owner IS null AND is_new EQ false AND has_errors EQ false AND location_id EQ 1";
    return http.get("/dci/v3/server?limit=0,1&orderby=id%20asc&where=" + Http.enc(where)).json().get("list").get(0);
  }

  private long userId(String email) {
    return http.get("/dci/v3/user?where=" + Http.enc("email EQ '" + email + "'")).json().at("/list/0/id").asLong();
  }

  @Test
  void ownerIsSetReadBackRefusedToAnotherAndRemoved() {
    long id = freeServer().get("id").asLong();
    long user = userId("client0001@example.com");

    Http.Response set = http.post("/api/dci/v3/server/" + id + "/owner", "{\"owner\":" + user + "}");
    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().get("id").asLong()).isEqualTo(id);
    JsonNode server = http.get("/dci/v3/server/" + id).json();
    assertThat(server.at("/owner/id").asLong()).isEqualTo(user);
    assertThat(server.get("owner_email").asText()).isEqualTo("client0001@example.com");

    Http.Response again = http.post("/dci/v3/server/" + id + "/owner", "{\"owner\":" + user + "}");
    assertThat(again.status()).isEqualTo(200);
    Http.Response other = http.post("/dci/v3/server/" + id + "/owner",
        "{\"owner\":" + userId("client0002@example.com") + "}");
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.json().at("/error/code").asInt()).isEqualTo(5002);

    assertThat(http.delete("/dci/v3/server/" + id + "/owner").json().get("id").asLong()).isEqualTo(id);
    assertThat(sim.server(id).owner()).isEmpty();
  }

  @Test
  void concurrentClaimsOfOneServerHaveExactlyOneWinner() throws Exception {
    long first = userId("client0001@example.com");
    long second = userId("client0002@example.com");
    String where = "owner IS null AND location_id EQ 1";
    JsonNode free = http.get("/dci/v3/server?limit=0,8&where=" + Http.enc(where)).json().get("list");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      for (JsonNode server : free) {
        long id = server.get("id").asLong();
        java.util.concurrent.Future<Integer> a = pool.submit(() ->
            http.post("/dci/v3/server/" + id + "/owner", "{\"owner\":" + first + "}").status());
        java.util.concurrent.Future<Integer> b = pool.submit(() ->
            http.post("/dci/v3/server/" + id + "/owner", "{\"owner\":" + second + "}").status());
        assertThat(java.util.List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 400);
        assertThat(sim.server(id).owner()).get().extracting(ServerSnapshot.Owner::id).isIn(first, second);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void bodiesAreCheckedStrictly() {
    long id = freeServer().get("id").asLong();

    Http.Response extra = http.post("/dci/v3/server/" + id + "/owner", "{\"owner\":2,\"name\":\"x\"}");
    Http.Response missing = http.post("/dci/v3/server/" + id + "/owner", "{}");
    Http.Response notJson = http.post("/dci/v3/server/" + id + "/owner", "owner=2");
    Http.Response noUser = http.post("/dci/v3/server/" + id + "/owner", "{\"owner\":99999}");

    assertThat(extra.status()).isEqualTo(400);
    assertThat(extra.json().at("/error/msg").asText()).contains("Unexpected property 'name'");
    assertThat(missing.json().at("/error/msg").asText()).contains("'owner' is required");
    assertThat(notJson.json().at("/error/code").asInt()).isEqualTo(5000);
    assertThat(noUser.status()).isEqualTo(404);
  }

  @Test
  void powerFollowsTheDocumentedRules() {
    JsonNode server = freeServer();
    long id = server.get("id").asLong();
    if (server.get("power_status").asText().equals("on")) {
      http.post("/dci/v3/server/" + id + "/power_off", "{}");
    }

    assertThat(http.post("/dci/v3/server/" + id + "/power_on", "{}").json().get("id").asLong()).isEqualTo(id);
    assertThat(sim.server(id).powerStatus()).isEqualTo("on");
    assertThat(http.post("/dci/v3/server/" + id + "/power_on", "{}").status()).isEqualTo(400);
    assertThat(http.post("/dci/v3/server/" + id + "/power_reset", "{}").status()).isEqualTo(200);
    assertThat(http.post("/dci/v3/server/" + id + "/power_off", "{}").status()).isEqualTo(200);
    assertThat(sim.server(id).powerStatus()).isEqualTo("off");
    assertThat(http.post("/dci/v3/server/" + id + "/power_off", "{}").status()).isEqualTo(400);
  }

  @Test
  void scriptedIpmiFailureHitsTheNextPowerCommandOnly() {
    long id = freeServer().get("id").asLong();
    sim.failNextPowerCommand(id);

    Http.Response failed = http.post("/dci/v3/server/" + id + "/power_reset", "{}");

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.json().at("/error/code").asInt()).isEqualTo(5003);
    assertThat(http.post("/dci/v3/server/" + id + "/power_reset", "{}").status()).isEqualTo(200);
  }

  @Test
  void switchPortGoesDownAndUpAndShowsOnTheServer() {
    JsonNode server = freeServer();
    JsonNode connection = server.get("switch_connection").get(0);
    long switchId = connection.get("switch").asLong();
    long portId = connection.get("id").asLong();

    Http.Response down = http.post("/dci/v3/switch/" + switchId + "/port/" + portId, "{\"admin_status\":\"down\"}");
    assertThat(down.json().get("id").asLong()).isEqualTo(portId);
    assertThat(sim.server(server.get("id").asLong()).switchPorts().get(0).adminStatus()).isEqualTo("down");
    JsonNode ports = http.get("/dci/v3/switch/" + switchId + "/port?orderby=id%20desc&limit=0,1000").json();
    assertThat(ports.get("list")).anySatisfy(p -> {
      assertThat(p.get("id").asLong()).isEqualTo(portId);
      assertThat(p.get("admin_status").asText()).isEqualTo("down");
      assertThat(p.at("/server/name").asText()).isEqualTo(server.get("name").asText());
    });

    http.post("/dci/v3/switch/" + switchId + "/port/" + portId, "{\"admin_status\":\"up\"}");
    assertThat(sim.server(server.get("id").asLong()).switchPorts().get(0).adminStatus()).isEqualTo("up");
    assertThat(http.post("/dci/v3/switch/" + switchId + "/port/" + portId, "{\"admin_status\":\"off\"}").status())
        .isEqualTo(400);
    assertThat(http.post("/dci/v3/switch/" + (switchId + 1000) + "/port/" + portId, "{\"admin_status\":\"up\"}")
        .status()).isEqualTo(404);
  }

  @Test
  void aDisconnectedServerListsNoSwitchPortAndItsOldPortCannotBeSwitched() {
    JsonNode server = freeServer();
    long id = server.get("id").asLong();
    JsonNode connection = server.get("switch_connection").get(0);

    sim.disconnectSwitchPorts(id);

    assertThat(http.get("/dci/v3/server/" + id).json().get("switch_connection")).isEmpty();
    assertThat(sim.server(id).switchPorts()).isEmpty();
    assertThat(http.post("/dci/v3/switch/" + connection.get("switch").asLong() + "/port/"
        + connection.get("id").asLong(), "{\"admin_status\":\"down\"}").status()).isEqualTo(404);
    assertThatThrownBy(() -> sim.disconnectSwitchPorts(987_654))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ipsAreAddedFromPoolsAndRemoved() {
    JsonNode server = freeServer();
    long id = server.get("id").asLong();
    int before = server.get("ip").size();

    JsonNode added = http.post("/dci/v3/server/" + id + "/ip", "{\"family\":\"ipv4\",\"count\":2}").json();
    assertThat(added.get("list")).hasSize(2);
    assertThat(added.at("/list/0/name").asText()).startsWith("185.101.");
    JsonNode v6 = http.post("/dci/v3/server/" + id + "/ip", "{\"family\":\"ipv6\",\"count\":1}").json();
    assertThat(v6.at("/list/0/family").asText()).isEqualTo("ipv6");
    JsonNode parked = http.post("/dci/v3/server/" + id + "/ip", "{\"family\":\"ipv4\",\"count\":1,\"pool\":12}")
        .json();
    assertThat(parked.at("/list/0/name").asText()).startsWith("10.1.");
    JsonNode named = http.post("/dci/v3/server/" + id + "/ip", "{\"family\":\"ipv4\",\"count\":1,"
        + "\"name\":\"185.101.200.7\"}").json();
    assertThat(named.at("/list/0/name").asText()).isEqualTo("185.101.200.7");
    assertThat(http.post("/dci/v3/server/" + (id + 1) + "/ip", "{\"name\":\"185.101.200.7\"}").status())
        .isEqualTo(400);
    assertThat(http.post("/dci/v3/server/" + id + "/ip", "{\"pool\":21}").status()).isEqualTo(400);

    assertThat(sim.server(id).ips()).hasSize(before + 5);
    assertThat(http.get("/dci/v3/server/" + id).json().get("main_ipv6").isNumber()).isTrue();
    long ipId = added.at("/list/0/id").asLong();
    assertThat(http.delete("/dci/v3/server/" + id + "/ip/" + ipId).json().get("id").asLong()).isEqualTo(ipId);
    assertThat(sim.server(id).ips()).hasSize(before + 4);
    assertThat(http.delete("/dci/v3/server/" + id + "/ip/" + ipId).status()).isEqualTo(404);
  }

  @Test
  void userIsCreatedAndCanOwnServers() {
    Http.Response created = http.post("/dci/v3/user", "{\"email\":\"new@client.example\",\"full_name\":\"New\","
        + "\"password\":\"pw-123456\",\"phone_number\":\"+100\",\"role\":\"@user\"}");
    long id = created.json().get("id").asLong();

    assertThat(id).isPositive();
    assertThat(http.post("/dci/v3/user", "{\"email\":\"NEW@client.example\",\"password\":\"x\"}").status())
        .isEqualTo(400);
    JsonNode user = http.get("/dci/v3/user?where=" + Http.enc("email EQ 'new@client.example'")).json()
        .at("/list/0");
    assertThat(user.get("full_name").asText()).isEqualTo("New");
    assertThat(new Http(sim).post("/auth/v4/public/token",
        "{\"email\":\"new@client.example\",\"password\":\"pw-123456\"}").status()).isEqualTo(201);
  }

  @Test
  void diagnosticsProgressThroughStagesToOk() {
    long id = freeServer().get("id").asLong();
    long op = http.post("/dci/v3/server/" + id + "/diag", "{\"clear_disks\":true}").json().get("id").asLong();

    JsonNode fresh = http.get("/dci/v3/operation/" + op).json();
    assertThat(fresh.get("status").asText()).isEqualTo("new");
    assertThat(fresh.get("type").asText()).isEqualTo("diag");
    assertThat(fresh.get("progress_info")).extracting(p -> p.get("name").asText()).contains("disk_cleanup");

    sim.advance(Duration.ofMinutes(10));
    JsonNode running = http.get("/dci/v3/operation/" + op).json();
    assertThat(running.get("status").asText()).isEqualTo("running");
    assertThat(running.get("progress_info")).extracting(p -> p.get("status").asText())
        .contains("ok", "running", "new");
    assertThat(http.get("/dci/v3/server/" + id).json().at("/operation/status").asText()).isEqualTo("running");
    assertThat(http.post("/dci/v3/server/" + id + "/install", "{\"os_template\":101,\"password\":\"x\"}").status())
        .as("busy server refuses a second operation").isEqualTo(400);

    sim.advance(Duration.ofMinutes(20));
    JsonNode done = http.get("/dci/v3/operation/" + op).json();
    assertThat(done.get("status").asText()).isEqualTo("ok");
    assertThat(done.get("progress_info")).allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("ok"));
    ServerSnapshot server = sim.server(id);
    assertThat(server.operation()).get().extracting(OperationSnapshot::status).isEqualTo("ok");
    assertThat(server.osTemplate()).isEmpty();
    assertThat(server.diagError()).isEmpty();
    assertThat(server.configuration()).isNotEmpty();
  }

  @Test
  void installProgressesToOkAndSetsTheTemplate() {
    long id = freeServer().get("id").asLong();
    long op = http.post("/api/dci/v3/server/" + id + "/install", "{\"os_template\":102,\"password\":\"secret\","
        + "\"domain\":\"web1.client.example\",\"recipe\":151,\"ssh_keys\":[\"ssh-ed25519 AAAA\"]}")
        .json().get("id").asLong();

    assertThat(http.get("/dci/v3/operation/" + op).json().get("progress_info"))
        .extracting(p -> p.get("name").asText()).contains("run_recipe");
    sim.advance(Duration.ofMinutes(19));
    assertThat(sim.operation(op).status()).isEqualTo("running");
    sim.advance(Duration.ofMinutes(1));

    JsonNode server = http.get("/dci/v3/server/" + id).json();
    assertThat(server.at("/operation/id").asLong()).isEqualTo(op);
    assertThat(server.at("/operation/status").asText()).isEqualTo("ok");
    assertThat(server.at("/os_template/name").asText()).isEqualTo("Ubuntu 24.04");
    assertThat(server.get("domain").asText()).isEqualTo("web1.client.example");
    assertThat(server.get("power_status").asText()).isEqualTo("on");
  }

  @Test
  void scriptedInstallFailureEndsFailedWithTheMessage() {
    long id = freeServer().get("id").asLong();
    sim.failNextOperation(id, "install", "Disk /dev/sda not found");
    long op = http.post("/dci/v3/server/" + id + "/install", "{\"os_template\":101,\"password\":\"secret\"}")
        .json().get("id").asLong();

    sim.advance(Duration.ofMinutes(25));

    JsonNode failed = http.get("/dci/v3/operation/" + op).json();
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(failed.at("/status_info/msg").asText()).isEqualTo("Disk /dev/sda not found");
    assertThat(failed.get("progress_info")).extracting(p -> p.get("status").asText()).contains("failed");
    assertThat(sim.server(id).osTemplate()).isEmpty();
    String where = "operation.status EQ 'failed' AND id EQ " + id;
    assertThat(http.get("/dci/v3/server?where=" + Http.enc(where)).json().get("size").asInt()).isEqualTo(1);

    long next = http.post("/dci/v3/server/" + id + "/install", "{\"os_template\":101,\"password\":\"secret\"}")
        .json().get("id").asLong();
    sim.advance(Duration.ofMinutes(25));
    assertThat(sim.operation(next).status()).as("only the next one fails").isEqualTo("ok");
  }

  @Test
  void scriptedDiagFailureMarksTheServerWithErrors() {
    long id = freeServer().get("id").asLong();
    sim.failNextOperation(id, "diag");
    http.post("/dci/v3/server/" + id + "/diag", "{}");

    sim.advance(Duration.ofHours(1));

    ServerSnapshot server = sim.server(id);
    assertThat(server.operation()).get().extracting(OperationSnapshot::status).isEqualTo("failed");
    assertThat(server.hasErrors()).isTrue();
    assertThat(server.diagError()).get().asString().contains("SMART");
  }

  @Test
  void stoppingARunningOperationCancelsIt() {
    long id = freeServer().get("id").asLong();
    long op = http.post("/dci/v3/server/" + id + "/diag", "{}").json().get("id").asLong();
    sim.advance(Duration.ofMinutes(10));

    assertThat(http.post("/dci/v3/operation/" + op + "/stop", "{}").json().get("id").asLong()).isEqualTo(op);
    sim.advance(Duration.ofHours(1));

    OperationSnapshot canceled = sim.operation(op);
    assertThat(canceled.status()).isEqualTo("canceled");
    assertThat(canceled.finishedAt()).isPresent();
    assertThat(canceled.stages()).extracting(OperationSnapshot.Stage::status).contains("canceled");
    assertThat(http.post("/dci/v3/operation/" + op + "/stop", "{}").status()).isEqualTo(200);
    long other = http.post("/dci/v3/server/" + id + "/diag", "{}").json().get("id").asLong();
    sim.advance(Duration.ofHours(1));
    assertThat(http.post("/dci/v3/operation/" + other + "/stop", "{}").status()).isEqualTo(400);
  }

  @Test
  void installValidatesTemplateRecipeAndWindowsKey() {
    long id = freeServer().get("id").asLong();

    assertThat(http.post("/dci/v3/server/" + id + "/install", "{\"os_template\":201,\"password\":\"x\"}").json()
        .at("/error/msg").asText()).contains("not available in location 1");
    assertThat(http.post("/dci/v3/server/" + id + "/install", "{\"os_template\":101}").status()).isEqualTo(400);
    assertThat(http.post("/dci/v3/server/" + id + "/install",
        "{\"os_template\":101,\"password\":\"x\",\"windows_license_key\":\"K\"}").status()).isEqualTo(400);
    assertThat(http.post("/dci/v3/server/" + id + "/install",
        "{\"os_template\":101,\"password\":\"x\",\"recipe\":999}").status()).isEqualTo(400);
    assertThat(http.post("/dci/v3/server/" + id + "/install",
        "{\"os_template\":105,\"password\":\"x\",\"windows_license_key\":\"AAAAA-BBBBB\"}").status())
        .isEqualTo(200);
  }

  @Test
  void realTimeClockRunsOperationsWithoutManualAdvance() throws InterruptedException {
    try (PanelSimulator real = PanelSimulator.start(SimulatorOptions.builder().servers(5)
        .diagDuration(Duration.ofMillis(300)).build())) {
      Http h = new Http(real).login();
      long op = h.post("/dci/v3/server/1/diag", "{}").json().get("id").asLong();
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      String status = h.get("/dci/v3/operation/" + op).json().get("status").asText();
      assertThat(status).isIn("new", "running");
      while (!status.equals("ok") && System.nanoTime() < deadline) {
        Thread.sleep(50);
        status = h.get("/dci/v3/operation/" + op).json().get("status").asText();
      }
      assertThat(status).isEqualTo("ok");
    }
  }
}

package dev.ispkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inspection snapshots say what the panels answer over HTTP: each one is compared, field by field, with the
 * JSON a client reads for the same object at the same moment.
 */
class SnapshotTest {
  private static final Instant START = Instant.parse("2025-06-01T09:00:00Z");

  PanelSimulator sim;
  Http http;

  @BeforeEach
  void start() {
    sim = PanelSimulator.start(Http.manual().servers(60).seed(3).licenses(8).licenseKeyDelay(Duration.ofSeconds(30))
        .taskDuration(Duration.ofSeconds(60)).build());
    http = new Http(sim).login();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void everyServerSnapshotMatchesItsSingleServerAnswer() {
    for (long id = 1; id <= sim.serverCount(); id++) {
      assertSame(sim.server(id), http.get("/dci/v3/server/" + id).json());
    }
    assertThatThrownBy(() -> sim.server(999_999)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOperationSnapshotMatchesItsAnswerWhileRunningAndAfterFailing() {
    long id = freeServer();
    sim.failNextOperation(id, "diag", "Disk /dev/sdb not found");
    Http.Response started = http.post("/dci/v3/server/" + id + "/diag", "{}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    long op = started.json().get("id").asLong();
    sim.advance(Duration.ofSeconds(1));
    assertSame(sim.operation(op), http.get("/dci/v3/operation/" + op).json());
    assertThat(sim.operation(op).status()).isEqualTo("running");

    sim.advance(Duration.ofMinutes(10));

    OperationSnapshot failed = sim.operation(op);
    assertSame(failed, http.get("/dci/v3/operation/" + op).json());
    assertThat(failed.failure()).contains("Disk /dev/sdb not found");
    assertThat(failed.finishedAt()).isPresent();
    assertThat(sim.server(id).operation()).contains(failed);
  }

  @Test
  void vmAndTaskSnapshotsMatchTheHostListAndTheTask() {
    long account = http.post("/vm/v3/account", "{\"email\":\"snap@client.example\",\"password\":\"pw-123456\","
        + "\"role\":\"@user\"}").json().get("id").asLong();
    JsonNode created = http.post("/vm/v3/host", "{\"name\":\"snap1\",\"password\":\"Pa55word\",\"cluster\":1,"
        + "\"os\":1,\"cpu_number\":2,\"ram_mib\":2048,\"hdd_mib\":20480,\"account\":" + account
        + ",\"ipv4_number\":2,\"ipv6_enabled\":true,\"domain\":\"snap1.example.com\",\"comment\":\"c\"}").json();
    long vmId = created.get("id").asLong();
    sim.advance(Duration.ofMinutes(2));

    VmSnapshot vm = sim.vm(vmId);
    JsonNode host = http.get("/vm/v3/host?where=" + Http.enc("(id EQ '" + vmId + "')")).json().at("/list/0");
    assertThat(vm.id()).isEqualTo(vmId);
    assertThat(vm.name()).isEqualTo(host.get("name").asText()).isEqualTo("snap1");
    assertThat(vm.domain()).isEqualTo(host.get("domain").asText());
    assertThat(vm.comment()).isEqualTo("c");
    assertThat(vm.state()).isEqualTo(host.get("state").asText()).isEqualTo("active");
    assertThat(vm.clusterId()).isEqualTo(host.at("/cluster/id").asLong());
    assertThat(vm.nodeId()).isEqualTo(host.at("/node/id").asLong());
    assertThat(vm.account()).isEqualTo(new VmSnapshot.Account(account, "snap@client.example"));
    assertThat(vm.os()).contains(new VmSnapshot.Os(host.at("/os/id").asLong(), host.at("/os/name").asText()));
    assertThat(vm.ipv4()).hasSize(2).containsExactlyElementsOf(texts(host.get("ip4"), "ip"));
    assertThat(vm.ipv6()).hasSize(1).containsExactlyElementsOf(texts(host.get("ip6"), "ip"));
    assertThat(vm.cpuNumber()).isEqualTo(2);
    assertThat(vm.ramMib()).isEqualTo(2048);
    assertThat(vm.diskMib()).isEqualTo(20480);
    assertThat(sim.vms()).containsExactly(vm);

    TaskSnapshot task = sim.tasks().stream().filter(t -> t.consulId() == created.get("task").asLong()).findFirst()
        .orElseThrow();
    JsonNode answer = http.get("/vm/v3/task/" + task.id()).json();
    assertThat(task.name()).isEqualTo(answer.get("name").asText()).isEqualTo("host_create");
    assertThat(task.vmId()).isEqualTo(answer.get("instance_id").asLong()).isEqualTo(vmId);
    assertThat(task.status()).isEqualTo(answer.get("status").asText()).isEqualTo("complete");
    assertThat(task.failure()).isEmpty();
    assertThat(task.startedAt()).isEqualTo(START);
  }

  @Test
  void aLicenseSnapshotMatchesItsAnswerAndNeverPrintsItsKey() {
    long id = http.billing("func", "soft.order.param", "pricelist", "3541", "period", "1", "ip", "198.51.100.7",
        "licname", "svc-42 web1", "sok", "ok", "skipbasket", "on", "remoteid", "svc-42").json().at("/doc/id/$")
        .asLong();
    assertThat(sim.license(id).status()).isEqualTo(LicenseSnapshot.PROCESSING);
    assertThat(sim.license(id).key()).isEmpty();
    sim.advance(Duration.ofMinutes(1));
    sim.advance(Duration.ofMinutes(1));
    http.billing("func", "soft.edit", "elid", String.valueOf(id), "ip", "198.51.100.8", "sok", "ok");

    LicenseSnapshot license = sim.license(id);
    JsonNode doc = http.billing("func", "soft.edit", "elid", String.valueOf(id)).json().get("doc");
    assertThat(license.id()).isEqualTo(id);
    assertThat(license.pricelistId()).isEqualTo(3541);
    assertThat(license.licenseName()).isEqualTo(doc.at("/licname/$").asText()).isEqualTo("svc-42 web1");
    assertThat(license.ip()).isEqualTo(doc.at("/ip/$").asText()).isEqualTo("198.51.100.8");
    assertThat(String.valueOf(license.status())).isEqualTo(doc.at("/status/$").asText());
    assertThat(license.status()).isEqualTo(LicenseSnapshot.ACTIVE);
    assertThat(license.expireDate()).hasToString(doc.at("/expiredate/$").asText());
    assertThat(license.remoteId()).isEqualTo("svc-42");
    assertThat(license.key()).contains(doc.at("/lickey/$").asText());
    assertThat(license.ipChangedAt()).isEqualTo(START.plus(Duration.ofMinutes(2)));
    assertThat(license.keyChangedAt()).isBefore(license.ipChangedAt());
    assertThat(license.toString()).doesNotContain(license.key().orElseThrow()).contains("key=****");
    assertThat(sim.licenses()).hasSize(9).contains(license);
  }

  @Test
  void userSnapshotsMatchTheUserList() {
    http.post("/dci/v3/user", "{\"email\":\"snap@client.example\",\"full_name\":\"Snap Shot\","
        + "\"password\":\"pw-123456\",\"phone_number\":\"+100\"}");

    UserSnapshot user = sim.users().stream().filter(u -> u.email().equals("snap@client.example")).findFirst()
        .orElseThrow();
    JsonNode listed = http.get("/dci/v3/user?where=" + Http.enc("email EQ 'snap@client.example'")).json()
        .at("/list/0");
    assertThat(user.id()).isEqualTo(listed.get("id").asLong());
    assertThat(user.fullName()).isEqualTo(listed.get("full_name").asText()).isEqualTo("Snap Shot");
    assertThat(user.phoneNumber()).isEqualTo(listed.get("phone_number").asText());
    assertThat(user.roles()).containsExactlyElementsOf(texts(listed.get("roles"), null));
    assertThat(user.state()).isEqualTo(listed.get("state").asText());
    assertThat(user.toString()).doesNotContain("pw-123456");
  }

  private long freeServer() {
    String where = "owner IS null AND is_new EQ false AND has_errors EQ false AND maintenance_mode EQ false";
    return http.get("/dci/v3/server?limit=0,1&orderby=id%20asc&where=" + Http.enc(where)).json().at("/list/0/id")
        .asLong();
  }

  private static void assertSame(ServerSnapshot s, JsonNode json) {
    String where = "server " + s.id();
    assertThat(s.id()).as(where).isEqualTo(json.get("id").asLong());
    assertThat(s.name()).as(where).isEqualTo(json.get("name").asText());
    assertThat(s.domain()).as(where).isEqualTo(json.get("domain").asText());
    assertThat(s.location()).as(where).isEqualTo(
        new ServerSnapshot.Location(json.at("/location/id").asLong(), json.at("/location/name").asText()));
    assertThat(s.configuration()).as(where).isEqualTo(json.get("configuration").asText());
    assertThat(s.customConfiguration()).as(where).isEqualTo(json.get("is_custom_configuration").asBoolean());
    assertThat(s.isNew()).as(where).isEqualTo(json.get("is_new").asBoolean());
    assertThat(s.exploitationStatus()).as(where).isEqualTo(json.get("exploitation_status").asText());
    assertThat(s.maintenanceMode()).as(where).isEqualTo(json.get("maintenance_mode").asBoolean());
    assertThat(s.hasErrors()).as(where).isEqualTo(json.get("has_errors").asBoolean());
    assertThat(s.diagError()).as(where).isEqualTo(text(json.get("diag_error")));
    assertThat(s.state()).as(where).isEqualTo(json.get("state").asText());
    assertThat(s.stateInfo()).as(where).isEqualTo(text(json.get("state_info")));
    assertThat(s.powerStatus()).as(where).isEqualTo(json.get("power_status").asText());
    assertThat(s.mac()).as(where).isEqualTo(text(json.get("mac")));
    assertThat(s.owner()).as(where).isEqualTo(json.get("owner").isNull() ? Optional.empty()
        : Optional.of(new ServerSnapshot.Owner(json.at("/owner/id").asLong(), json.at("/owner/email").asText())));
    if (json.get("operation").isNull()) {
      assertThat(s.operation()).as(where).isEmpty();
    } else {
      assertSame(s.operation().orElseThrow(), json.get("operation"));
    }
    assertThat(s.osTemplate()).as(where).isEqualTo(json.get("os_template").isNull() ? Optional.empty()
        : Optional.of(new ServerSnapshot.OsTemplate(json.at("/os_template/id").asLong(),
            json.at("/os_template/name").asText())));
    List<ServerSnapshot.Ip> ips = new ArrayList<>();
    json.get("ip").forEach(ip -> ips.add(new ServerSnapshot.Ip(ip.get("id").asLong(), ip.get("name").asText(),
        ip.get("family").asText())));
    assertThat(s.ips()).as(where).isEqualTo(ips);
    assertThat(s.mainIpv4()).as(where).isEqualTo(text(json.at("/main_ipv4_info/name")));
    List<ServerSnapshot.SwitchPort> ports = new ArrayList<>();
    json.get("switch_connection").forEach(p -> ports.add(new ServerSnapshot.SwitchPort(p.get("id").asLong(),
        p.get("switch").asLong(), p.get("is_ipmi_connection").asBoolean() || p.get("is_ipmi_connection").asInt() == 1,
        p.get("admin_status").asText())));
    assertThat(s.switchPorts()).as(where).isEqualTo(ports);
    JsonNode pdu = json.get("pdu_connection");
    assertThat(s.pduConnections()).as(where).hasSize(pdu.isArray() ? pdu.size() : 1);
    s.pduConnections().forEach(c -> {
      JsonNode served = pdu.isArray() ? pdu.get(0) : pdu;
      assertThat(c.pduId()).as(where).isEqualTo(served.get("pdu_id").asLong());
      assertThat(c.identity()).as(where).isEqualTo(served.has("identity") ? served.get("identity").asText()
          : served.get("port_identity").asText());
    });
    assertThat(s.hardware().motherboard()).as(where).isEqualTo(json.at("/hardware_info/motherboard/model").asText());
    assertThat(s.hardware().ramGb()).as(where).isEqualTo(json.at("/hardware_info/memory/total_gb").asInt());
    assertThat(s.hardware().sockets()).as(where).isEqualTo(json.at("/hardware_info/cpu").size());
    assertThat(s.hardware().disks()).as(where).hasSize(json.at("/hardware_info/disk").size());
  }

  private static void assertSame(OperationSnapshot op, JsonNode json) {
    String where = "operation " + op.id();
    assertThat(op.id()).as(where).isEqualTo(json.get("id").asLong());
    assertThat(op.serverId()).as(where).isEqualTo(json.get("server_id").asLong());
    assertThat(op.type()).as(where).isEqualTo(json.get("type").asText());
    assertThat(op.status()).as(where).isEqualTo(json.get("status").asText());
    assertThat(op.failure()).as(where).isEqualTo(text(json.at("/status_info/msg")));
    List<OperationSnapshot.Stage> stages = new ArrayList<>();
    json.get("progress_info").forEach(p -> stages.add(new OperationSnapshot.Stage(p.get("name").asText(),
        p.get("status").asText())));
    assertThat(op.stages()).as(where).isEqualTo(stages);
    assertThat(op.finishedAt().isPresent()).as(where).isEqualTo(!json.get("finish_date").isNull());
  }

  private static Optional<String> text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? Optional.empty() : Optional.of(node.asText());
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(field == null ? e.asText() : e.get(field).asText()));
    return out;
  }
}

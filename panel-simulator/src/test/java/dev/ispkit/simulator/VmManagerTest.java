package dev.ispkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VMmanager 6 over plain HTTP: look-ups, the VM lifecycle with its tasks, IPs and accounts. */
class VmManagerTest {
  private static final String CREATE = "{\"name\":\"cont123\",\"password\":\"Pa55word\",\"cluster\":1,\"os\":1,"
      + "\"cpu_number\":1,\"ram_mib\":1024,\"hdd_mib\":10240,\"account\":%d,\"ipv4_number\":1,"
      + "\"ipv6_enabled\":false,\"domain\":\"VM.Example.com\"}";

  PanelSimulator sim;
  Http http;

  @BeforeEach
  void start() {
    sim = PanelSimulator.start(Http.manual().servers(0).taskDuration(Duration.ofSeconds(60)).build());
    http = new Http(sim).login();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private long account(String email) {
    Http.Response r = http.post("/vm/v3/account", "{\"email\":\"" + email + "\",\"password\":\"pw-123456\","
        + "\"role\":\"@user\"}");
    return r.json().get("id").asLong();
  }

  private JsonNode create(long account) {
    Http.Response r = http.post("/vm/v3/host", String.format(CREATE, account));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private JsonNode taskByConsul(long consulId, String name) {
    String where = "((consul_id EQ '" + consulId + "') AND (name EQ '" + name + "'))";
    return http.get("/vm/v3/task?where=" + Http.enc(where)).json().get("list").get(0);
  }

  private JsonNode fullHost(long id) {
    return http.get("/vm/v3/host?where=" + Http.enc("(id EQ '" + id + "')")).json().get("list").get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/vm/v3", "/api/vm/v3"})
  void lookUpsUnderBothPrefixes(String prefix) {
    assertThat(http.get(prefix + "/cluster").json().get("list")).extracting(c -> c.get("virtualization_type")
        .asText()).containsExactly("kvm", "lxd");
    assertThat(http.get(prefix + "/cluster/1").json().get("name").asText()).isEqualTo("kvm-cluster-1");
    JsonNode ubuntu = http.get(prefix + "/os?where=" + Http.enc("(name EQ 'Ubuntu 22.04')")).json();
    assertThat(ubuntu.get("list")).hasSize(1);
    assertThat(ubuntu.at("/list/0/clusters/0/id").asLong()).isEqualTo(1);
    assertThat(http.get(prefix + "/recipe").json().get("list")).isNotEmpty();
    assertThat(http.get(prefix + "/os?where=" + Http.enc("clusters.id EQ 2 AND is_lxd_image EQ true")).json()
        .get("size").asInt()).isEqualTo(1);
    assertThat(http.get(prefix + "/os?where=" + Http.enc("repository_id EQ 1")).json().get("size").asInt())
        .isEqualTo(4);
    assertThat(http.get(prefix + "/os?where=" + Http.enc("flavour EQ 1")).status()).isEqualTo(400);
    assertThat(http.get(prefix + "/node").json().get("size").asInt()).isEqualTo(3);
    assertThat(http.get(prefix + "/ippool").json().get("list")).isNotEmpty();
    assertThat(http.get(prefix + "/preset").json().get("list")).isNotEmpty();
  }

  @Test
  void createRunsHostCreateToCompleteAndTheHostBecomesActive() {
    long account = account("vps@client.example");
    JsonNode created = create(account);
    long id = created.get("id").asLong();
    long consul = created.get("task").asLong();
    assertThat(created.has("recipe_task_list")).isTrue();
    assertThat(created.has("spice_task")).isTrue();

    JsonNode task = taskByConsul(consul, "host_create");
    assertThat(task.get("status").asText()).isEqualTo("created");
    assertThat(fullHost(id).get("state").asText()).isEqualTo("creating");
    sim.advance(Duration.ofSeconds(30));
    assertThat(http.get("/vm/v3/task/" + task.get("id").asLong()).json().get("status").asText())
        .isEqualTo("running");
    sim.advance(Duration.ofSeconds(30));

    assertThat(taskByConsul(consul, "host_create").get("status").asText()).isEqualTo("complete");
    JsonNode host = fullHost(id);
    assertThat(host.get("state").asText()).isEqualTo("active");
    assertThat(host.get("domain").asText()).isEqualTo("vm.example.com");
    assertThat(host.at("/account/id").asLong()).isEqualTo(account);
    assertThat(host.at("/os/id").asLong()).isEqualTo(1);
    assertThat(host.at("/ip4/0/ip").asText()).startsWith("185.200.");
    assertThat(host.at("/disk/id").isNumber()).isTrue();
    assertThat(host.size()).as("the host list item's ~80 fields").isGreaterThan(70);
  }

  @Test
  void byIdTheHostIsReduced() {
    long id = create(account("r@client.example")).get("id").asLong();

    JsonNode reduced = http.get("/vm/v3/host/" + id).json();

    assertThat(reduced.get("name").asText()).isEqualTo("cont123");
    assertThat(reduced.get("node").isNumber()).isTrue();
    assertThat(reduced.has("ip4")).isFalse();
    assertThat(reduced.has("disk")).isFalse();
  }

  /**
   * The API notes see only {@code creating}, {@code active} and {@code stopped} as host states, and no error state:
   * a VM whose {@code host_create} failed stays, {@code stopped}, until it is deleted.
   */
  @Test
  void scriptedCreateFailureEndsInFailAndLeavesTheVmStopped() {
    long account = account("f@client.example");
    sim.failNextTask("host_create", "No free space on storage");
    JsonNode created = create(account);
    long id = created.get("id").asLong();
    assertThat(http.get("/vm/v3/host/" + id).json().get("state").asText()).isEqualTo("creating");

    sim.advance(Duration.ofMinutes(2));

    JsonNode task = taskByConsul(created.get("task").asLong(), "host_create");
    assertThat(task.get("status").asText()).isEqualTo("fail");
    assertThat(task.at("/error/msg").asText()).isEqualTo("No free space on storage");
    Http.Response byId = http.get("/vm/v3/host/" + id);
    assertThat(byId.status()).isEqualTo(200);
    assertThat(byId.json().get("state").asText()).isEqualTo("stopped");
    assertThat(fullHost(id).get("state").asText()).isEqualTo("stopped");
    assertThat(http.get("/vm/v3/host?where=" + Http.enc("state EQ 'stopped'")).json().get("size").asInt())
        .isEqualTo(1);

    JsonNode delete = http.delete("/vm/v3/host/" + id).json();
    sim.advance(Duration.ofMinutes(1));
    assertThat(taskByConsul(delete.get("task").asLong(), "host_delete").get("status").asText())
        .isEqualTo("complete");
    assertThat(http.get("/vm/v3/host/" + id).status()).as("a failed VM can be cleaned up").isEqualTo(404);
  }

  @Test
  void stopStartRestartReinstallAndDelete() {
    long id = create(account("life@client.example")).get("id").asLong();
    sim.advance(Duration.ofMinutes(1));

    JsonNode stop = http.post("/vm/v3/host/" + id + "/stop", "{}").json();
    assertThat(stop.get("id").asLong()).isEqualTo(id);
    sim.advance(Duration.ofMinutes(1));
    assertThat(taskByConsul(stop.get("task").asLong(), "host_stop").get("status").asText()).isEqualTo("complete");
    assertThat(fullHost(id).get("state").asText()).isEqualTo("stopped");

    http.post("/vm/v3/host/" + id + "/start", "{}");
    sim.advance(Duration.ofMinutes(1));
    assertThat(fullHost(id).get("state").asText()).isEqualTo("active");

    JsonNode restart = http.post("/vm/v3/host/" + id + "/restart", "{\"force\":true}").json();
    sim.advance(Duration.ofMinutes(1));
    assertThat(fullHost(id).get("state").asText()).isEqualTo("stopped");
    sim.advance(Duration.ofMinutes(1));
    assertThat(taskByConsul(restart.get("start_task").asLong(), "host_start").get("status").asText())
        .isEqualTo("complete");
    assertThat(fullHost(id).get("state").asText()).isEqualTo("active");

    JsonNode reinstall = http.post("/vm/v3/host/" + id + "/reinstall",
        "{\"os\":2,\"password\":\"NewPa55\",\"send_email_mode\":\"default\"}").json();
    assertThat(fullHost(id).get("state").asText()).isEqualTo("creating");
    sim.advance(Duration.ofMinutes(1));
    assertThat(taskByConsul(reinstall.get("task").asLong(), "host_reinstall").get("status").asText())
        .isEqualTo("complete");
    assertThat(fullHost(id).get("os_name").asText()).isEqualTo("Debian 12");

    JsonNode delete = http.delete("/vm/v3/host/" + id).json();
    assertThat(fullHost(id).get("state").asText()).isEqualTo("deleting");
    assertThat(http.post("/vm/v3/host/" + id + "/start", "{}").status()).isEqualTo(400);
    sim.advance(Duration.ofMinutes(1));
    assertThat(taskByConsul(delete.get("task").asLong(), "host_delete").get("status").asText())
        .isEqualTo("complete");
    assertThat(http.get("/vm/v3/host?where=" + Http.enc("id EQ " + id)).json().get("size").asInt()).isZero();
    assertThat(http.get("/vm/v3/host/" + id).status()).isEqualTo(404);
  }

  @Test
  void ipsAddListPtrAndDelete() {
    long id = create(account("ip@client.example")).get("id").asLong();
    sim.advance(Duration.ofMinutes(1));

    JsonNode change = http.post("/vm/v3/host/" + id + "/ip", "{\"ipv4_number\":2,\"ipv4_pool\":[1]}").json();
    sim.advance(Duration.ofMinutes(1));
    assertThat(taskByConsul(change.get("task").asLong(), "ip_change").get("status").asText())
        .isEqualTo("complete");
    JsonNode ipv4 = http.get("/vm/v3/host/" + id + "/ipv4").json();
    assertThat(ipv4.get("size").asInt()).isEqualTo(3);
    assertThat(fullHost(id).get("ip4")).hasSize(3);
    long ipId = ipv4.at("/list/1/id").asLong();

    assertThat(http.post("/vm/v3/ip/" + ipId + "/ptr", "{\"domain\":\"mail.client.example\"}").status())
        .isEqualTo(200);
    assertThat(http.get("/vm/v3/host/" + id + "/ipv4?where=" + Http.enc("(id EQ '" + ipId + "')")).json()
        .at("/list/0/domain").asText()).isEqualTo("mail.client.example");
    http.delete("/vm/v3/ip/" + ipId);
    sim.advance(Duration.ofMinutes(1));
    assertThat(http.get("/vm/v3/host/" + id + "/ipv4").json().get("size").asInt()).isEqualTo(2);
    assertThat(http.get("/vm/v3/host/" + id + "/ipv6").json().get("ipv6_enabled").asBoolean()).isFalse();
  }

  @Test
  void resourcePasswordAndOwnerChangesRunAsTasks() {
    long id = create(account("res@client.example")).get("id").asLong();
    long other = account("other@client.example");
    sim.advance(Duration.ofMinutes(1));

    http.post("/vm/v3/host/" + id + "/resource", "{\"cpu_number\":2,\"ram_mib\":2048,"
        + "\"defer\":{\"action\":\"host_stop\"}}");
    assertThat(fullHost(id).get("cpu_number_new").asInt()).isEqualTo(2);
    assertThat(http.post("/vm/v3/host/" + id + "/password", "{\"password\":\"short\"}").status()).isEqualTo(400);
    assertThat(http.post("/vm/v3/host/" + id + "/password", "{\"password\":\"LongEnough1\"}").json()
        .has("task")).isTrue();
    http.post("/vm/v3/host/" + id + "/account", "{\"account\":" + other + "}");
    sim.advance(Duration.ofMinutes(1));

    JsonNode host = fullHost(id);
    assertThat(host.get("cpu_number").asInt()).isEqualTo(2);
    assertThat(host.get("ram_mib").asInt()).isEqualTo(2048);
    assertThat(host.at("/account/id").asLong()).isEqualTo(other);
  }

  @Test
  void editRenamesAndRejectsOtherProperties() {
    long id = create(account("e@client.example")).get("id").asLong();

    assertThat(http.post("/vm/v3/host/" + id, "{\"name\":\"web-2\",\"comment\":\"moved\"}").status())
        .isEqualTo(200);
    assertThat(http.post("/vm/v3/host/" + id, "{\"firewall_rules\":[]}").json().at("/error/msg").asText())
        .contains("Unexpected property 'firewall_rules'");
    assertThat(sim.vm(id).name()).isEqualTo("web-2");
    assertThat(sim.vm(id).comment()).isEqualTo("moved");
  }

  @Test
  void createIsValidatedLikeThePanel() {
    long account = account("v@client.example");

    assertThat(http.post("/vm/v3/host", String.format(CREATE, account).replace("\"cluster\":1", "\"cluster\":9"))
        .status()).isEqualTo(400);
    assertThat(http.post("/vm/v3/host", String.format(CREATE, account).replace("\"os\":1", "\"os\":5")).json()
        .at("/error/msg").asText()).contains("not available on cluster 1");
    assertThat(http.post("/vm/v3/host", String.format(CREATE, account).replace("{", "{\"colour\":1,")).json()
        .at("/error/msg").asText()).contains("Unexpected property 'colour'");
    assertThat(http.post("/vm/v3/host", String.format(CREATE, account).replace("\"os\":1", "\"os\":4")).json()
        .at("/error/msg").asText()).contains("at least 2048 MiB");
  }

  @Test
  void accountsAreListedFilteredEditedAndDeleted() {
    long id = account("acc@client.example");
    assertThat(http.post("/vm/v3/account", "{\"email\":\"acc@client.example\",\"password\":\"x\"}").status())
        .isEqualTo(400);

    JsonNode found = http.get("/vm/v3/account?where=" + Http.enc("(email EQ 'acc@client.example')")).json();
    assertThat(found.at("/list/0/id").asLong()).isEqualTo(id);
    assertThat(found.at("/list/0/roles/0").asText()).isEqualTo("@user");
    JsonNode admins = http.get("/vm/v3/account?where=" + Http.enc("((roles CP '%@admin%') AND (state EQ 'active'))"))
        .json();
    assertThat(admins.at("/list/0/email").asText()).isEqualTo("admin@example.com");

    http.post("/vm/v3/user/" + id, "{\"roles\":[\"@user\",\"@support\"]}");
    assertThat(sim.users()).anySatisfy(u -> {
      assertThat(u.id()).isEqualTo(id);
      assertThat(u.roles()).containsExactly("@user", "@support");
    });
    long host = create(id).get("id").asLong();
    assertThat(http.delete("/vm/v3/user/" + id).status()).isEqualTo(400);
    http.delete("/vm/v3/host/" + host);
    sim.advance(Duration.ofMinutes(1));
    assertThat(http.delete("/vm/v3/user/" + id).status()).isEqualTo(200);
  }

  @Test
  void tasksListByNameAndById() {
    long account = account("t@client.example");
    JsonNode created = create(account);

    JsonNode byName = http.get("/vm/v3/task?where=" + Http.enc("name EQ 'host_create'")).json();
    assertThat(byName.get("size").asInt()).isEqualTo(1);
    long taskId = byName.at("/list/0/id").asLong();
    assertThat(taskId).isNotEqualTo(created.get("task").asLong());
    assertThat(http.get("/vm/v3/task/" + taskId).json().get("consul_id").asLong())
        .isEqualTo(created.get("task").asLong());
    assertThat(http.get("/vm/v3/task/424242").status()).isEqualTo(404);
  }

  @Test
  void aClustersPoolsAreItsListItemsIppoolsAndThePoolsClusters() {
    JsonNode kvm = http.get("/vm/v3/cluster?where=" + Http.enc("(id EQ 1)")).json().at("/list/0");
    assertThat(kvm.get("ippools")).extracting(p -> p.get("id").asLong()).containsExactly(1L, 2L);
    assertThat(kvm.at("/ippools/0/name").asText()).isEqualTo("kvm-public");
    JsonNode pools = http.get("/vm/v3/ippool?where=" + Http.enc("clusters.id EQ 2")).json();
    assertThat(pools.get("list")).extracting(p -> p.get("name").asText()).containsExactly("lxd-public");
    // Counts as numeric strings, as the typed client that follows the panel's Swagger declares them.
    assertThat(pools.at("/list/0/total_ip").asText()).isEqualTo("1000");
    assertThat(pools.at("/list/0/using_ip").isTextual()).isTrue();
    // Only the POST that binds pools is seen on this path; the simulator serves no GET there.
    assertThat(http.get("/vm/v3/cluster/1/ippool").status()).isEqualTo(404);
  }

  @Test
  void customInterfacesInIspsystemsShapeGiveTheVmItsInterfacesAndAddresses() {
    long account = account("nics@client.example");
    String body = String.format(CREATE, account).replace(",\"ipv4_number\":1", "").replace("}",
        ",\"custom_interfaces\":["
            + "{\"mac\":null,\"bridge\":null,\"ip_name\":\"185.200.10.2\",\"ip_count\":1},"
            + "{\"mac\":\"52:54:00:aa:bb:cc\",\"bridge\":\"vmbr1\",\"ippool\":2,\"ip_count\":2},"
            + "{\"bridge\":\"vmbr0\",\"ip_count\":1}]}");

    Http.Response created = http.post("/vm/v3/host", body);

    assertThat(created.status()).as(created.body()).isEqualTo(200);
    long id = created.json().get("id").asLong();
    JsonNode host = fullHost(id);
    assertThat(host.get("interfaces")).extracting(n -> n.get("host_interface").asText())
        .containsExactly("ens3", "ens4", "ens5");
    assertThat(host.get("interfaces")).extracting(n -> n.get("node_interface").asInt()).containsExactly(1, 2, 1);
    assertThat(host.at("/interfaces/1/mac").asText()).isEqualTo("52:54:00:aa:bb:cc");
    JsonNode ipv4 = http.get("/vm/v3/host/" + id + "/ipv4").json().get("list");
    assertThat(ipv4).extracting(ip -> ip.get("ip_addr").asText() + "@" + ip.at("/host/interface_name").asText()
        + "/" + ip.get("cluster_interface").asInt() + "/" + ip.get("ippool").asLong())
        .as("the pool's next address skips the one given by name")
        .containsExactly("185.200.10.2@ens3/0/1", "185.200.20.2@ens4/1/2", "185.200.20.3@ens4/1/2",
            "185.200.10.3@ens5/0/1");
    JsonNode pools = http.get("/vm/v3/ippool").json().get("list");
    assertThat(pools).extracting(p -> p.get("using_ip").asText()).containsExactly("2", "2", "0");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"bridge\":\"vmbr7\",\"ip_count\":1}",
      "{\"ip_name\":\"185.200.9.1\",\"ippool\":1}",
      "{\"bridge\":\"vmbr0\",\"ippool\":42}",
      "{\"bridge\":\"vmbr0\",\"network\":1}"})
  void aCustomInterfaceThePanelCannotMeetIsRefusedAndLeavesNothingBehind(String entry) {
    long account = account("bad-nics@client.example");
    String body = String.format(CREATE, account).replace(",\"ipv4_number\":1", "")
        .replace("}", ",\"custom_interfaces\":[{\"ippool\":1},"  + entry + "]}");

    Http.Response refused = http.post("/vm/v3/host", body);

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(http.get("/vm/v3/host").json().get("size").asInt()).isZero();
    assertThat(http.get("/vm/v3/ippool").json().get("list")).extracting(p -> p.get("using_ip").asText())
        .containsOnly("0");
  }

  @Test
  void aGivenAddressAlreadyInUseIsRefused() {
    long account = account("taken@client.example");
    long first = create(account).get("id").asLong();
    String taken = fullHost(first).at("/ip4/0/ip").asText();
    String body = String.format(CREATE, account).replace(",\"ipv4_number\":1", "")
        .replace("}", ",\"custom_interfaces\":[{\"ip_name\":\"" + taken + "\",\"ip_count\":1}]}");

    Http.Response refused = http.post("/vm/v3/host", body);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains(taken);
  }

  @Test
  void recipeListStartsOneRecipeTaskPerRecipeOnCreateAndReinstall() {
    long account = account("recipes@client.example");
    String body = String.format(CREATE, account).replace("}", ",\"recipe_list\":[{\"recipe\":1},"
        + "{\"recipe\":2,\"recipe_params\":[{\"name\":\"x\",\"value\":\"y\"}]}]}");

    JsonNode created = http.post("/vm/v3/host", body).json();

    assertThat(created.get("recipe_task_list")).hasSize(2);
    assertThat(created.get("recipe_task").asLong()).isEqualTo(created.at("/recipe_task_list/0").asLong());
    assertThat(taskByConsul(created.at("/recipe_task_list/1").asLong(), "recipe").get("status").asText())
        .isEqualTo("created");
    long id = created.get("id").asLong();
    sim.advance(Duration.ofMinutes(1));

    JsonNode reinstalled = http.post("/vm/v3/host/" + id + "/reinstall",
        "{\"os\":2,\"password\":\"Pa55word\",\"recipe_list\":[{\"recipe\":2}]}").json();
    assertThat(reinstalled.get("recipe_task_list")).hasSize(1);

    Http.Response unknown = http.post("/vm/v3/host/" + id + "/reinstall",
        "{\"os\":2,\"password\":\"Pa55word\",\"recipe_list\":[{\"recipe\":99}]}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().at("/error/value/property").asText()).isEqualTo("recipe");
    JsonNode none = create(account);
    assertThat(none.get("recipe_task_list")).isEmpty();
    assertThat(none.get("recipe_task").asLong()).isZero();
  }

  @Test
  void diskResizeGrowsTheDiskWhenItsTaskCompletes() {
    long id = create(account("disk@client.example")).get("id").asLong();
    sim.advance(Duration.ofMinutes(1));
    long diskId = fullHost(id).at("/disk/id").asLong();

    JsonNode resized = http.post("/vm/v3/disk/" + diskId, "{\"size_mib\":20480,\"defer\":{\"action\":\"host_stop\"}}")
        .json();

    assertThat(resized.get("id").asLong()).isEqualTo(diskId);
    assertThat(fullHost(id).at("/disk/disk_mib_new").asLong()).isEqualTo(20480);
    assertThat(fullHost(id).at("/disk/disk_mib").asLong()).isEqualTo(10240);
    sim.advance(Duration.ofMinutes(1));
    assertThat(taskByConsul(resized.get("task").asLong(), "disk_resize").get("status").asText())
        .isEqualTo("complete");
    assertThat(fullHost(id).at("/disk/disk_mib").asLong()).isEqualTo(20480);

    Http.Response shrink = http.post("/vm/v3/disk/" + diskId, "{\"size_mib\":10240}");
    assertThat(shrink.status()).isEqualTo(400);
    assertThat(shrink.json().at("/error/value/property").asText()).isEqualTo("size_mib");
    assertThat(http.post("/vm/v3/disk/4242", "{\"size_mib\":20480}").status()).isEqualTo(404);
  }
}

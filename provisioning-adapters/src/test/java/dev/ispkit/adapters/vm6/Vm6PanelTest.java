package dev.ispkit.adapters.vm6;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.adapters.PanelStub;
import dev.ispkit.client.core.transport.PanelJson;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.engine.port.VirtualMachine;
import dev.ispkit.engine.port.VmPanel;
import dev.ispkit.engine.port.VmPlan;
import dev.ispkit.vm6.Vm6Client;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The VMmanager 6 port against WireMock, with the host list item of vmmanager6.md §4.2 (fixtures/vm-host-list.json)
 * and the answers of §6: the requests each port method makes the client send, and what they become.
 */
@WireMockTest
class Vm6PanelTest {
  private static final ObjectMapper MAPPER = PanelJson.newMapper();
  private static final Duration MINUTES = Duration.ofMinutes(5);
  private static final String HOSTS = "/vm/v3/host";

  private PanelStub stub;
  private Vm6Client client;
  private VmPanel panel;

  @BeforeEach
  void connect(WireMockRuntimeInfo info) {
    stub = new PanelStub(info);
    client = Vm6Client.create(stub.v6(""));
    panel = VmPanels.of(client, "vm-msk", stub.time, stub.time);
  }

  @AfterEach
  void disconnect() {
    client.close();
  }

  /** The host list with the fixture's VM in a state, or empty. */
  private static String hostList(String state) throws Exception {
    ObjectNode list = (ObjectNode) MAPPER.readTree(PanelStub.fixture("vm-host-list.json"));
    if (state == null) {
      list.putArray("list");
      list.put("size", 0);
    } else {
      ((ObjectNode) list.get("list").get(0)).put("state", state);
    }
    return list.toString();
  }

  /** The VM's reads in turn, the last one repeated: its state in each, {@code null} for "not listed". */
  private void hostReads(String... states) throws Exception {
    for (int i = 0; i < states.length; i++) {
      ScenarioMappingBuilder read = get(urlPathEqualTo(HOSTS)).inScenario("reads")
          .whenScenarioStateIs(i == 0 ? STARTED : "read " + i);
      if (i < states.length - 1) {
        read = read.willSetStateTo("read " + (i + 1));
      }
      stub.wm.register(read.willReturn(okJson(hostList(states[i]))));
    }
  }

  @Test
  void createsByNamesWithTheAdditionalInterfaceAndWaitsForTheCreationTask() throws Exception {
    stub.wm.register(get(urlPathEqualTo("/vm/v3/os")).willReturn(okJson("{\"list\":["
        + "{\"id\":31,\"name\":\"Ubuntu 22.04\",\"repository\":\"local\",\"os_group\":\"ubuntu\","
        + "\"clusters\":[{\"id\":2}]},"
        + "{\"id\":25,\"name\":\"Ubuntu 22.04\",\"repository\":\"ISPsystem\",\"os_group\":\"ubuntu\","
        + "\"clusters\":[{\"id\":1}]}],\"size\":2}")));
    stub.wm.register(get(urlPathEqualTo("/vm/v3/recipe"))
        .willReturn(okJson("{\"list\":[{\"id\":5,\"name\":\"LAMP\",\"tags\":[\"linux\"]}],\"size\":1}")));
    stub.wm.register(post(urlPathEqualTo(HOSTS)).willReturn(okJson(
        "{\"id\": 101, \"task\": 5551, \"recipe_task_list\": [5552], \"recipe_task\": 5552, \"spice_task\": 0}")));
    stub.wm.register(get(urlPathEqualTo("/vm/v3/task")).willReturn(okJson("{\"last_notify\": 0, \"list\": [{\"id\": "
        + "777, \"consul_id\": 5551, \"name\": \"host_create\", \"status\": \"complete\", \"defer_reason\": \"\"}]}")));
    stub.wm.register(get(urlPathEqualTo(HOSTS)).willReturn(okJson(hostList("active"))));

    long vmId = panel.createVm(new VmPlan(1, 7, "vps-10482", "Ubuntu 22.04", Optional.of("LAMP"), 2, 2048, 20480,
        "Root-pa55-word", Optional.of("vmbr1")));
    VirtualMachine vm = panel.awaitOsInstalled(vmId, MINUTES, null);

    assertThat(vm).isEqualTo(new VirtualMachine(101, "vps-10482", Optional.of("203.0.113.10"),
        VirtualMachine.State.RUNNING));
    stub.wm.verifyThat(1, withSession(postRequestedFor(urlPathEqualTo(HOSTS)).withRequestBody(equalToJson(
        "{\"name\":\"vps-10482\",\"password\":\"Root-pa55-word\",\"cluster\":1,\"os\":25,\"cpu_number\":2,"
            + "\"ram_mib\":2048,\"hdd_mib\":20480,\"account\":7,\"ipv6_enabled\":false,"
            + "\"recipe_list\":[{\"recipe\":5}],"
            + "\"custom_interfaces\":[{\"ip_count\":1},{\"bridge\":\"vmbr1\",\"ip_count\":1}]}"))));
    stub.wm.verifyThat(1, withSession(getRequestedFor(urlPathEqualTo("/vm/v3/task"))
        .withQueryParam("where", equalTo("(consul_id EQ '5551') AND (name EQ 'host_create')"))));
    stub.wm.verifyThat(1, getRequestedFor(urlPathEqualTo(HOSTS)).withQueryParam("where", equalTo("id EQ '101'")));
  }

  @Test
  void findsTheVmByItsExactNameOnItsClusterOnly() throws Exception {
    stub.wm.register(get(urlPathEqualTo(HOSTS)).willReturn(okJson(hostList("creating"))));

    assertThat(panel.findVm(1, "vps-10482")).map(VirtualMachine::state).contains(VirtualMachine.State.CREATING);
    assertThat(panel.findVm(2, "vps-10482")).isEmpty();
    assertThat(panel.findVm(1, "vps-1048")).isEmpty();
    stub.wm.verifyThat(3, withSession(getRequestedFor(urlPathEqualTo(HOSTS))));
    stub.wm.verifyThat(2, getRequestedFor(urlPathEqualTo(HOSTS)).withQueryParam("where",
        equalTo("name EQ 'vps-10482'")));
    stub.wm.verifyThat(1, getRequestedFor(urlPathEqualTo(HOSTS)).withQueryParam("where",
        equalTo("name EQ 'vps-1048'")));
  }

  @Test
  void aVmCreatedByAnotherProcessIsWaitedForByItsState() throws Exception {
    hostReads("creating", "creating", "active");

    VirtualMachine vm = panel.awaitOsInstalled(101, MINUTES, null);

    assertThat(vm.state()).isEqualTo(VirtualMachine.State.RUNNING);
    assertThat(stub.time.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    assertThat(stub.calls()).allMatch(call -> call.startsWith("GET /vm/v3/host?"));
  }

  @Test
  void aVmAlreadyGoneIsDeletedWithOneCall() {
    stub.wm.register(delete(urlPathEqualTo(HOSTS + "/101")).willReturn(error(404, 3080, "Host 101 not found")));

    panel.delete(101, MINUTES);

    assertThat(stub.calls()).containsExactly("DELETE /vm/v3/host/101");
  }

  @Test
  void aVmBeingDeletedIsWaitedForUntilItIsGone() throws Exception {
    stub.wm.register(delete(urlPathEqualTo(HOSTS + "/101"))
        .willReturn(error(400, 5002, "Host 101 is being deleted")));
    hostReads("deleting", "deleting", null);

    panel.delete(101, MINUTES);

    assertThat(stub.calls()).containsExactly("DELETE /vm/v3/host/101", "GET /vm/v3/host?where=id EQ '101'",
        "GET /vm/v3/host?where=id EQ '101'", "GET /vm/v3/host?where=id EQ '101'");
    assertThat(stub.time.sleeps).containsExactly(Duration.ofSeconds(10));
  }

  @Test
  void aDeleteRefusedForAnotherReasonIsRefused() throws Exception {
    stub.wm.register(delete(urlPathEqualTo(HOSTS + "/101")).willReturn(error(400, 5002, "Host 101 is protected")));
    stub.wm.register(get(urlPathEqualTo(HOSTS)).willReturn(okJson(hostList("active"))));

    assertThatThrownBy(() -> panel.delete(101, MINUTES)).isInstanceOfSatisfying(PanelFailure.class, failure -> {
      assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED);
      assertThat(failure).hasMessageStartingWith("VMmanager 6 panel vm-msk: delete VM 101 failed: ")
          .hasMessageContaining("protected");
    });
  }

  @Test
  void stoppingAStoppedVmThePanelRefusesIsDoneButARunningOneIsRefused() throws Exception {
    stub.wm.register(post(urlPathEqualTo(HOSTS + "/101/stop"))
        .willReturn(error(400, 5002, "Host 101 is not running")));
    hostReads("stopped", "active");

    panel.stop(101, MINUTES);

    assertThatThrownBy(() -> panel.stop(101, MINUTES)).isInstanceOfSatisfying(PanelFailure.class,
        failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED));
    stub.wm.verifyThat(2, withSession(postRequestedFor(urlPathEqualTo(HOSTS + "/101/stop"))
        .withRequestBody(equalToJson("{\"force\":false}"))));
  }

  @Test
  void startWaitsForItsTaskAndAFailedTaskIsAFailedOperation() {
    stub.wm.register(post(urlPathEqualTo(HOSTS + "/101/start")).willReturn(okJson("{\"id\": 101, \"task\": 5560}")));
    stub.wm.register(get(urlPathEqualTo("/vm/v3/task")).inScenario("start").whenScenarioStateIs(STARTED)
        .willSetStateTo("done").willReturn(okJson("{\"list\": [{\"id\": 780, \"consul_id\": 5560, "
            + "\"name\": \"host_start\", \"status\": \"complete\"}]}")));
    stub.wm.register(get(urlPathEqualTo("/vm/v3/task")).inScenario("start").whenScenarioStateIs("done")
        .willReturn(okJson("{\"list\": [{\"id\": 781, \"consul_id\": 5560, \"name\": \"host_start\", "
            + "\"status\": \"fail\", \"error\": {\"msg\": \"node is down\"}}]}")));

    panel.start(101, MINUTES);

    assertThatThrownBy(() -> panel.start(101, MINUTES)).isInstanceOfSatisfying(PanelFailure.class, failure -> {
      assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.OPERATION_FAILED);
      assertThat(failure).hasMessageContaining("node is down");
    });
    stub.wm.verifyThat(2, withSession(getRequestedFor(urlPathEqualTo("/vm/v3/task"))
        .withQueryParam("where", equalTo("(consul_id EQ '5560') AND (name EQ 'host_start')"))));
  }

  @Test
  void anAdministratorsAccountIsNeverTheCustomers() {
    stub.wm.register(get(urlPathEqualTo("/vm/v3/account")).willReturn(okJson("{\"list\": [{\"id\": 1, \"email\": "
        + "\"admin@example.com\", \"state\": \"active\", \"roles\": [\"@admin\"], \"host_ids\": []}]}")));

    assertThatThrownBy(() -> panel.findAccount("admin@example.com")).isInstanceOfSatisfying(PanelFailure.class,
        failure -> {
          assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED);
          assertThat(failure).hasMessage("VMmanager 6 panel vm-msk: find the account admin@example.com: the account "
              + "is a VMmanager administrator; a customer's VM is never given to one");
        });
    stub.wm.verifyThat(1, getRequestedFor(urlPathEqualTo("/vm/v3/account"))
        .withQueryParam("where", equalTo("email EQ 'admin@example.com'")));
  }

  @Test
  void createsTheAccountAsAUserWithAPasswordNobodyIsTold() throws Exception {
    stub.wm.register(post(urlPathEqualTo("/vm/v3/account")).willReturn(okJson("{\"id\": 7}")));

    assertThat(panel.createAccount("client@example.com")).isEqualTo(7);

    var body = MAPPER.readTree(stub.only(postRequestedFor(urlPathEqualTo("/vm/v3/account"))).getBodyAsString());
    assertThat(body.get("email").asText()).isEqualTo("client@example.com");
    assertThat(body.get("role").asText()).isEqualTo("@user");
    assertThat(body.get("password").asText()).matches("[A-Za-z0-9]{24}");
  }

  @Test
  void aTimeoutOfTheWaitIsTimedOut() throws Exception {
    stub.wm.register(get(urlPathEqualTo(HOSTS)).willReturn(okJson(hostList("creating"))));

    assertThatThrownBy(() -> panel.awaitOsInstalled(101, Duration.ofSeconds(30), null))
        .isInstanceOfSatisfying(PanelFailure.class,
            failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.TIMED_OUT));
    assertThat(stub.time.slept()).isEqualTo(Duration.ofSeconds(30));
  }
}

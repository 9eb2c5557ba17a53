package dev.ispkit.dci6;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ispkit.client.core.transport.PanelJson;
import dev.ispkit.client.core.PanelList;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The model read with the transport's own mapper, for the shapes the docs and the real panel disagree on. */
final class ServerJsonTest {
  private final ObjectMapper mapper = PanelJson.newMapper();

  @Test
  void theRealProductionPageParsesWithNothingTheEngineNeedsLost() throws IOException {
    PanelList<Server> page = mapper.readValue(TestPanel.resource("/fixtures/server-list-production.json"),
        new TypeReference<PanelList<Server>>() {});

    assertThat(page.size()).hasValue(22);
    ServersTest.assertProductionServer(page.list().get(0));
  }

  @Test
  void theDocumentedShapesParseToo() throws IOException {
    // The docs' schema: pdu_connection as one object with port_identity, flags as booleans, objects for the infos.
    Server server = mapper.readValue("{\"id\":2,"
        + "\"operation\":{\"id\":17,\"status\":\"running\",\"status_info\":{},\"progress_info\":[{}]},"
        + "\"switch_connection\":[{\"id\":11,\"switch\":4,\"connection_id\":1,\"description\":\"ge-0/0/1\","
        + "\"admin_status\":\"up\",\"oper_status\":\"up\",\"do_not_collect_traffic\":true,"
        + "\"is_ipmi_connection\":true}],"
        + "\"pdu_connection\":{\"port_id\":5,\"port_identity\":\"A7\",\"pdu_id\":1,\"pdu_name\":\"pdu-1\","
        + "\"connection_id\":3},"
        + "\"settings\":{\"efi\":true},\"state\":\"suspending\",\"state_info\":\"string\",\"hardware_info\":{},"
        + "\"ip\":[{\"id\":8,\"name\":\"10.0.0.8\",\"family\":\"ipv4\",\"status\":\"allocating\","
        + "\"status_info\":{}}]}", Server.class);

    assertThat(server.operation()).hasValueSatisfying(op -> {
      assertThat(op.status()).isEqualTo(OperationStatus.RUNNING);
      assertThat(op.isEnded()).isFalse();
      assertThat(op.progressInfo()).hasSize(1);
    });
    assertThat(server.switchConnections()).singleElement().satisfies(port -> {
      assertThat(port.isIpmiConnection()).isTrue();
      assertThat(port.switchId()).contains(4L);
    });
    assertThat(server.networkSwitchConnections()).isEmpty();
    assertThat(server.pduConnections()).singleElement().satisfies(pdu -> {
      assertThat(pdu.identity()).contains("A7");
      assertThat(pdu.portId()).contains(5L);
    });
    assertThat(server.state()).isEqualTo(ServerState.SUSPENDING);
    assertThat(server.stateInfo().map(PanelValue::text)).contains("string");
    assertThat(server.hardwareInfo()).hasValueSatisfying(hw -> assertThat(hw.isObject()).isTrue());
    assertThat(server.ips()).singleElement().satisfies(ip -> assertThat(ip.status()).isEqualTo(IpStatus.ALLOCATING));
  }

  @Test
  void unknownEnumValuesSurviveAsRawText() throws IOException {
    Server server = mapper.readValue("{\"id\":3,\"power_status\":\"rebooting\","
        + "\"exploitation_status\":\"in_reserve\",\"warehouse_status\":\"in_repair\",\"state\":\"maintenance\","
        + "\"operation\":{\"id\":4,\"status\":\"paused\",\"type\":\"reinstall_firmware\"},"
        + "\"switch_connection\":[{\"id\":5,\"admin_status\":\"testing\",\"is_ipmi_connection\":\"0\"}],"
        + "\"ip\":[{\"id\":6,\"name\":\"fe80::1\",\"family\":\"ipv6ll\",\"status\":\"reserved\"}],"
        + "\"os_template\":{\"id\":7,\"name\":\"FreeBSD 14\",\"os_family\":\"bsd\",\"tags\":[\"bsd\"]}}",
        Server.class);

    assertThat(server.rawPowerStatus()).contains("rebooting");
    assertThat(server.powerStatus()).isEqualTo(PowerStatus.UNKNOWN);
    assertThat(server.rawExploitationStatus()).contains("in_reserve");
    assertThat(server.exploitationStatus()).isEqualTo(ExploitationStatus.UNKNOWN);
    assertThat(server.exploitationStatus()).isNotEqualTo(ExploitationStatus.IN_EXPLOITATION);
    assertThat(server.rawWarehouseStatus()).contains("in_repair");
    assertThat(server.warehouseStatus()).isEqualTo(WarehouseStatus.UNKNOWN);
    assertThat(server.rawState()).contains("maintenance");
    assertThat(server.state()).isEqualTo(ServerState.UNKNOWN);
    Operation operation = server.operation().orElseThrow();
    assertThat(operation.rawStatus()).contains("paused");
    assertThat(operation.status()).isEqualTo(OperationStatus.UNKNOWN);
    assertThat(operation.isEnded()).as("an unknown status means still running").isFalse();
    assertThat(operation.rawType()).contains("reinstall_firmware");
    assertThat(operation.type()).isEqualTo(OperationType.UNKNOWN);
    SwitchConnection port = server.switchConnections().get(0);
    assertThat(port.rawAdminStatus()).contains("testing");
    assertThat(port.adminStatus()).isEqualTo(PortStatus.UNKNOWN);
    Ip ip = server.ips().get(0);
    assertThat(ip.rawFamily()).contains("ipv6ll");
    assertThat(ip.family()).isEqualTo(IpFamily.UNKNOWN);
    assertThat(ip.rawStatus()).contains("reserved");
    assertThat(ip.status()).isEqualTo(IpStatus.UNKNOWN);
    OsTemplate template = server.osTemplate().orElseThrow();
    assertThat(template.rawOsFamily()).contains("bsd");
    assertThat(template.osFamily()).isEqualTo(OsFamily.UNKNOWN);
  }

  @Test
  void emptyAndNullValuesReadAsAbsent() throws IOException {
    Server server = mapper.readValue("{\"id\":4,\"power_status\":\"\",\"configuration\":null,\"owner\":null,"
        + "\"switch_connection\":null,\"pdu_connection\":[],\"ip\":null,\"diag_error\":null,\"operation\":null,"
        + "\"main_ipv4_info\":{\"domain\":null,\"first\":null,\"id\":null,\"name\":null,\"temporary\":null}}",
        Server.class);

    // An empty power_status says nothing: it reads as UNKNOWN, and the raw accessor keeps the empty word as sent.
    assertThat(server.powerStatus()).isEqualTo(PowerStatus.UNKNOWN);
    assertThat(server.rawPowerStatus()).contains("");
    assertThat(server.configuration()).isEmpty();
    assertThat(server.owner()).isEmpty();
    assertThat(server.switchConnections()).isEmpty();
    assertThat(server.pduConnections()).isEmpty();
    assertThat(server.ips()).isEmpty();
    assertThat(server.diagError()).isEmpty();
    assertThat(server.mainIpv4Address()).isEmpty();
  }

  @Test
  void theLocationIdFallsBackToTheEmbeddedLocation() throws IOException {
    Server nullId = mapper.readValue("{\"id\":5,\"location_id\":null,\"location\":{\"id\":3}}", Server.class);
    Server noId = mapper.readValue("{\"id\":5,\"location\":{\"id\":4}}", Server.class);
    Server both = mapper.readValue("{\"id\":5,\"location_id\":6,\"location\":{\"id\":6}}", Server.class);
    Server neither = mapper.readValue("{\"id\":5}", Server.class);

    assertThat(nullId.locationId()).contains(3L);
    assertThat(noId.locationId()).contains(4L);
    assertThat(both.locationId()).contains(6L);
    assertThat(neither.locationId()).isEmpty();
  }

  @Test
  void operationDescribesItsStatusThepanelsWordsAndItsStage() throws IOException {
    Operation failed = mapper.readValue("{\"id\":9,\"status\":\"failed\","
        + "\"status_info\":{\"msg\":\"disk sdb does not answer\",\"stage\":\"partition_disks\"},"
        + "\"progress_info\":[{\"name\":\"prepare\",\"status\":\"ok\"},"
        + "{\"name\":\"partition_disks\",\"status\":\"failed\"},{\"name\":\"install_os\",\"status\":\"skipped\"}]}",
        Operation.class);
    Operation running = mapper.readValue("{\"id\":9,\"status\":\"running\",\"status_info\":null,"
        + "\"progress_info\":[{\"name\":\"prepare\",\"status\":\"ok\"},"
        + "{\"name\":\"install_os\",\"status\":\"running\"},"
        + "{\"name\":\"configure_network\",\"status\":\"new\"}]}", Operation.class);

    assertThat(failed.describe()).isEqualTo("failed: disk sdb does not answer (partition_disks)");
    assertThat(failed.status().isFailed()).isTrue();
    assertThat(running.describe()).isEqualTo("running (install_os)");
  }

  @Test
  void userRolesReadFromTheDocsTextAndFromAList() throws IOException {
    User documented = mapper.readValue("{\"id\":0,\"email\":\"string\",\"server_count\":0,\"roles\":\"[@user]\","
        + "\"vlans_per_user\":5}", User.class);
    User listed = mapper.readValue("{\"id\":5,\"email\":\"a@example.com\",\"roles\":[\"@user\",\"@admin\"]}",
        User.class);
    User none = mapper.readValue("{\"id\":6,\"email\":\"b@example.com\",\"roles\":null}", User.class);

    assertThat(documented.roles()).containsExactly("@user");
    assertThat(documented.serverCount()).contains(0);
    assertThat(listed.roles()).containsExactly("@user", "@admin");
    assertThat(none.roles()).isEmpty();
  }
}

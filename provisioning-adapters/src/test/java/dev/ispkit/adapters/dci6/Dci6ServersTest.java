package dev.ispkit.adapters.dci6;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ispkit.client.core.PanelList;
import dev.ispkit.client.core.transport.PanelJson;
import dev.ispkit.dci6.Server;
import dev.ispkit.engine.availability.AvailabilityCondition;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.inventory.DiagnosticsState;
import dev.ispkit.engine.inventory.LastOperationStatus;
import dev.ispkit.engine.inventory.MaintenanceMode;
import dev.ispkit.engine.inventory.PowerStatus;
import dev.ispkit.engine.inventory.SwitchConnection;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine's server built from DCImanager 6 JSON, read the way the client reads a panel answer: with the
 * transport's own mapper into the client's {@link Server}, then mapped.
 */
class Dci6ServersTest {
  private static final ObjectMapper MAPPER = PanelJson.newMapper();

  /** The first element of the captured production list, as JSON to change. */
  private static ObjectNode capturedElement() throws IOException {
    try (InputStream in = Dci6ServersTest.class.getResourceAsStream("/fixtures/server-list-production.json")) {
      return (ObjectNode) MAPPER.readTree(in).get("list").get(0);
    }
  }

  /** The captured element without its owner and with a configuration diagnostics generated. */
  private static ObjectNode capturedElementFreed() throws IOException {
    ObjectNode json = capturedElement();
    json.putNull("owner");
    json.putNull("owner_email");
    json.put("configuration", "E-2146G-64Gb-1920SSD-3840SSD");
    json.put("generated_configuration", "E-2146G-64Gb-1920SSD-3840SSD");
    return json;
  }

  private static dev.ispkit.engine.inventory.Server mapped(String json) throws IOException {
    return Dci6Servers.toEngine(MAPPER.readValue(json, Server.class));
  }

  @Test
  void theRealCapturedServerReachesTheEngineWithEveryFieldALifecycleReads() throws IOException {
    PanelList<Server> page;
    try (InputStream in = Dci6ServersTest.class.getResourceAsStream("/fixtures/server-list-production.json")) {
      page = MAPPER.readValue(in, new TypeReference<PanelList<Server>>() {});
    }

    dev.ispkit.engine.inventory.Server server = Dci6Servers.toEngine(page.list().get(0));

    assertThat(server.id()).isEqualTo(3241);
    assertThat(server.name()).isEqualTo("cs59019");
    assertThat(server.locationId()).hasValue(3);
    assertThat(server.owned()).isTrue();
    assertThat(server.ownerId()).hasValue(930);
    assertThat(server.mainIpv4()).contains("94.198.51.220");
    assertThat(server.power()).isEqualTo(PowerStatus.ON);
    assertThat(server.switchConnections()).containsExactly(
        new SwitchConnection(900, 35, "GigabitEthernet0/14", false, true));
    assertThat(server.inOperation()).isTrue();
    // What the capture leaves null or does not send arrives as "none" or "unknown", never as a guess.
    assertThat(server.runningOperationId()).isEmpty();
    assertThat(server.lastOperation()).isEqualTo(LastOperationStatus.NONE);
    assertThat(server.mac()).isEmpty();
    assertThat(server.unreadableMac()).isEmpty();
    assertThat(server.configurationLabel()).isEmpty();
    assertThat(server.diagnostics()).isEqualTo(DiagnosticsState.NOT_RUN);
    assertThat(server.maintenance()).isEqualTo(MaintenanceMode.OFF);
    assertThat(server.stateInfo()).isEmpty();
    assertThat(server.diagnosticError()).isEmpty();
    assertThat(server.statusErrors()).isFalse();
    assertThat(AvailabilityFilter.of(3, false).check(List.of(server)).availability(0).reasons()).containsExactly(
        AvailabilityCondition.OWNED, AvailabilityCondition.DIAGNOSTICS_NOT_COMPLETED,
        AvailabilityCondition.CONFIGURATION_UNDEFINED);
  }

  @Test
  void theCapturedServerWithTheFieldsItLeavesNullFilledInCarriesEachToTheEngine() throws IOException {
    // Synthetic: the captured element, with the fields the capture has null set in the shapes the docs show.
    ObjectNode json = capturedElement();
    json.putObject("operation").put("id", 5521).put("type", "install").put("status", "running")
        .putNull("status_info").putArray("progress_info");
    json.put("mac", "0C:C4:7A:1E:22:10");
    json.put("configuration", "E-2146G-64Gb-1920SSD-3840SSD");
    json.put("generated_configuration", "E-2146G-64Gb-1920SSD-3840SSD");
    json.put("state_info", "BMC is not responding");
    json.put("maintenance_mode", false);

    dev.ispkit.engine.inventory.Server server = mapped(json.toString());

    assertThat(server.id()).isEqualTo(3241);
    assertThat(server.locationId()).hasValue(3);
    assertThat(server.ownerId()).hasValue(930);
    assertThat(server.mainIpv4()).contains("94.198.51.220");
    assertThat(server.runningOperationId()).hasValue(5521);
    assertThat(server.lastOperation()).isEqualTo(LastOperationStatus.RUNNING);
    assertThat(server.power()).isEqualTo(PowerStatus.ON);
    assertThat(server.switchConnections()).singleElement().satisfies(port -> {
      assertThat(port.portId()).isEqualTo(900);
      assertThat(port.switchId()).isEqualTo(35);
    });
    assertThat(server.mac()).contains("0c:c4:7a:1e:22:10");
    assertThat(server.configurationLabel()).isEqualTo("E-2146G-64Gb-1920SSD-3840SSD");
    assertThat(server.diagnostics()).isEqualTo(DiagnosticsState.COMPLETED);
    assertThat(server.maintenance()).isEqualTo(MaintenanceMode.OFF);
    assertThat(server.stateInfo()).contains("BMC is not responding");
    assertThat(server.hasErrors()).isTrue();
  }

  @Test
  void aFreeServerOfTheSameShapeIsAvailable() throws IOException {
    ObjectNode json = capturedElementFreed();
    json.put("mac", "0c:c4:7a:1e:22:10");
    json.putObject("operation").put("id", 17).put("type", "diag").put("status", "ok");
    json.put("maintenance_mode", false);

    dev.ispkit.engine.inventory.Server server = mapped(json.toString());

    assertThat(server.owned()).isFalse();
    assertThat(server.ownerId()).isEmpty();
    assertThat(server.runningOperationId()).isEmpty();
    assertThat(AvailabilityFilter.of(3, false).check(List.of(server)).isAvailable(0)).isTrue();
  }

  @ParameterizedTest(name = "operation status ''{0}'' keeps the id: {1}")
  @CsvSource({"new, true", "running, true", "paused, true", "ok, false", "failed, false", "error, false",
      "canceled, false"})
  void theRunningOperationIdIsKeptWhileTheOperationHasNotEnded(String status, boolean kept) throws IOException {
    dev.ispkit.engine.inventory.Server server = mapped("{\"id\":1,\"operation\":{\"id\":77,\"status\":\"" + status
        + "\"}}");

    assertThat(server.runningOperationId().isPresent()).isEqualTo(kept);
  }

  @Test
  void unknownWordsNeverMakeAServerAvailable() throws IOException {
    ObjectNode json = capturedElementFreed();
    json.put("exploitation_status", "in_reserve");
    json.put("power_status", "rebooting");
    json.put("mac", "0c:c4:7a:1e:22");
    json.remove("location_id");
    json.remove("location");
    json.putObject("operation").put("id", 4).put("type", "reinstall_firmware").put("status", "paused");
    json.put("maintenance_mode", "paused-by-admin");

    dev.ispkit.engine.inventory.Server server = mapped(json.toString());

    assertThat(server.power()).isEqualTo(PowerStatus.UNKNOWN);
    assertThat(server.unreadableMac()).contains("0c:c4:7a:1e:22");
    assertThat(AvailabilityFilter.of(3, true).check(List.of(server)).availability(0).reasons()).containsExactly(
        AvailabilityCondition.LAST_OPERATION_NOT_OK, AvailabilityCondition.MAINTENANCE_UNKNOWN,
        AvailabilityCondition.NOT_IN_OPERATION, AvailabilityCondition.MAC_UNREADABLE,
        AvailabilityCondition.LOCATION_UNKNOWN);
  }

  @Test
  void anOwnerTheListOnlyNamesByEmailIsStillAnOwner() throws IOException {
    dev.ispkit.engine.inventory.Server server = mapped("{\"id\":1,\"owner\":null,\"owner_email\":\"a@example.com\"}");

    assertThat(server.owned()).isTrue();
    assertThat(server.ownerId()).isEmpty();
  }

  @Test
  void undocumentedShapesOfStateInfoAndDiagErrorArriveAsOneLine() throws IOException {
    dev.ispkit.engine.inventory.Server server = mapped("{\"id\":1,\"state_info\":{\"msg\":\"BMC is not responding\"},"
        + "\"diag_error\":\"disk sdb failed\"}");

    assertThat(server.stateInfo()).contains("{\"msg\":\"BMC is not responding\"}");
    assertThat(server.diagnosticError()).contains("disk sdb failed");
  }

  @Test
  void switchPortsKeepThePortAndSwitchIdsAndLeaveOutOnesWithoutASwitch() throws IOException {
    dev.ispkit.engine.inventory.Server server = mapped("{\"id\":1,\"switch_connection\":["
        + "{\"id\":900,\"switch\":35,\"connection_id\":5930,\"description\":\"ge-0/0/1\",\"admin_status\":\"down\","
        + "\"is_ipmi_connection\":0},"
        + "{\"id\":901,\"switch\":35,\"connection_id\":5931,\"admin_status\":\"up\",\"is_ipmi_connection\":true},"
        + "{\"id\":902,\"connection_id\":5932,\"admin_status\":\"up\"}]}");

    assertThat(server.switchConnections()).containsExactly(
        new SwitchConnection(900, 35, "ge-0/0/1", false, false),
        new SwitchConnection(901, 35, "", true, true));
  }
}

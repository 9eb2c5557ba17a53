package dev.ispkit.adapters.dci6;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.client.core.transport.PanelJson;
import dev.ispkit.dci6.ExploitationStatus;
import dev.ispkit.dci6.Operation;
import dev.ispkit.dci6.OperationStatus;
import dev.ispkit.dci6.PortStatus;
import dev.ispkit.dci6.ProgressStep;
import dev.ispkit.dci6.Server;
import dev.ispkit.engine.inventory.DiagnosticsState;
import dev.ispkit.engine.inventory.LastOperationStatus;
import dev.ispkit.engine.inventory.MaintenanceMode;
import dev.ispkit.engine.inventory.PowerStatus;
import dev.ispkit.engine.port.OsFamily;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The word table, row by row, from the panel's word as the client reads it to the engine's value. */
class Dci6WordsTest {

  @ParameterizedTest(name = "operation status ''{0}'' is {1}")
  @CsvSource(nullValues = "null", value = {
      "new, NEW", "running, RUNNING", "ok, OK", "OK, OK", "' ok ', OK", "failed, FAILED", "fail, FAILED",
      "error, FAILED", "ERROR, FAILED", "canceled, CANCELED",
      // Words nobody knows, or none: never ok, never ended.
      "cancelled, UNKNOWN", "paused, UNKNOWN", "stopped, UNKNOWN", "'', UNKNOWN", "null, UNKNOWN"})
  void operationStatusWords(String word, LastOperationStatus expected) {
    LastOperationStatus status = Dci6Words.operationStatus(OperationStatus.of(word));

    assertThat(status).isEqualTo(expected);
    assertThat(status.allowsAllocation()).isEqualTo(expected == LastOperationStatus.OK
        || expected == LastOperationStatus.CANCELED);
  }

  @ParameterizedTest(name = "client {0} has a row")
  @EnumSource(OperationStatus.class)
  void everyOperationStatusTheClientKnowsHasARowAndOnlyOkAndCanceledAllowAllocation(OperationStatus status) {
    boolean allows = Dci6Words.operationStatus(status).allowsAllocation();

    assertThat(allows).isEqualTo(status == OperationStatus.OK || status == OperationStatus.CANCELED);
  }

  @Test
  void aServerThatNeverHadAnOperationHasNone() {
    assertThat(Dci6Words.lastOperation(Optional.empty())).isEqualTo(LastOperationStatus.NONE);
    assertThat(Dci6Words.lastOperation(Optional.of(Operation.builder().id(4).rawStatus("error").build())))
        .isEqualTo(LastOperationStatus.FAILED);
  }

  @ParameterizedTest(name = "power ''{0}'' is {1}")
  @CsvSource(nullValues = "null", value = {
      "on, ON", "ON, ON", "off, OFF", "OFF, OFF", "unknown, UNKNOWN", "rebooting, UNKNOWN", "'', UNKNOWN",
      "null, UNKNOWN"})
  void powerWords(String word, PowerStatus expected) {
    assertThat(Dci6Words.power(dev.ispkit.dci6.PowerStatus.of(word))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "maintenance_mode {0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "true | ON", "false | OFF", "1 | ON", "0 | OFF", "'\"on\"' | ON", "'\"off\"' | OFF", "'\"yes\"' | ON",
      "'\"weird\"' | UNKNOWN", "2 | UNKNOWN", "'{\"a\":1}' | UNKNOWN", "'[]' | UNKNOWN"})
  void maintenanceFlag(String json, MaintenanceMode expected) throws Exception {
    Server server = PanelJson.newMapper().readValue("{\"id\":1,\"maintenance_mode\":" + json + "}", Server.class);
    assertThat(Dci6Words.maintenance(server)).isEqualTo(expected);
  }

  @Test
  void noMaintenanceFlagAtAllIsOffAsOnTheCapturedProductionPanel() throws Exception {
    Server server = PanelJson.newMapper().readValue("{\"id\":1}", Server.class);
    assertThat(Dci6Words.maintenance(server)).isEqualTo(MaintenanceMode.OFF);
    Server nullFlag = PanelJson.newMapper().readValue("{\"id\":1,\"maintenance_mode\":null}", Server.class);
    assertThat(Dci6Words.maintenance(nullFlag)).isEqualTo(MaintenanceMode.OFF);
  }

  @ParameterizedTest(name = "exploitation_status ''{0}'' in operation: {1}")
  @CsvSource(nullValues = "null", value = {
      "in_exploitation, true", "IN_EXPLOITATION, true", "not_in_exploitation, false", "in_reserve, false",
      "'', false", "null, false"})
  void exploitationWords(String word, boolean inOperation) {
    assertThat(Dci6Words.inOperation(ExploitationStatus.of(word))).isEqualTo(inOperation);
  }

  @ParameterizedTest(name = "admin_status ''{0}'' enabled: {1}")
  @CsvSource(nullValues = "null", value = {"up, true", "UP, true", "down, false", "testing, false", "null, false"})
  void portWords(String word, boolean enabled) {
    assertThat(Dci6Words.enabled(PortStatus.of(word))).isEqualTo(enabled);
  }

  @ParameterizedTest(name = "operation {0}/{1}, generated ''{2}'', configuration ''{3}'' -> {4}")
  @CsvSource(nullValues = "null", value = {
      // No operation: the generated configuration says whether diagnostics ran.
      "null, null, E-2146G-64Gb-1920SSD, E-2146G-64Gb-1920SSD, COMPLETED",
      "null, null, '', '', NOT_RUN",
      "null, null, '', E-2146G-64Gb-1920SSD-custom, NOT_RUN",
      "null, null, null, E-2146G-64Gb-1920SSD, COMPLETED",
      "null, null, null, '', NOT_RUN",
      // A diagnostics operation decides while it runs or when it failed.
      "diag, new, '', '', RUNNING",
      "diag, running, E-2146G-64Gb-1920SSD, E-2146G-64Gb-1920SSD, RUNNING",
      "diag, paused, E-2146G-64Gb-1920SSD, E-2146G-64Gb-1920SSD, RUNNING",
      "diag, fail, E-2146G-64Gb-1920SSD, E-2146G-64Gb-1920SSD, FAILED",
      "diag, error, '', '', FAILED",
      "diag, ok, E-2146G-64Gb-1920SSD, E-2146G-64Gb-1920SSD, COMPLETED",
      "diag, canceled, E-2146G-64Gb-1920SSD, E-2146G-64Gb-1920SSD, COMPLETED",
      "diag, canceled, '', '', NOT_RUN",
      // Another operation says nothing about diagnostics.
      "install, running, E-2146G-64Gb-1920SSD, E-2146G-64Gb-1920SSD, COMPLETED",
      "install, failed, '', '', NOT_RUN",
      "reinstall_firmware, running, '', '', NOT_RUN"})
  void diagnosticsState(String type, String status, String generated, String configuration,
      DiagnosticsState expected) {
    Server.Builder server = Server.builder().id(1).configuration(configuration);
    if (generated != null) {
      server.generatedConfiguration(generated);
    }
    if (type != null) {
      server.operation(Operation.builder().id(9).rawType(type).rawStatus(status).build());
    }

    assertThat(Dci6Words.diagnostics(server.build())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "os_family ''{0}'' is {1}")
  @CsvSource(nullValues = "null", value = {
      "linux, LINUX", "Linux, LINUX", "windows, WINDOWS", "WINDOWS, WINDOWS", "freebsd, UNKNOWN",
      "'', UNKNOWN", "null, UNKNOWN"})
  void osFamilyWords(String word, OsFamily expected) {
    assertThat(Dci6Words.osFamily(dev.ispkit.dci6.OsFamily.of(word))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "operation {0} with stages [{1}] is {2}%")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "running | ok,ok,running,new | 50", "running | ok,running,new,new,new | 20", "new | new,new | 0",
      "running | '' | -1", "new | '' | -1", "ok | ok,ok | 100", "ok | '' | 100",
      "failed | ok,failed,skipped | 33", "running | OK,done,running | 33", "canceled | ok,canceled,skipped | 33"})
  void progressIsTheShareOfStagesDone(String status, String stages, int percent) {
    Operation.Builder operation = Operation.builder().id(5).rawStatus(status);
    for (String stage : stages.split(",")) {
      if (!stage.isBlank()) {
        operation.addProgressInfo(ProgressStep.builder().name("stage").status(stage).build());
      }
    }

    assertThat(Dci6Words.percent(operation.build())).isEqualTo(percent);
  }
}

package dev.ispkit.engine.lifecycle;

import static dev.ispkit.engine.lifecycle.Stand.join;
import static dev.ispkit.engine.lifecycle.Stand.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.inventory.PowerStatus;
import dev.ispkit.engine.license.LicenseStatus;
import dev.ispkit.engine.port.ManualTask;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class DedicatedServiceTest {
  private final Stand stand = new Stand();

  @AfterEach
  void close() {
    stand.close();
  }

  @Test
  void suspendAndResumeTurnTheSwitchPortsDownAndUp() {
    stand.panel.server(1, Stand.LABEL, 2);
    Provisioning engine = stand.engine();
    join(engine.open(order("s1").build()));

    assertThat(join(engine.suspend("s1"))).isEqualTo(new LifecycleResult.Suspended("s1"));
    assertThat(stand.panel.current(1).switchConnections()).allSatisfy(port -> assertThat(port.enabled()).isFalse());

    assertThat(join(engine.resume("s1"))).isInstanceOf(LifecycleResult.Active.class);
    assertThat(stand.panel.current(1).switchConnections()).allSatisfy(port -> assertThat(port.enabled()).isTrue());
    assertThat(stand.panel.callsOf("setSwitchPort")).containsExactly(
        "setSwitchPort 11 down", "setSwitchPort 12 down", "setSwitchPort 11 up", "setSwitchPort 12 up");
  }

  @Test
  void aServerWithoutSwitchPortsIsNotSuspendedAndTheResultSaysSo() {
    stand.panel.server(1, Stand.LABEL, 0);
    Provisioning engine = stand.engine();
    join(engine.open(order("s1").build()));
    int before = stand.panel.calls().size();

    LifecycleResult result = join(engine.suspend("s1"));

    assertThat(result).isInstanceOfSatisfying(LifecycleResult.NotSuspended.class,
        notSuspended -> assertThat(notSuspended.reason()).contains("no switch ports"));
    assertThat(stand.panel.calls().subList(before, stand.panel.calls().size()))
        .allSatisfy(call -> assertThat(call).startsWith("server "));
    assertThat(engine.service("s1")).isPresent();
  }

  @Test
  void deleteRunsTheSeedsOrderAndReturnsTheLicenseToThePool() {
    stand.panel.server(1, Stand.LABEL, 2);
    Provisioning engine = stand.engine();
    join(engine.open(order("s1").controlPanel(Stand.ISPMANAGER_LITE).build()));
    join(engine.suspend("s1"));
    stand.panel.powerOff(1);
    long licenseId = engine.service("s1").orElseThrow().licenseId().getAsLong();
    int before = stand.panel.calls().size();

    LifecycleResult result = join(engine.delete("s1"));

    assertThat(result).isEqualTo(new LifecycleResult.Deleted("s1"));
    List<String> deletion = stand.panel.calls().subList(before, stand.panel.calls().size()).stream()
        .filter(call -> !call.startsWith("server ")).toList();
    assertThat(deletion).containsExactly(
        "setSwitchPort 11 up", "setSwitchPort 12 up",
        "powerOn 1",
        "removeIps 1",
        "removeOwner 1",
        "startDiagnostics 1 clean",
        "awaitOperation 1 1002",
        "powerOff 1",
        "setSwitchPort 11 down", "setSwitchPort 12 down");
    assertThat(stand.panel.current(1).owned()).isFalse();
    assertThat(stand.licenses.current(licenseId)).satisfies(license -> {
      assertThat(license.name()).isEqualTo("free.lic");
      assertThat(license.ip()).isEqualTo("0.0.0.0");
      assertThat(license.status()).isEqualTo(LicenseStatus.SUSPENDED);
    });
    assertThat(stand.licenses.callsOf("delete")).isEmpty();
    assertThat(engine.service("s1")).isEmpty();
    assertThat(join(engine.delete("s1"))).isEqualTo(new LifecycleResult.Deleted("s1"));
  }

  @Test
  void aRunningOperationIsStoppedBeforeTheIpsAreRemoved() {
    stand.panel.server(1, Stand.LABEL, 1);
    Provisioning engine = stand.engine();
    join(engine.open(order("s1").build()));
    long operation = stand.panel.startDiagnostics(1, false);

    join(engine.delete("s1"));

    List<String> calls = stand.panel.calls();
    assertThat(calls.indexOf("stopOperation 1 " + operation)).isLessThan(calls.lastIndexOf("removeIps 1"))
        .isGreaterThan(calls.indexOf("setOwner 1 " + stand.panel.users().get("anna@example.com")));
  }

  @Test
  void anIpmiErrorWithDontIgnoreOpensAStopTaskAndTheDeletionGoesOnWhenItIsClosed() {
    stand.module = Stand.module(7, 1).dontIgnoreIpmiErrors(true).build();
    stand.panel.server(1, Stand.LABEL, 1);
    Provisioning engine = stand.engine();
    join(engine.open(order("s1").build()));
    stand.panel.refusePowerOff = true;

    LifecycleResult waiting = join(engine.delete("s1"));

    assertThat(waiting).isInstanceOfSatisfying(LifecycleResult.WaitingForTask.class, result ->
        assertThat(result.tasks()).singleElement().satisfies(task -> {
          assertThat(task.kind()).isEqualTo(ManualTask.Kind.STOP_SERVER);
          assertThat(task.text()).contains("IPMI");
        }));
    assertThat(stand.panel.callsOf("setSwitchPort")).isEmpty();
    String taskId = ((LifecycleResult.WaitingForTask) waiting).tasks().get(0).id();

    assertThat(join(engine.closeTask(taskId))).isEqualTo(new LifecycleResult.Deleted("s1"));
    assertThat(stand.panel.callsOf("setSwitchPort")).containsExactly("setSwitchPort 11 down");
    assertThat(stand.panel.callsOf("powerOff")).hasSize(1);
  }

  @Test
  void anIpmiErrorIsIgnoredByDefault() {
    stand.panel.server(1, Stand.LABEL, 1);
    Provisioning engine = stand.engine();
    join(engine.open(order("s1").build()));
    stand.panel.refusePowerOff = true;

    assertThat(join(engine.delete("s1"))).isEqualTo(new LifecycleResult.Deleted("s1"));
    assertThat(stand.desk.open()).isEmpty();
  }

  @Test
  void aServiceIspkitDidNotOpenIsRefusedByName() {
    Provisioning engine = stand.engine();

    assertThatThrownBy(() -> engine.suspend("nope")).isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("service id").hasMessageContaining("nope");
  }

  @Test
  void statusSyncReadsEachInventoryOnceAndPowersOnlyWhereTheStateDiffers() {
    for (long id = 1; id <= 4; id++) {
      stand.panel.server(id, Stand.LABEL, 1);
    }
    Provisioning engine = stand.engine();
    for (int i = 1; i <= 4; i++) {
      join(engine.open(order("s" + i).build()));
    }
    long s1 = engine.service("s1").orElseThrow().machineId();
    long s2 = engine.service("s2").orElseThrow().machineId();
    long s3 = engine.service("s3").orElseThrow().machineId();
    stand.panel.powerOn(s2);
    stand.panel.powerOn(s3);
    int inventoryReads = stand.panel.callsOf("servers").size();
    int powerCalls = stand.panel.callsOf("powerOn").size() + stand.panel.callsOf("powerOff").size();

    StatusSyncReport report = engine.syncStatuses(Map.of("s1", WantedStatus.ACTIVE, "s2", WantedStatus.STOPPED,
        "s3", WantedStatus.ACTIVE, "unknown", WantedStatus.ACTIVE)).toCompletableFuture().join();

    assertThat(stand.panel.callsOf("servers")).hasSize(inventoryReads + 1);
    assertThat(report.inventoryReads()).isEqualTo(1);
    assertThat(report.checked()).isEqualTo(3);
    assertThat(report.changes()).extracting(StatusSyncReport.Change::serviceId, StatusSyncReport.Change::action)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("s1", StatusSyncReport.Action.POWER_ON),
            org.assertj.core.groups.Tuple.tuple("s2", StatusSyncReport.Action.POWER_OFF));
    assertThat(report.skipped()).extracting(StatusSyncReport.Skipped::serviceId).containsExactly("unknown");
    assertThat(stand.panel.callsOf("powerOn").size() + stand.panel.callsOf("powerOff").size())
        .isEqualTo(powerCalls + 2);
    assertThat(stand.panel.current(s1).power()).isEqualTo(PowerStatus.ON);
    assertThat(stand.panel.current(s2).power()).isEqualTo(PowerStatus.OFF);
  }
}

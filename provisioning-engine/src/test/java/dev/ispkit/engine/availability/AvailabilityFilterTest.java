package dev.ispkit.engine.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.TestServers;
import dev.ispkit.engine.inventory.DiagnosticsState;
import dev.ispkit.engine.inventory.LastOperationStatus;
import dev.ispkit.engine.inventory.MaintenanceMode;
import dev.ispkit.engine.inventory.Server;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AvailabilityFilterTest {
  private static final String LABEL = "i9-9900K-64Gb-2x1024NVMe";
  private final AvailabilityFilter filter = AvailabilityFilter.of(TestServers.LOCATION, false);

  static Stream<Arguments> eachConditionFailsAlone() {
    return Stream.of(
        Arguments.of("no owner", (UnaryOperator<Server.Builder>) b -> b.owned(true), AvailabilityCondition.OWNED),
        Arguments.of("diagnostics never ran", (UnaryOperator<Server.Builder>) b -> b.diagnostics(
            DiagnosticsState.NOT_RUN), AvailabilityCondition.DIAGNOSTICS_NOT_COMPLETED),
        Arguments.of("diagnostics running", (UnaryOperator<Server.Builder>) b -> b.diagnostics(
            DiagnosticsState.RUNNING), AvailabilityCondition.DIAGNOSTICS_NOT_COMPLETED),
        Arguments.of("diagnostics failed", (UnaryOperator<Server.Builder>) b -> b.diagnostics(
            DiagnosticsState.FAILED), AvailabilityCondition.DIAGNOSTICS_NOT_COMPLETED),
        Arguments.of("configuration undefined", (UnaryOperator<Server.Builder>) b -> b.configurationLabel(""),
            AvailabilityCondition.CONFIGURATION_UNDEFINED),
        Arguments.of("last operation failed", (UnaryOperator<Server.Builder>) b -> b.lastOperation(
            LastOperationStatus.FAILED), AvailabilityCondition.LAST_OPERATION_NOT_OK),
        Arguments.of("last operation running", (UnaryOperator<Server.Builder>) b -> b.lastOperation(
            LastOperationStatus.RUNNING), AvailabilityCondition.LAST_OPERATION_NOT_OK),
        Arguments.of("operation queued", (UnaryOperator<Server.Builder>) b -> b.lastOperation(
            LastOperationStatus.NEW), AvailabilityCondition.LAST_OPERATION_NOT_OK),
        Arguments.of("last operation unknown", (UnaryOperator<Server.Builder>) b -> b.lastOperation(
            LastOperationStatus.UNKNOWN), AvailabilityCondition.LAST_OPERATION_NOT_OK),
        Arguments.of("maintenance", (UnaryOperator<Server.Builder>) b -> b.maintenance(MaintenanceMode.ON),
            AvailabilityCondition.MAINTENANCE),
        Arguments.of("maintenance unknown", (UnaryOperator<Server.Builder>) b -> b.maintenance(
            MaintenanceMode.UNKNOWN), AvailabilityCondition.MAINTENANCE_UNKNOWN),
        Arguments.of("MAC unreadable", (UnaryOperator<Server.Builder>) b -> b.mac("00:25:90:zz:11:22"),
            AvailabilityCondition.MAC_UNREADABLE),
        Arguments.of("not in operation", (UnaryOperator<Server.Builder>) b -> b.inOperation(false),
            AvailabilityCondition.NOT_IN_OPERATION),
        Arguments.of("diagnostic error", (UnaryOperator<Server.Builder>) b -> b.diagnosticError("disk sdb failed"),
            AvailabilityCondition.ERRORS),
        Arguments.of("status errors", (UnaryOperator<Server.Builder>) b -> b.statusErrors(true),
            AvailabilityCondition.ERRORS),
        Arguments.of("state info", (UnaryOperator<Server.Builder>) b -> b.stateInfo("BMC is not responding"),
            AvailabilityCondition.ERRORS),
        Arguments.of("other location", (UnaryOperator<Server.Builder>) b -> b.locationId(4),
            AvailabilityCondition.OTHER_LOCATION));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void eachConditionFailsAlone(String rule, UnaryOperator<Server.Builder> breakIt, AvailabilityCondition failed) {
    Server broken = breakIt.apply(TestServers.available(1, LABEL)).build();
    Server fine = TestServers.available(2, LABEL).build();

    AvailabilityCheck check = filter.check(List.of(broken, fine));

    assertThat(check.availability(0)).isEqualTo(new Availability.Unavailable(Set.of(failed)));
    assertThat(check.availability(1).isAvailable()).isTrue();
    assertThat(check.available()).containsExactly(fine);
  }

  @ParameterizedTest(name = "last operation {0} allows allocation: {1}")
  @CsvSource({"NONE, true", "OK, true", "CANCELED, true", "NEW, false", "RUNNING, false", "FAILED, false",
      "UNKNOWN, false"})
  void lastOperationMustBeOkOrCanceledAndNoneCountsAsOk(LastOperationStatus status, boolean allowed) {
    Server server = TestServers.available(1, LABEL).lastOperation(status).build();

    assertThat(filter.check(List.of(server)).isAvailable(0)).isEqualTo(allowed);
    assertThat(status.allowsAllocation()).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "maintenance {0}, errors ignored: {1}")
  @CsvSource({"ON, false, MAINTENANCE", "ON, true, MAINTENANCE", "UNKNOWN, false, MAINTENANCE_UNKNOWN",
      "UNKNOWN, true, MAINTENANCE_UNKNOWN", "OFF, false, ", "OFF, true, "})
  void onlyAMaintenanceModeTheServerSaysIsOffIsAvailableAndIgnoringErrorsDoesNotChangeThat(MaintenanceMode mode,
      boolean ignoreErrors, AvailabilityCondition expected) {
    Server server = TestServers.available(1, LABEL).maintenance(mode).build();

    Availability verdict = AvailabilityFilter.of(TestServers.LOCATION, ignoreErrors).check(List.of(server))
        .availability(0);

    assertThat(verdict.reasons()).isEqualTo(expected == null ? Set.of() : Set.of(expected));
  }

  @Test
  void aServerThatMaintenanceWasNeverSetOnIsNotAvailable() {
    Server server = Server.builder().id(1).configurationLabel(LABEL).diagnostics(DiagnosticsState.COMPLETED)
        .inOperation(true).locationId(TestServers.LOCATION).build();

    assertThat(server.maintenance()).isEqualTo(MaintenanceMode.UNKNOWN);
    assertThat(filter.check(List.of(server)).availability(0).reasons())
        .containsExactly(AvailabilityCondition.MAINTENANCE_UNKNOWN);
  }

  @Test
  void aServerWithoutALocationIsRefusedWithAReasonAndTheRestOfTheInventoryIsChecked() {
    Server nowhere = Server.builder().id(1).configurationLabel(LABEL).diagnostics(DiagnosticsState.COMPLETED)
        .maintenance(MaintenanceMode.OFF).inOperation(true).build();
    Server fine = TestServers.available(2, LABEL).build();

    AvailabilityCheck check = filter.check(List.of(nowhere, fine));

    assertThat(nowhere.locationId()).isEmpty();
    assertThat(check.availability(0).reasons()).containsExactly(AvailabilityCondition.LOCATION_UNKNOWN);
    assertThat(check.available()).containsExactly(fine);
    assertThat(check.report().toString()).isEqualTo("1 of 2 available: 1 location unknown");
  }

  @Test
  void anUnreadableMacIsAReasonOnThatServerNeverAnExceptionAndIsNeverComparedAsShared() {
    Server first = TestServers.available(1, LABEL).mac("AA:BB:CC:DD:EE").build();
    Server second = TestServers.available(2, LABEL).mac("AA:BB:CC:DD:EE").build();
    Server fine = TestServers.available(3, LABEL).build();

    AvailabilityCheck check = filter.check(List.of(first, second, fine));

    assertThat(first.mac()).isEmpty();
    assertThat(first.unreadableMac()).contains("AA:BB:CC:DD:EE");
    assertThat(check.availability(0).reasons()).containsExactly(AvailabilityCondition.MAC_UNREADABLE);
    assertThat(check.availability(1).reasons()).containsExactly(AvailabilityCondition.MAC_UNREADABLE);
    assertThat(check.available()).containsExactly(fine);
  }

  @Test
  void macAddressSharedWithAnyServerMakesBothUnavailableWhateverTheSeparators() {
    Server first = TestServers.available(1, LABEL).mac("AA:BB:CC:00:11:22").build();
    Server second = TestServers.available(2, LABEL).mac("aabb.cc00.1122").owned(true).locationId(9).build();
    Server third = TestServers.available(3, LABEL).build();

    AvailabilityCheck check = filter.check(List.of(first, second, third));

    assertThat(check.availability(0)).isEqualTo(new Availability.Unavailable(Set.of(AvailabilityCondition.MAC_SHARED)));
    assertThat(check.availability(1)).isEqualTo(new Availability.Unavailable(EnumSet.of(AvailabilityCondition.OWNED,
        AvailabilityCondition.MAC_SHARED, AvailabilityCondition.OTHER_LOCATION)));
    assertThat(check.isAvailable(2)).isTrue();
  }

  @Test
  void macSharingIsExactOverLargeInventoriesWithHashCollisions() {
    // 20 000 servers drawing MAC addresses from 15 000 values: thousands of shared addresses and many more hash
    // collisions in the bit table; the verdicts must equal a plain count of each address.
    java.util.Random random = new java.util.Random(4);
    List<Server> inventory = new ArrayList<>();
    Map<Long, Integer> counts = new java.util.HashMap<>();
    for (int id = 1; id <= 20_000; id++) {
      long mac = random.nextInt(10) == 0 ? -1 : random.nextInt(15_000) * 7_919L + 0x020000000000L;
      String text = mac < 0 ? null : String.format("%012x", mac);
      inventory.add(TestServers.available(id, LABEL).mac(text).build());
      if (mac >= 0) {
        counts.merge(mac, 1, Integer::sum);
      }
    }

    AvailabilityCheck check = filter.check(inventory);

    int shared = 0;
    for (int i = 0; i < inventory.size(); i++) {
      Long mac = inventory.get(i).mac().map(m -> Long.parseLong(m.replace(":", ""), 16)).orElse(null);
      boolean expectShared = mac != null && counts.get(mac) > 1;
      shared += expectShared ? 1 : 0;
      assertThat(check.isAvailable(i)).as("server %d with MAC %s", i + 1, mac).isEqualTo(!expectShared);
    }
    assertThat(shared).isGreaterThan(1_000);
    assertThat(check.report().failures()).containsEntry(AvailabilityCondition.MAC_SHARED, shared);
  }

  @Test
  void unknownMacAddressesCannotBeShared() {
    Server first = TestServers.available(1, LABEL).mac(null).build();
    Server second = TestServers.available(2, LABEL).mac("").build();

    assertThat(filter.check(List.of(first, second)).available()).containsExactly(first, second);
  }

  @Test
  void ignoringErrorsSkipsOnlyTheErrorCondition() {
    Server withErrors = TestServers.available(1, LABEL).diagnosticError("memtest").statusErrors(true)
        .stateInfo("BMC is not responding").build();
    Server inMaintenance = TestServers.available(2, LABEL).maintenance(MaintenanceMode.ON).statusErrors(true)
        .stateInfo("BMC is not responding").build();

    AvailabilityCheck check = AvailabilityFilter.of(TestServers.LOCATION, true).check(List.of(withErrors,
        inMaintenance));

    assertThat(check.isAvailable(0)).isTrue();
    assertThat(check.availability(1)).isEqualTo(new Availability.Unavailable(Set.of(
        AvailabilityCondition.MAINTENANCE)));
  }

  @Test
  void reportCountsServersPerFailedConditionInOneLine() {
    List<Server> inventory = new ArrayList<>();
    long id = 0;
    for (int i = 0; i < 900; i++) {
      inventory.add(TestServers.available(++id, LABEL).owned(true).build());
    }
    for (int i = 0; i < 250; i++) {
      inventory.add(TestServers.available(++id, LABEL).maintenance(MaintenanceMode.ON).build());
    }
    for (int i = 0; i < 50; i++) {
      inventory.add(TestServers.available(++id, LABEL).locationId(7).build());
    }

    AvailabilityReport report = filter.check(inventory).report();

    assertThat(report.toString()).isEqualTo("0 of 1 200 available: 900 owned, 250 maintenance, 50 other location");
    assertThat(report.failing(AvailabilityCondition.OWNED)).isEqualTo(900);
    assertThat(report.failing(AvailabilityCondition.ERRORS)).isZero();
  }

  @Test
  void reportCountsAServerOnceUnderEachConditionItFailsAndBreaksTiesInDeclarationOrder() {
    Server both = TestServers.available(1, LABEL).owned(true).inOperation(false).build();
    Server fine = TestServers.available(2, LABEL).build();

    AvailabilityReport report = filter.check(List.of(both, fine)).report();

    assertThat(report).isEqualTo(new AvailabilityReport(2, 1, Map.of(AvailabilityCondition.OWNED, 1,
        AvailabilityCondition.NOT_IN_OPERATION, 1)));
    assertThat(report.toString()).isEqualTo("1 of 2 available: 1 owned, 1 not in operation");
  }

  @Test
  void emptyInventoryReportsNothingAvailable() {
    assertThat(filter.check(List.of()).report().toString()).isEqualTo("0 of 0 available");
  }

  @Test
  void serverIdsMustBeUniqueInAnInventory() {
    List<Server> inventory = List.of(TestServers.available(5, LABEL).build(), TestServers.available(5, LABEL).build());

    assertThatThrownBy(() -> filter.check(inventory))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("inventory '5': server id appears more than once");
  }

  @Test
  void verdictOfAServerByIdWhetherIdsRiseOrNot() {
    List<Server> rising = List.of(TestServers.available(2, LABEL).build(),
        TestServers.available(8, LABEL).owned(true).build(), TestServers.available(11, LABEL).build());
    List<Server> shuffled = List.of(rising.get(2), rising.get(0), rising.get(1));

    for (List<Server> inventory : List.of(rising, shuffled)) {
      AvailabilityCheck check = filter.check(inventory);

      assertThat(check.availabilityOf(8)).isEqualTo(new Availability.Unavailable(Set.of(
          AvailabilityCondition.OWNED)));
      assertThat(check.availabilityOf(2).isAvailable()).isTrue();
      assertThat(check.availabilityOf(11).isAvailable()).isTrue();
      for (long absent : new long[] {0, 1, 9, 12}) {
        assertThatThrownBy(() -> check.availabilityOf(absent)).isInstanceOf(InvalidSettingException.class)
            .hasMessage("server id '" + absent + "': is not in the checked inventory");
      }
    }
  }

  @Test
  void aVerdictsReasonsReadWithoutACast() {
    AvailabilityCheck check = filter.check(List.of(TestServers.available(1, LABEL).build(),
        TestServers.available(2, LABEL).owned(true).inOperation(false).build()));

    assertThat(check.availability(0).reasons()).isEmpty();
    assertThat(check.availability(1).reasons()).containsExactly(AvailabilityCondition.OWNED,
        AvailabilityCondition.NOT_IN_OPERATION);
  }
}

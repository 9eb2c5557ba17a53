package dev.ispkit.engine.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.TestServers;
import dev.ispkit.engine.availability.AvailabilityCondition;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.inventory.MaintenanceMode;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.configuration.ConfigurationMatcher;
import dev.ispkit.engine.configuration.Selection;
import dev.ispkit.engine.queue.QueueKey;
import dev.ispkit.engine.queue.QueueSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessingModulesTest {
  /** A capacity check's outcome of the simplest kind: full, or not. */
  private record Room(String full) implements CapacityOutcome {
    @Override
    public Optional<String> shortfall() {
      return Optional.ofNullable(full);
    }
  }

  private static DedicatedServerModule dci(long id, int sort, long location) {
    return DedicatedServerModule.builder().id(id).name("DCI " + id).sort(sort)
        .dataCenter(DataCenter.withExternalId(id, "DC " + id, location)).tariff(15).build();
  }

  private static VirtualServerModule vm(long id, String panel, long cluster) {
    return VirtualServerModule.builder().id(id).name("VM " + id).dataCenter(DataCenter.of(100 + id, "VM DC"))
        .panel(panel).clusterId(cluster).tariff(20).build();
  }

  @Test
  void lowestSortIsTriedFirstAndTheNextWhenItHasNoCapacity() {
    ProcessingModules modules = ProcessingModules.of(List.of(dci(1, 20, 3), dci(2, 10, 4), dci(3, 30, 5)));
    Map<Long, List<Server>> inventories = Map.of(
        1L, List.of(TestServers.available(11, "i9-9900K-64Gb").locationId(3).build()),
        2L, List.of(TestServers.available(21, "i9-9900K-64Gb").locationId(4).owned(true).build()),
        3L, List.of(TestServers.available(31, "i9-9900K-64Gb").locationId(5).build()));
    List<Long> tried = new ArrayList<>();

    ModuleChoice<Selection> choice = modules.choose(15, module -> {
      tried.add(module.id());
      DedicatedServerModule dci = (DedicatedServerModule) module;
      return ConfigurationMatcher.forModule(dci).select(ConfigurationLabelParser.parse("i9-9900K-64Gb"),
          inventories.get(dci.id()), AvailabilityFilter.forModule(dci));
    });

    assertThat(tried).containsExactly(2L, 1L);
    assertThat(choice).isInstanceOf(ModuleChoice.Chosen.class);
    ModuleChoice.Chosen<Selection> chosen = (ModuleChoice.Chosen<Selection>) choice;
    assertThat(chosen.module().id()).isEqualTo(1);
    assertThat(chosen.skipped()).singleElement().satisfies(skipped -> {
      assertThat(skipped.module().id()).isEqualTo(2L);
      assertThat(skipped.reason()).isEqualTo("no server is available: 0 of 1 available: 1 owned");
    });
    assertThat(((Selection.Exact) chosen.result()).candidate().server().id()).isEqualTo(11);
  }

  @Test
  void noCapacityCarriesWhatEveryModuleFoundInTheOrderTried() {
    ProcessingModules modules = ProcessingModules.of(List.of(dci(1, 20, 3), dci(2, 10, 4)));
    Map<Long, List<Server>> inventories = Map.of(
        1L, List.of(TestServers.available(11, "i9-9900K-64Gb").locationId(3).maintenance(MaintenanceMode.UNKNOWN)
            .build(), TestServers.available(12, "E-2146G-32Gb").locationId(3).build()),
        2L, List.of(TestServers.available(21, "i9-9900K-64Gb").locationId(4).owned(true).build()));
    ConfigurationMatcher exactOnly = ConfigurationMatcher.builder().byServerType(true).build();

    ModuleChoice<Selection> choice = modules.choose(15, module -> exactOnly.select(
        ConfigurationLabelParser.parse("i9-9900K-64Gb"), inventories.get(module.id()),
        AvailabilityFilter.forModule((DedicatedServerModule) module)));

    assertThat(choice).isInstanceOf(ModuleChoice.NoCapacity.class);
    ModuleChoice.NoCapacity<Selection> none = (ModuleChoice.NoCapacity<Selection>) choice;
    assertThat(none.tried()).extracting(tried -> tried.module().id()).containsExactly(2L, 1L);
    Selection.NoMatch second = (Selection.NoMatch) none.tried().get(1).outcome();
    assertThat(second.report().failing(AvailabilityCondition.MAINTENANCE_UNKNOWN)).isEqualTo(1);
    assertThat(none.describe()).isEqualTo("no capacity for tariff 15: "
        + "module 2 'DCI 2': no server is available: 0 of 1 available: 1 owned; "
        + "module 1 'DCI 1': no available server has configuration i9-9900K-64Gb (by server type: only an exact "
        + "match counts); 1 available servers have other configurations");
  }

  @Test
  void equalSortsAreTriedByLowestIdAndNoCapacityListsEveryModuleTried() {
    ProcessingModules modules = ProcessingModules.of(List.of(dci(9, 1, 3), dci(4, 1, 3), dci(6, 1, 3)));

    ModuleChoice<Room> choice = modules.choose(15, module -> new Room("full " + module.id()));

    assertThat(modules.forTariff(15)).extracting(ProcessingModule::id).containsExactly(4L, 6L, 9L);
    assertThat(choice).isEqualTo(new ModuleChoice.NoCapacity<>(15, List.of(
        new ModuleChoice.Tried<>(modules.byId(4).orElseThrow(), new Room("full 4")),
        new ModuleChoice.Tried<>(modules.byId(6).orElseThrow(), new Room("full 6")),
        new ModuleChoice.Tried<>(modules.byId(9).orElseThrow(), new Room("full 9")))));
    ModuleChoice<Room> none = modules.choose(99, module -> new Room(null));
    assertThat(none).isEqualTo(new ModuleChoice.NoCapacity<Room>(99, List.of()));
    assertThat(((ModuleChoice.NoCapacity<Room>) none).describe())
        .isEqualTo("no capacity for tariff 99: no processing module serves it");
  }

  @Test
  void oneVmmanagerModulePerClusterOfOnePanel() {
    ProcessingModules modules = ProcessingModules.of(List.of(vm(1, "https://vm-a", 1), vm(2, "https://vm-a", 2),
        vm(3, "https://vm-b", 1)));

    assertThat(modules.all()).hasSize(3);
  }

  @Test
  void dedicatedModuleTakesServersFromItsDataCentersExternalId() {
    DedicatedServerModule module = DedicatedServerModule.builder().id(7).name("DCI").ignoreDiagnosticErrors(true)
        .dataCenter(DataCenter.withExternalId(1, "Moscow", 3)).diagTimeoutMinutes(720)
        .installTimeoutLinuxMinutes(1).sessionStoragePeriod(Duration.ofHours(1))
        .queue(QueueSettings.queued("dci-__PMID__", 3)).build();

    AvailabilityFilter filter = AvailabilityFilter.forModule(module);

    assertThat(filter.locationId()).isEqualTo(3);
    assertThat(filter.ignoresErrors()).isTrue();
    assertThat(module.diagTimeout()).isEqualTo(Duration.ofHours(12));
    assertThat(module.installTimeoutLinux()).isEqualTo(Duration.ofMinutes(1));
    assertThat(module.queue().keyFor("open", module.id(), "1").name()).startsWith("dci-7-");
  }

  @ParameterizedTest(name = "{0} minutes accepted")
  @CsvSource({"1", "60", "720"})
  void timeoutsAreOneTo720Minutes(int minutes) {
    DedicatedServerModule module = DedicatedServerModule.builder().id(1).name("DCI")
        .dataCenter(DataCenter.withExternalId(1, "DC", 3)).diagTimeoutMinutes(minutes)
        .installTimeoutLinuxMinutes(minutes).installTimeoutWindowsMinutes(minutes).build();

    assertThat(module.installTimeoutWindows()).isEqualTo(Duration.ofMinutes(minutes));
  }

  @Test
  void queueingOffByDefaultRunsDirectly() {
    assertThat(dci(1, 0, 3).queue().keyFor("open", 1, "5")).isEqualTo(QueueKey.direct());
  }
}

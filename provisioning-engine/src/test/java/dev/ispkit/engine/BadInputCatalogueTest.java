package dev.ispkit.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.configuration.Configuration;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.configuration.ConfigurationMatcher;
import dev.ispkit.engine.configuration.DistanceWeights;
import dev.ispkit.engine.configuration.DiskGroup;
import dev.ispkit.engine.configuration.DiskType;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.inventory.SwitchConnection;
import dev.ispkit.engine.license.ControlPanel;
import dev.ispkit.engine.license.ControlPanelCatalogue;
import dev.ispkit.engine.license.License;
import dev.ispkit.engine.license.LicenseStatus;
import dev.ispkit.engine.module.DataCenter;
import dev.ispkit.engine.module.CapacityOutcome;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.ProcessingModules;
import dev.ispkit.engine.module.VirtualServerModule;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.period.PeriodMapping;
import dev.ispkit.engine.period.PeriodRule;
import dev.ispkit.engine.period.TariffScope;
import dev.ispkit.engine.queue.OperationQueue;
import dev.ispkit.engine.queue.QueueKey;
import dev.ispkit.engine.queue.QueueKeyTemplate;
import dev.ispkit.engine.queue.QueueSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input the engine takes, with the message a provider reads: each names the field and the value.
 */
class BadInputCatalogueTest {

  private static DedicatedServerModule.Builder dci() {
    return DedicatedServerModule.builder().id(7).name("DCI").dataCenter(DataCenter.withExternalId(1, "Moscow", 3));
  }

  private static VirtualServerModule.Builder vm() {
    return VirtualServerModule.builder().id(9).name("VM").dataCenter(DataCenter.of(2, "Frankfurt"))
        .panel("https://vm.example.com").clusterId(1);
  }

  private static PeriodMapping.Builder licensePeriods() {
    return PeriodMapping.builder(Set.of(Period.months(1), Period.months(12)));
  }

  private static Arguments bad(String field, String message, Executable input) {
    return Arguments.of(field, message, input);
  }

  static Stream<Arguments> badInput() {
    TariffScope dedic15 = TariffScope.of("dedic", 15);
    return Stream.of(
        // processing module settings
        bad("diagtimeout", "diagtimeout '0': must be 1..720 minutes", () -> dci().diagTimeoutMinutes(0).build()),
        bad("diagtimeout", "diagtimeout '721': must be 1..720 minutes", () -> dci().diagTimeoutMinutes(721).build()),
        bad("installtimeout_linux", "installtimeout_linux '-5': must be 1..720 minutes",
            () -> dci().installTimeoutLinuxMinutes(-5).build()),
        bad("installtimeout_linux", "installtimeout_linux '721': must be 1..720 minutes",
            () -> dci().installTimeoutLinuxMinutes(721).build()),
        bad("installtimeout_windows", "installtimeout_windows '1000': must be 1..720 minutes",
            () -> dci().installTimeoutWindowsMinutes(1000).build()),
        bad("installtimeout_windows", "installtimeout_windows '0': must be 1..720 minutes",
            () -> dci().installTimeoutWindowsMinutes(0).build()),
        bad("queue count", "queue count '0': must be 1..1024", () -> QueueSettings.queued("__PMID__", 0)),
        bad("session storage period", "session storage period 'PT0S': must be longer than zero",
            () -> dci().sessionStoragePeriod(Duration.ZERO).build()),
        bad("session storage period", "session storage period 'PT-1M': must be longer than zero",
            () -> vm().sessionStoragePeriod(Duration.ofMinutes(-1)).build()),
        bad("data center external id", "data center external id (missing): a DCImanager 6 module's data center 1 "
            + "must carry the DCImanager location id", () -> dci().dataCenter(DataCenter.of(1, "Moscow")).build()),
        bad("data center external id", "data center external id '5': a VMmanager 6 module's data center 2 must not "
            + "carry an external id", () -> vm().dataCenter(DataCenter.withExternalId(2, "Frankfurt", 5)).build()),
        bad("cluster id", "cluster id '1': of https://vm.example.com is served by modules 9 and 10; one VMmanager 6 "
            + "module per cluster", () -> ProcessingModules.of(List.of(vm().build(), vm().id(10).build()))),
        bad("processing module id", "processing module id '7': is used by both 'DCI' and 'DCI'",
            () -> ProcessingModules.of(List.of(dci().build(), dci().build()))),
        bad("processing module id", "processing module id (missing): must be set",
            () -> DedicatedServerModule.builder().name("DCI").build()),
        bad("processing module name", "processing module name '  ': must not be blank", () -> dci().name("  ").build()),
        bad("data center", "data center (missing): must be set", () -> dci().dataCenter(null).build()),
        bad("VMmanager panel", "VMmanager panel (missing): must be set", () -> vm().panel(null).build()),
        bad("cluster id", "cluster id (missing): must be set", () -> VirtualServerModule.builder().id(1).build()),
        // queue key templates and keys
        bad("queue key template", "queue key template '': must not be empty; use for example __PMID__ to queue a "
            + "module's operations", () -> QueueKeyTemplate.parse("")),
        bad("queue key template", "queue key template (missing): must be set", () -> QueueKeyTemplate.parse(null)),
        bad("queue key template", "queue key template 'dci-__HOST__': unknown macro __HOST__ (known: __TYPE__, "
            + "__PMID__, __IID__)", () -> QueueKeyTemplate.parse("dci-__HOST__")),
        bad("queue key template", "queue key template '__Pmid__-__SID__': unknown macros __Pmid__, __SID__ (known: "
            + "__TYPE__, __PMID__, __IID__)", () -> QueueKeyTemplate.parse("__Pmid__-__SID__")),
        bad("queue key template", "queue key template 'dci __PMID__': must not contain whitespace (at position 4)",
            () -> QueueKeyTemplate.parse("dci __PMID__")),
        bad("operation type", "operation type '': must not be blank",
            () -> QueueKeyTemplate.parse("__TYPE__").expand("", 1, "5")),
        bad("service id", "service id 'a b': must not contain whitespace, it becomes part of a queue name",
            () -> QueueKeyTemplate.parse("__IID__").expand("open", 1, "a b")),
        bad("queue key", "queue key ' ': must not be blank", () -> QueueKey.of(" ")),
        bad("queue threads", "queue threads '0': must be 1..1024", () -> OperationQueue.embedded(0)),
        // period rules
        bad("period", "period '-1': must be a number of months 1..1200, or -100 (trial), -50 (day), 0 (lifetime)",
            () -> Period.of(-1)),
        bad("period rule", "period rule '24 months -> 6 months for every tariff': the license does not offer 6 months "
            + "(it offers 1 month, 12 months)",
            () -> licensePeriods().rule(PeriodRule.general(Period.months(24), Period.months(6))).build()),
        bad("period rule", "period rule '3 months -> 6 months for tariff 15 of dedic': the license does not offer "
            + "6 months (it offers 1 month, 12 months)", () -> licensePeriods()
            .rule(PeriodRule.forTariff(Period.months(3), Period.months(6), dedic15)).build()),
        bad("period rule", "period rule '24 months -> 1 month for every tariff': conflicts with an earlier rule for "
            + "the same source period and scope (24 months -> 12 months)", () -> licensePeriods()
            .rule(PeriodRule.general(Period.months(24), Period.months(12)))
            .rule(PeriodRule.general(Period.months(24), Period.months(1))).build()),
        bad("period rule", "period rule '3 months -> 1 month for tariff 15 of dedic': conflicts with an earlier rule "
            + "for the same source period and scope (3 months -> 1 month)", () -> licensePeriods()
            .rule(PeriodRule.forTariff(Period.months(3), Period.months(1), dedic15))
            .rule(PeriodRule.forTariff(Period.months(3), Period.months(1), dedic15)).build()),
        bad("offered periods", "offered periods '[]': a license offers at least one period",
            () -> PeriodMapping.builder(Set.of())),
        bad("offered periods", "offered periods '[trial]': a license offers a period to buy, not only a trial",
            () -> PeriodMapping.builder(Set.of(Period.TRIAL)).build()),
        bad("product type", "product type '': must not be blank", () -> TariffScope.of("", 15)),
        bad("product type", "product type 'vhost': must be dedic (dedicated), vds (vps) or soft (license), in any "
            + "case", () -> TariffScope.of("vhost", 15)),
        bad("product type", "product type (missing): must be set", () -> new TariffScope(null, 15)),
        // configuration labels, configurations, weights
        bad("configuration label", "configuration label 'E-2146G': no RAM size (like 64Gb) before the first disk or "
            + "network part", () -> ConfigurationLabelParser.parse("E-2146G")),
        bad("configuration label", "configuration label 'i9-9900K-64Gb-2x1024NVMe-fast-': part 6 is empty (two "
            + "dashes in a row, or a dash at an end); part 5 'fast' is neither a disk group (like 2x1024NVMe or "
            + "1920SSD) nor a network speed (like 10Gbps)",
            () -> ConfigurationLabelParser.parse("i9-9900K-64Gb-2x1024NVMe-fast-")),
        bad("configuration label", "configuration label (missing): the label is empty",
            () -> ConfigurationLabelParser.parse(null)),
        bad("RAM", "RAM (missing): must be set", () -> Configuration.builder().cpu("i9-9900K").build()),
        bad("CPU", "CPU (missing): must be set", () -> Configuration.builder().ramGb(64).build()),
        bad("disk count", "disk count '0': must be 1..256", () -> new DiskGroup(DiskType.SSD, 480, 0)),
        bad("distance weight ramPerGb", "distance weight ramPerGb '-1.0': must be a finite number, not negative",
            () -> DistanceWeights.builder().ramPerGb(-1).build()),
        bad("distance weight cpu", "distance weight cpu 'NaN': must be a finite number, not negative",
            () -> DistanceWeights.builder().cpu(Double.NaN).build()),
        bad("max distance", "max distance '-2.0': must be a number, not negative",
            () -> ConfigurationMatcher.builder().maxDistance(-2)),
        // servers and inventories
        bad("server id", "server id (missing): must be set", () -> Server.builder().locationId(3).build()),
        bad("server id", "server id '-3': must not be negative", () -> Server.builder().id(-3)),
        bad("owner id", "owner id '-1': must not be negative", () -> Server.builder().ownerId(-1)),
        bad("running operation id", "running operation id '-7': must not be negative",
            () -> Server.builder().runningOperationId(-7)),
        bad("maintenance mode", "maintenance mode (missing): must be set", () -> Server.builder().maintenance(null)),
        bad("switch port name", "switch port name (missing): must be set",
            () -> new SwitchConnection(1, 2, null, false, true)),
        bad("switch port id", "switch port id '-1': must not be negative",
            () -> new SwitchConnection(-1, 2, "ge-0/0/1", false, true)),
        bad("inventory", "inventory (missing): must be set", () -> AvailabilityFilter.of(3, false).check(null)),
        bad("inventory", "inventory 'server at index 1': must not be null", () -> AvailabilityFilter.of(3, false)
            .check(Arrays.asList(TestServers.available(1, "i9-9900K-64Gb").build(), null))),
        // module choice
        bad("capacity outcome", "capacity outcome (missing): the check of module 7 must return what it found, with "
            + "a shortfall when there is no capacity", () -> ProcessingModules.of(List.of(dci().tariff(15).build()))
            .choose(15, module -> (CapacityOutcome) null)),
        bad("shortfall", "shortfall (missing): must be set", () -> ProcessingModules.of(List.of(dci().tariff(15)
            .build())).choose(15, module -> () -> (Optional<String>) null)),
        // licenses and control panels
        bad("control panel internal name", "control panel internal name 'ispmanager': must be a license pricelist id "
            + "(digits) or nopanel", () -> new ControlPanel("ispmanager", "ISPmanager")),
        bad("control panel internal name", "control panel internal name '3541': is already in the catalogue as "
            + "ISPmanager Lite", () -> ControlPanelCatalogue.defaults().with(ControlPanel.of(3541, "Lite again"))),
        bad("control panel", "control panel '9999': is not in the catalogue (known: nopanel, 3541, 4601, 55331, "
            + "55333, 55335, 3045, 3651, 3887)", () -> ControlPanelCatalogue.defaults().require("9999")),
        bad("license expiration date", "license expiration date (missing): must be set", () -> License.builder().id(1)
            .pricelistId(3541).name("free.lic").ip("0.0.0.0").status(LicenseStatus.ACTIVE).build()),
        bad("pricelist id", "pricelist id '0': must be 1..9223372036854775807", () -> License.builder().id(1)
            .name("free.lic").ip("0.0.0.0").status(LicenseStatus.ACTIVE).expiresOn(LocalDate.EPOCH).build()));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource
  void badInput(String field, String message, Executable input) {
    assertThatThrownBy(input::execute)
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage(message)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidSettingException) e).field())
            .isEqualTo(field));
  }
}

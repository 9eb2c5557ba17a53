package dev.ispkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.adapters.SimulatorTime;
import dev.ispkit.adapters.dci6.DedicatedServerPanels;
import dev.ispkit.adapters.license.LicenseServers;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.HttpLogLevel;
import dev.ispkit.client.core.PanelCallListener;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.engine.availability.AvailabilityCheck;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.license.ControlPanel;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.Order;
import dev.ispkit.engine.lifecycle.Provisioning;
import dev.ispkit.engine.module.DataCenter;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.ProcessingModules;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.queue.QueueSettings;
import dev.ispkit.license.LicenseServerClient;
import dev.ispkit.simulator.PanelSimulatorExtension;
import dev.ispkit.simulator.SimulatorClock;
import dev.ispkit.simulator.SimulatorOptions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.MDC;

/**
 * A dedicated server opened through {@link Provisioning} and the adapters against the panel simulator, with the
 * binding installed in both clients and the engine: the documented observations and meters appear with the
 * documented tags, every step's panel calls are its children in the trace and run with the service in the MDC, and no
 * tag value carries an id, a URL, an email or a secret. The simulator's manual clock and the clients' sleeper make
 * the OS installation's wait instant.
 */
class DedicatedOpenOnSimulatorTest {
  private static final String SERVICE = "order-7781";
  private static final String EMAIL = "anna.observed@example.com";
  private static final String ROOT_PASSWORD = "Root-pw-observed-5512";
  private static final int QUEUES = 2;

  @RegisterExtension
  static final PanelSimulatorExtension PANELS = new PanelSimulatorExtension(SimulatorOptions.builder()
      .servers(40).locations(1).seed(7).licenses(16)
      .clock(SimulatorClock.manual(Instant.parse("2025-06-02T09:00:00Z"))).build());

  private static final Registries REGISTRIES = new Registries();
  /** For each panel call: the MDC's service, lifecycle and step when it started, and its name. */
  private static final List<String> CALLS_WITH_MDC = Collections.synchronizedList(new ArrayList<>());
  private static Dci6Client dci;
  private static LicenseServerClient licenses;
  private static LifecycleResult result;
  private static long serverId;

  @BeforeAll
  static void openADedicatedServer() {
    SimulatorTime time = new SimulatorTime(PANELS.simulator());
    DedicatedServerModule module = DedicatedServerModule.builder().id(7).name("DCI simulator").sort(1)
        .dataCenter(DataCenter.withExternalId(1, "Moscow", 1)).departmentId(2).tariff(15)
        .queue(QueueSettings.queued("dci-__PMID__", QUEUES)).licenseServerId(1).build();
    // The order names a configuration an available server has: looked up with a client of its own, unobserved.
    AvailabilityCheck check;
    try (Dci6Client lookup = Dci6Client.create(time.v6Panel())) {
      check = AvailabilityFilter.forModule(module).check(DedicatedServerPanels.of(lookup, "dci-sim").servers(1));
    }
    int first = 0;
    while (!check.isAvailable(first)) {
      first++;
    }
    serverId = check.server(first).id();
    String label = check.configurationLabel(first);

    PanelCallListener calls = withMdcProbe(REGISTRIES.micrometer.panelCalls());
    dci = Dci6Client.create(ClientConfig.builder().from(time.v6Panel()).callListener(calls)
        .logLevel(HttpLogLevel.BASIC).build());
    licenses = LicenseServerClient.create(ClientConfig.builder().from(time.licenseServer()).callListener(calls)
        .build());
    DedicatedServerPanel panel = DedicatedServerPanels.of(dci, "dci-sim");
    RecordedLogs.clear();

    try (Provisioning provisioning = Provisioning.builder()
        .modules(ProcessingModules.of(List.of(module)))
        .dedicatedServerPanel(module.id(), panel)
        .licenseServer(1, LicenseServers.of(licenses))
        .clock(time)
        .listener(REGISTRIES.micrometer.lifecycles())
        .build()) {
      result = provisioning.open(Order.builder().serviceId(SERVICE).tariffId(15).customerEmail(EMAIL)
          .configuration(ConfigurationLabelParser.parse(label)).osTemplate("Debian 12")
          .period(Period.months(1)).password(ROOT_PASSWORD).controlPanel(ControlPanel.of(3541, "ISPmanager Lite"))
          .build()).toCompletableFuture().join();
    }
  }

  @AfterAll
  static void disconnect() {
    dci.close();
    licenses.close();
  }

  /** The binding's listener, and a probe that writes down the MDC each panel call starts with. */
  private static PanelCallListener withMdcProbe(PanelCallListener binding) {
    return new PanelCallListener() {
      @Override
      public Call callStart(String panel, String call) {
        CALLS_WITH_MDC.add(MDC.get(LifecycleMdc.SERVICE) + " " + MDC.get(LifecycleMdc.LIFECYCLE) + " "
            + MDC.get(LifecycleMdc.STEP) + " " + call);
        return binding.callStart(panel, call);
      }

      @Override
      public Activity loginStart(String panel, LoginCause cause) {
        return binding.loginStart(panel, cause);
      }

      @Override
      public Activity waitStart(String panel, String kind) {
        return binding.waitStart(panel, kind);
      }
    };
  }

  @Test
  void theServiceIsOpen() {
    assertThat(result).isInstanceOf(LifecycleResult.Active.class);
    assertThat(((LifecycleResult.Active) result).service().machineId()).isEqualTo(serverId);
  }

  @Test
  void theRunAndEachStepAreObservationsWithTheirOutcomes() {
    assertThat(REGISTRIES.contexts(MeterNames.LIFECYCLE)).singleElement().satisfies(run -> {
      assertThat(run.getLowCardinalityKeyValue("lifecycle").getValue()).isEqualTo("dedicated-open");
      assertThat(run.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("active");
      assertThat(run.getError()).isNull();
    });
    List<Observation.Context> steps = REGISTRIES.contexts(MeterNames.LIFECYCLE_STEP);
    assertThat(steps).extracting(step -> step.getLowCardinalityKeyValue("step").getValue()).containsExactly(
        "claim-server", "build-task", "release-parking-ips", "assign-public-ips", "start-os-installation",
        "await-os-installation", "license", "activate");
    assertThat(steps).extracting(step -> step.getLowCardinalityKeyValue("outcome").getValue())
        .containsExactly("done", "done", "done", "done", "done", "done", "done", "finished");
    Observation.Context run = REGISTRIES.contexts(MeterNames.LIFECYCLE).get(0);
    assertThat(steps).allSatisfy(step ->
        assertThat(step.getParentObservation().getContextView()).isSameAs(run));
  }

  @Test
  void panelCallsLoginsAndWaitsAreObservationsInsideTheirSteps() {
    List<Observation.Context> calls = REGISTRIES.contexts(MeterNames.PANEL_CALL);
    assertThat(calls).extracting(call -> call.getLowCardinalityKeyValue("call").getValue())
        .contains("Dci6Api#servers(Map)", "Dci6Api#server(long)", "AuthV4Api#login(LoginRequest)", "soft",
            "soft.edit");
    assertThat(calls).allSatisfy(call -> {
      assertThat(call.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("ok");
      assertThat(call.getParentObservation()).as("parent of %s", call.getContextualName()).isNotNull();
    });
    assertThat(calls).filteredOn(call -> call.getParentObservation().getContextView().getName()
        .equals(MeterNames.LIFECYCLE_STEP)).isNotEmpty();
    assertThat(REGISTRIES.contexts(MeterNames.PANEL_LOGIN)).extracting(
        login -> login.getLowCardinalityKeyValue("panel").getValue() + " "
            + login.getLowCardinalityKeyValue("cause").getValue() + " "
            + login.getLowCardinalityKeyValue("outcome").getValue())
        .containsExactly("DCImanager 6 first ok");
    assertThat(REGISTRIES.contexts(MeterNames.PANEL_LOGIN).get(0).getParentObservation().getContextView()
        .getName()).isEqualTo(MeterNames.PANEL_CALL);
    assertThat(REGISTRIES.contexts(MeterNames.PANEL_WAIT)).extracting(
        wait -> wait.getLowCardinalityKeyValue("panel").getValue() + " "
            + wait.getLowCardinalityKeyValue("kind").getValue() + " "
            + wait.getLowCardinalityKeyValue("outcome").getValue())
        .contains("DCImanager 6 operation ok");
    Timer installationWait = REGISTRIES.meters.find(MeterNames.PANEL_WAIT)
        .tags("panel", "DCImanager 6", "kind", "operation", "outcome", "ok", "error", "none").timer();
    assertThat(installationWait).isNotNull();
    assertThat(installationWait.count()).isEqualTo(1);
  }

  @Test
  void everyPanelCallOfTheOpenRanWithTheServiceLifecycleAndStepInTheMdc() {
    assertThat(CALLS_WITH_MDC).isNotEmpty().allMatch(line -> line.startsWith(SERVICE + " dedicated-open "));
    Set<String> steps = CALLS_WITH_MDC.stream().map(line -> line.split(" ")[2]).collect(Collectors.toSet());
    assertThat(steps).contains("claim-server", "assign-public-ips", "await-os-installation", "license");
    assertThat(MDC.get(LifecycleMdc.SERVICE)).isNull();
  }

  @Test
  void theClientsHttpLogLinesCarryTheServiceSoAHostCanGroupThem() {
    List<RecordedLogs.Line> http = RecordedLogs.lines().stream()
        .filter(line -> line.logger().equals("dev.ispkit.http")).toList();

    assertThat(http).isNotEmpty().allSatisfy(line -> {
      assertThat(line.mdc()).containsEntry(LifecycleMdc.SERVICE, SERVICE)
          .containsEntry(LifecycleMdc.LIFECYCLE, "dedicated-open").containsKey(LifecycleMdc.STEP);
    });
    assertThat(http).anySatisfy(line -> assertThat(line.message()).contains("GET ").contains("/dci/v3/server/"));
  }

  @Test
  void eachStepsWaitOnTheQueueIsTimedPerQueueNumberAndTheQueueEndsEmpty() {
    List<Timer> waits = REGISTRIES.meters.find(MeterNames.QUEUE_WAIT).timers().stream().toList();
    assertThat(waits).isNotEmpty().allSatisfy(wait -> {
      assertThat(wait.getId().getTag("outcome")).isEqualTo("started");
      assertThat(Integer.parseInt(wait.getId().getTag("queue.number"))).isBetween(0, QUEUES - 1);
    });
    // Every step after the module is chosen runs on the module's queue: seven of the eight.
    assertThat(waits.stream().mapToLong(Timer::count).sum()).isEqualTo(7);
    assertThat(REGISTRIES.meters.find(MeterNames.QUEUE_DEPTH).gauges()).isNotEmpty()
        .allSatisfy(depth -> assertThat(depth.value()).isZero());
    assertThat(REGISTRIES.meters.find(MeterNames.LIFECYCLE_WAITING).gauge().value()).isZero();
  }

  @Test
  void theLicensePoolIsGaugedAndTheLicenseCountedAsReusedOrOrdered() {
    Gauge free = REGISTRIES.meters.find(MeterNames.LICENSE_POOL_FREE).tag("pricelist", "3541").gauge();
    assertThat(free).isNotNull();
    if (free.value() > 0) {
      assertThat(REGISTRIES.count(MeterNames.LICENSE_EVENTS, "pricelist", "3541", "event", "claimed")).contains(1.0);
      assertThat(REGISTRIES.count(MeterNames.LICENSE_EVENTS, "pricelist", "3541", "event", "reused")).contains(1.0);
    } else {
      assertThat(REGISTRIES.count(MeterNames.LICENSE_EVENTS, "pricelist", "3541", "event", "ordered")).contains(1.0);
      assertThat(REGISTRIES.contexts(MeterNames.PANEL_WAIT)).anySatisfy(wait ->
          assertThat(wait.getLowCardinalityKeyValue("kind").getValue()).isEqualTo("license-key"));
    }
  }

  @Test
  void everyMeterIsDocumentedAndNoTagValueCarriesAnIdAUrlAnEmailOrASecret() {
    SimulatorOptions options = PANELS.simulator().options();
    List<String> never = new ArrayList<>(List.of(SERVICE, EMAIL, ROOT_PASSWORD, options.adminPassword(),
        options.adminEmail(), options.billingPassword(), options.billingUser(),
        "127.0.0.1", "localhost", Integer.toString(PANELS.simulator().port())));
    LifecycleResult.Active active = (LifecycleResult.Active) result;
    active.service().licenseId().ifPresent(id -> never.add(Long.toString(id)));
    active.service().ipAddresses().forEach(never::add);
    never.add("svc-" + SERVICE);

    Set<String> seen = new MeterCatalogue(QUEUES).check(REGISTRIES.allMeters(), REGISTRIES.contexts(), never);

    assertThat(seen).contains(MeterNames.PANEL_CALL, MeterNames.PANEL_CALL + ".active", MeterNames.PANEL_LOGIN,
        MeterNames.PANEL_WAIT, MeterNames.LIFECYCLE, MeterNames.LIFECYCLE + ".active", MeterNames.LIFECYCLE_STEP,
        MeterNames.LIFECYCLE_STEP + ".active", MeterNames.LIFECYCLE_WAITING, MeterNames.QUEUE_DEPTH,
        MeterNames.QUEUE_WAIT, MeterNames.LICENSE_POOL_FREE, MeterNames.LICENSE_EVENTS);
  }
}

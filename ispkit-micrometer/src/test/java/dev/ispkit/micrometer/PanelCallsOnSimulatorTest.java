package dev.ispkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.adapters.SimulatorTime;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.license.AuthMode;
import dev.ispkit.license.LicenseServerClient;
import dev.ispkit.simulator.Fault;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.PanelSimulatorExtension;
import dev.ispkit.simulator.SimulatorClock;
import dev.ispkit.simulator.SimulatorOptions;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Typed calls of the clients against the panel simulator with the binding installed: a 503 burst shows up as
 * retries, a refused session as a re-login, a missing server as a failed call, the license server's calls by
 * function; every tag value stays in its closed set.
 */
class PanelCallsOnSimulatorTest {
  private static final long SERVER = 12;

  @RegisterExtension
  static final PanelSimulatorExtension PANELS = new PanelSimulatorExtension(SimulatorOptions.builder()
      .servers(20).seed(5).licenses(8).clock(SimulatorClock.manual(Instant.parse("2025-06-02T09:00:00Z"))).build());

  private Registries registries;
  private Dci6Client dci;

  @BeforeEach
  void connect(PanelSimulator sim) {
    sim.clearFaults();
    registries = new Registries();
    dci = Dci6Client.create(ClientConfig.builder().from(new SimulatorTime(sim).v6Panel())
        .callListener(registries.micrometer.panelCalls()).build());
  }

  @AfterEach
  void disconnect() {
    dci.close();
  }

  private double retries(String call, String cause) {
    return registries.count(MeterNames.PANEL_CALL_RETRIES, "panel", "DCImanager 6", "call", call, "cause", cause)
        .orElse(0.0);
  }

  @Test
  void a503BurstShowsUpAsRetriesOfTheCallThatThenSucceeds(PanelSimulator sim) {
    dci.servers().get(SERVER);
    sim.inject(Fault.serviceUnavailable().on(Panel.DCIMANAGER).path("/dci/v3/server/" + SERVER).times(3));

    dci.servers().get(SERVER);

    assertThat(retries("Dci6Api#server(long)", "unavailable")).isEqualTo(3.0);
    Timer calls = registries.meters.find(MeterNames.PANEL_CALL)
        .tags("panel", "DCImanager 6", "call", "Dci6Api#server(long)", "outcome", "ok").timer();
    assertThat(calls).isNotNull();
    assertThat(calls.count()).isEqualTo(2);
    assertThat(registries.count(MeterNames.PANEL_CALL_RETRIES)).isPresent();
    new MeterCatalogue(1).check(registries.allMeters(), registries.contexts(), List.of("/dci/v3", "127.0.0.1"));
  }

  @Test
  void aRefusedSessionIsARetryAfterARelogin(PanelSimulator sim) {
    dci.servers().get(SERVER);
    sim.expireSessions();

    dci.servers().get(SERVER);

    assertThat(retries("Dci6Api#server(long)", "authentication")).isEqualTo(1.0);
    assertThat(registries.contexts(MeterNames.PANEL_LOGIN)).extracting(
        login -> login.getLowCardinalityKeyValue("cause").getValue()).containsExactly("first", "refused");
  }

  @Test
  void aMissingServerIsAFailedCallMarkedAsAnError() {
    assertThatThrownBy(() -> dci.servers().get(987654)).isInstanceOf(PanelNotFoundException.class);

    Observation.Context failed = registries.contexts(MeterNames.PANEL_CALL).stream()
        .filter(call -> call.getLowCardinalityKeyValue("call").getValue().equals("Dci6Api#server(long)"))
        .findFirst().orElseThrow();
    assertThat(failed.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("not-found");
    assertThat(failed.getError()).isInstanceOf(FailedOutcome.class).hasMessage("not-found");
    assertThat(registries.meters.find(MeterNames.PANEL_CALL).tags("outcome", "not-found", "error", "FailedOutcome")
        .timer()).isNotNull();
    new MeterCatalogue(1).check(registries.allMeters(), registries.contexts(), List.of("987654"));
  }

  @Test
  void theLicenseServersCallsAreNamedByFunctionNeverByLicense(PanelSimulator sim) {
    SimulatorTime time = new SimulatorTime(sim);
    try (LicenseServerClient licenses = LicenseServerClient.builder(ClientConfig.builder().from(
        time.licenseServer()).callListener(registries.micrometer.panelCalls()).build())
        .authMode(AuthMode.SESSION).build()) {
      long first = licenses.list().get(0).id();
      licenses.get(first);

      assertThat(registries.contexts(MeterNames.PANEL_CALL)).extracting(
          call -> call.getLowCardinalityKeyValue("call").getValue()).containsExactly("soft", "auth", "soft.edit");
      // The login ran inside the first call that needed it, and its own call inside the login.
      Observation.Context auth = registries.contexts(MeterNames.PANEL_CALL).get(1);
      assertThat(auth.getParentObservation().getContextView().getName()).isEqualTo(MeterNames.PANEL_LOGIN);
      assertThat(registries.contexts(MeterNames.PANEL_LOGIN)).extracting(
          login -> login.getLowCardinalityKeyValue("panel").getValue()).containsExactly("BILLmanager");
      new MeterCatalogue(1).check(registries.allMeters(), registries.contexts(),
          List.of(Long.toString(first), sim.options().billingPassword(), sim.options().billingUser()));
    }
  }
}

package dev.ispkit.integration;

import dev.ispkit.adapters.SimulatorTime;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.RetryPolicy;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.SimulatorClock;
import dev.ispkit.simulator.SimulatorOptions;
import java.time.Instant;

/** The settings every end-to-end test shares: a simulator on a manual clock, and client configurations for it. */
final class Panels {
  /** Where every simulator of these tests starts its clock. */
  static final Instant START = Instant.parse("2025-06-02T09:00:00Z");

  private Panels() {}

  /** A simulator on a manual clock, with these servers, locations and seed. */
  static PanelSimulator start(int servers, int locations, long seed) {
    return PanelSimulator.start(SimulatorOptions.builder()
        .servers(servers)
        .locations(locations)
        .seed(seed)
        .clock(SimulatorClock.manual(START))
        .build());
  }

  /** The DCImanager or VMmanager administrator's configuration, with the given API prefix. */
  static ClientConfig v6(PanelSimulator sim, SimulatorTime time, String apiPrefix) {
    return ClientConfig.builder()
        .baseUrl(sim.baseUrl())
        .apiPrefix(apiPrefix)
        .credentials(Credentials.of(sim.options().adminEmail(), sim.options().adminPassword()))
        .retryPolicy(RetryPolicy.builder().sleeper(time).build())
        .clock(time)
        .build();
  }

  /** The BILLmanager reseller's configuration. */
  static ClientConfig billing(PanelSimulator sim, SimulatorTime time) {
    return ClientConfig.builder()
        .baseUrl(sim.billmgrUrl())
        .credentials(Credentials.of(sim.options().billingUser(), sim.options().billingPassword()))
        .retryPolicy(RetryPolicy.builder().sleeper(time).build())
        .clock(time)
        .build();
  }
}

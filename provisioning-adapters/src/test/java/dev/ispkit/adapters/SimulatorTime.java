package dev.ispkit.adapters;

import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.HttpLogLevel;
import dev.ispkit.client.core.RetryPolicy;
import dev.ispkit.client.core.Sleeper;
import dev.ispkit.simulator.PanelSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The simulator's compressed time as the clients and the adapters see it: their clock is the simulator's manual
 * clock, and each pause they take (a poll interval, a retry backoff) moves it on instead of sleeping. A 40-minute
 * installation then costs its polls, not 40 minutes. Also the client configurations of the three panels on it.
 */
public final class SimulatorTime extends Clock implements Sleeper {
  private final PanelSimulator simulator;

  /**
   * The time of a simulator that runs on {@code SimulatorClock.manual(...)}.
   *
   * @param simulator the simulator
   */
  public SimulatorTime(PanelSimulator simulator) {
    if (!simulator.clock().isManual()) {
      throw new IllegalStateException("start the simulator on a manual clock: " + simulator.clock());
    }
    this.simulator = simulator;
  }

  @Override
  public void sleep(Duration pause) {
    simulator.advance(pause);
  }

  @Override
  public Instant instant() {
    return simulator.clock().instant();
  }

  @Override
  public ZoneId getZone() {
    return simulator.clock().getZone();
  }

  /** This time, whatever the zone: the simulator keeps every time in UTC. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  /** The DCImanager 6 or VMmanager 6 administrator's configuration (both panels share one auth service). */
  public ClientConfig v6Panel() {
    return on(simulator.baseUrl(), simulator.options().adminEmail(), simulator.options().adminPassword());
  }

  /** The license server reseller's configuration. */
  public ClientConfig licenseServer() {
    return on(simulator.billmgrUrl(), simulator.options().billingUser(), simulator.options().billingPassword());
  }

  private ClientConfig on(String url, String user, String password) {
    return ClientConfig.builder()
        .baseUrl(url)
        .credentials(Credentials.of(user, password))
        .retryPolicy(RetryPolicy.builder().sleeper(this).jitter(0).build())
        .clock(this)
        .readTimeout(Duration.ofSeconds(30))
        .logLevel(HttpLogLevel.NONE)
        .build();
  }
}

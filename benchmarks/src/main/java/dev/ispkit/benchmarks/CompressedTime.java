package dev.ispkit.benchmarks;

import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.RetryPolicy;
import dev.ispkit.client.core.Sleeper;
import dev.ispkit.simulator.PanelSimulator;
import java.time.Duration;
import java.time.Instant;

/**
 * The simulator's manual clock as ispkit's clients and engine see it: every pause they take (a poll interval, a
 * retry backoff) moves the simulator's clock on instead of sleeping, so a 40-minute installation costs its polls and
 * no wall time. Also the client configurations of the three panels on that time line.
 */
final class CompressedTime extends UtcClock implements Sleeper {
  private final PanelSimulator simulator;

  CompressedTime(PanelSimulator simulator) {
    if (!simulator.clock().isManual()) {
      throw new IllegalArgumentException("start the simulator on SimulatorClock.manual(...)");
    }
    this.simulator = simulator;
  }

  @Override
  public void sleep(Duration pause) {
    simulator.advance(pause);
  }

  @Override
  public Instant instant() {
    return simulator.clock().now();
  }

  /** The DCImanager 6 and VMmanager 6 administrator (one auth service serves both). */
  ClientConfig v6Panel() {
    return on(simulator.baseUrl(), simulator.options().adminEmail(), simulator.options().adminPassword());
  }

  /** The license server's reseller. */
  ClientConfig licenseServer() {
    return on(simulator.billmgrUrl(), simulator.options().billingUser(), simulator.options().billingPassword());
  }

  private ClientConfig on(String url, String user, String password) {
    return ClientConfig.builder()
        .baseUrl(url)
        .credentials(Credentials.of(user, password))
        .retryPolicy(RetryPolicy.builder().sleeper(this).jitter(0).build())
        .clock(this)
        .build();
  }
}

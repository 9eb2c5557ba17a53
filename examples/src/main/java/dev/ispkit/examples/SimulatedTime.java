package dev.ispkit.examples;

import dev.ispkit.client.core.Sleeper;
import dev.ispkit.simulator.PanelSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The embedded simulator's compressed time, as the clients and the engine see it: their clock is the simulator's
 * manual clock, and every pause they take (a poll of an OS installation, a retry's backoff) moves that clock on
 * instead of sleeping. A 40-minute installation then costs its polls, a few hundred milliseconds, and its progress
 * is printed stage by stage as on a real panel.
 */
final class SimulatedTime extends Clock implements Sleeper {
  private final PanelSimulator simulator;

  SimulatedTime(PanelSimulator simulator) {
    if (!simulator.clock().isManual()) {
      throw new IllegalArgumentException("the simulator must run on a manual clock: " + simulator.clock());
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

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}

package dev.ispkit.integration;

import dev.ispkit.client.core.Sleeper;
import dev.ispkit.simulator.PanelSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One time line for a client and the simulator it talks to: the client's clock reads the simulator's manual clock,
 * and every pause the client takes (a retry backoff, a poll interval) moves that clock forward instead of sleeping.
 * An hour-long OS installation then takes as many HTTP calls as its polls, and no wall-clock time.
 */
public final class SimulatedTime extends Clock implements Sleeper {
  private final PanelSimulator simulator;
  private final List<Duration> pauses = new ArrayList<>();

  /**
   * The time line of a simulator that runs on {@code SimulatorClock.manual(...)}.
   *
   * @param simulator the simulator
   */
  public SimulatedTime(PanelSimulator simulator) {
    if (!simulator.clock().isManual()) {
      throw new IllegalArgumentException("the simulator must run on SimulatorClock.manual(...)");
    }
    this.simulator = simulator;
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
    throw new UnsupportedOperationException("the simulated clock is UTC only");
  }

  @Override
  public synchronized void sleep(Duration duration) {
    pauses.add(duration);
    simulator.advance(duration);
  }

  /** Every pause the clients took so far, oldest first. */
  synchronized List<Duration> pauses() {
    return List.copyOf(pauses);
  }
}

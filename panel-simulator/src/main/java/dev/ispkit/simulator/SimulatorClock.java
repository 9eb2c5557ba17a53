package dev.ispkit.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The simulator's time, which drives operations, tasks, token and session expiry, license keys and license
 * expiry. A manual clock stands still until a test advances it, so every test is deterministic; a real clock
 * follows the system clock (plus whatever was advanced), for demos and for clients that poll.
 *
 * <p>It is a {@link java.time.Clock} (in UTC), so the code under test can read the simulated time directly; with
 * {@code sim::advance} as the pause of a client's retry policy and waits (any {@code Duration} consumer), a 40-minute
 * OS installation costs its polls, not 40 minutes.
 *
 * <pre>{@code
 * PanelSimulator sim = PanelSimulator.start(SimulatorOptions.builder()
 *     .clock(SimulatorClock.manual(Instant.parse("2025-06-01T09:00:00Z"))).build());
 * sim.advance(Duration.ofMinutes(30)); // the install started before is now done
 * ClientConfig config = ClientConfig.builder()...clock(sim.clock())
 *     .retryPolicy(RetryPolicy.builder().sleeper(sim::advance).build()).build();
 * }</pre>
 */
public final class SimulatorClock extends Clock {
  private final Clock base;
  private final boolean manual;
  private Instant manualNow;
  private Duration offset = Duration.ZERO;

  private SimulatorClock(Clock base, Instant manualNow) {
    this.base = base;
    this.manual = manualNow != null;
    this.manualNow = manualNow;
  }

  /** A clock that moves only when {@link #advance(Duration)} is called. */
  public static SimulatorClock manual(Instant start) {
    return new SimulatorClock(null, Objects.requireNonNull(start, "start"));
  }

  /** A clock that follows the system clock in UTC. */
  public static SimulatorClock system() {
    return new SimulatorClock(Clock.systemUTC(), null);
  }

  /** The current simulated instant. */
  public synchronized Instant now() {
    return manual ? manualNow : base.instant().plus(offset);
  }

  /**
   * Moves time forward. On a real clock this adds an offset, so a demo can skip a month (a license becomes
   * reusable) without waiting. What became due runs at the simulator's next request or inspection.
   */
  public synchronized void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    if (manual) {
      manualNow = manualNow.plus(duration);
    } else {
      offset = offset.plus(duration);
    }
  }

  /** The current simulated instant: {@link #now()}. */
  @Override
  public Instant instant() {
    return now();
  }

  /** UTC: the simulator keeps every time in UTC. */
  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** This clock: the simulated time has one zone, UTC. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  /** True for a clock made by {@link #manual(Instant)}. */
  public boolean isManual() {
    return manual;
  }

  @Override
  public String toString() {
    return (manual ? "manual clock at " : "system clock at ") + now();
  }
}

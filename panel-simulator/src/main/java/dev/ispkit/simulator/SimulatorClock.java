package dev.ispkit.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The simulator's time, which drives operations, tasks, token and session expiry, license keys and license
 * expiry. A manual clock stands still until a test advances it, so every test is deterministic; a real clock
 * follows the system clock (plus whatever was advanced), for demos and for clients that poll.
 *
 * <pre>{@code
 * PanelSimulator sim = PanelSimulator.start(SimulatorOptions.builder()
 *     .clock(SimulatorClock.manual(Instant.parse("2025-06-01T09:00:00Z"))).build());
 * sim.advance(Duration.ofMinutes(30)); // the install started before is now done
 * }</pre>
 */
public final class SimulatorClock {
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

  /** True for a clock made by {@link #manual(Instant)}. */
  public boolean isManual() {
    return manual;
  }

  @Override
  public String toString() {
    return (manual ? "manual clock at " : "system clock at ") + now();
  }
}

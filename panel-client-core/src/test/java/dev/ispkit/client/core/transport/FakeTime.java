package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that only moves when someone sleeps on it: retry and wait tests run without waiting. Public, in core's
 * test jar, so the client modules' tests use this one instead of a copy.
 */
public final class FakeTime extends Clock implements Sleeper {
  private volatile Instant now = Instant.parse("2026-11-22T10:00:00Z");
  /** Every pause taken, in order. */
  public final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  /**
   * Moves the clock without a pause being taken.
   *
   * @param duration how far
   */
  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** The sum of the pauses taken. */
  public Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public Instant instant() {
    return now;
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

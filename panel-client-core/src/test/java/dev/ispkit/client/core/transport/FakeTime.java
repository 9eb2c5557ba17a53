package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.HttpLogLevel;
import dev.ispkit.client.core.RetryPolicy;
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
   * The configuration every client test starts from: retries sleep on this clock without jitter, waits read this
   * clock, nothing is logged, and the read timeout is generous (other builds share the CPU; a test that wants a
   * short timeout sets its own).
   *
   * @param baseUrl the panel's URL (WireMock's or the simulator's)
   * @param credentials the login
   * @return a builder to adjust further
   */
  public ClientConfig.Builder clientConfig(String baseUrl, Credentials credentials) {
    ClientConfig.Builder builder = ClientConfig.builder();
    builder.baseUrl(baseUrl)
        .credentials(credentials)
        .readTimeout(Duration.ofSeconds(15))
        .retryPolicy(RetryPolicy.builder().sleeper(this).jitter(0).build())
        .clock(this)
        .logLevel(HttpLogLevel.NONE);
    return builder;
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

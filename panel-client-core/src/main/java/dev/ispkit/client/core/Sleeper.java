package dev.ispkit.client.core;

import java.time.Duration;

/**
 * How the clients pause between retries and between polls of a long operation.
 *
 * <p>The default sleeps the calling thread. Tests give a sleeper that only records (or advances a fake clock), so a
 * retry or wait test never waits in real time.
 *
 * <pre>{@code
 * List<Duration> slept = new ArrayList<>();
 * RetryPolicy policy = RetryPolicy.builder().sleeper(slept::add).build();
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps the calling thread. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Pauses for the given duration.
   *
   * @param duration how long
   * @throws InterruptedException when the thread is interrupted while paused
   */
  void sleep(Duration duration) throws InterruptedException;
}

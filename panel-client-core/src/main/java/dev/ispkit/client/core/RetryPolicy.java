package dev.ispkit.client.core;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * When and how long a client repeats a call; the only retry layer (OkHttp's own retry is off).
 *
 * <ul>
 *   <li>503 ("service suspended": the panel is waking up) and connection failures (nothing was sent) are repeated
 *       for every method, POST included.
 *   <li>Other 5xx answers, read timeouts and connection resets are repeated only for idempotent calls (GET,
 *       DELETE, and the license server's read functions).
 *   <li>Anything else is not repeated.
 * </ul>
 *
 * <p>The pause before attempt {@code n+1} is {@code initialBackoff * multiplier^(n-1)}, capped at {@code maxBackoff},
 * then spread by ±{@code jitter}. Retrying stops when the next pause would take the sum of pauses past {@code
 * maxElapsed} (about 60 seconds by default, what the panels' docs advise for 503), after {@code maxAttempts}, or
 * when the next pause would end at or past the call's {@code deadline}.
 *
 * <p>The {@code deadline} (2 minutes by default) bounds a whole call, attempts and pauses together: each attempt's
 * HTTP timeout is cut to the time left, so a panel that hangs costs a caller at most the deadline, however many
 * attempts the pause budget would allow (with the default 60 s read timeout: two attempts, two minutes). A login
 * made for a call is part of that call. A wait for a long operation ({@link WaitOptions}) bounds the reads it makes
 * by its own timeout the same way.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.builder().maxElapsed(Duration.ofMinutes(3)).deadline(Duration.ofMinutes(4))
 *     .build();
 * RetryPolicy snappy = RetryPolicy.builder().deadline(Duration.ofSeconds(20)).build();   // a web request thread
 * RetryPolicy none = RetryPolicy.noRetries();
 * }</pre>
 */
@Value.Immutable
public abstract class RetryPolicy {
  RetryPolicy() {}

  /** The default policy. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** A policy that never repeats a call (for callers that retry on their own). */
  public static RetryPolicy noRetries() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The pause before the first repeat; default 200 ms. */
  @Value.Default
  public Duration initialBackoff() {
    return Duration.ofMillis(200);
  }

  /** The longest single pause; default 5 s. */
  @Value.Default
  public Duration maxBackoff() {
    return Duration.ofSeconds(5);
  }

  /** The factor each pause grows by; default 2. */
  @Value.Default
  public double multiplier() {
    return 2.0;
  }

  /** How far a pause is spread at random, as a fraction of it (0 to 1); default 0.2. */
  @Value.Default
  public double jitter() {
    return 0.2;
  }

  /** The most time spent pausing for one call; default 60 s. */
  @Value.Default
  public Duration maxElapsed() {
    return Duration.ofSeconds(60);
  }

  /** The most attempts of one call, the first included; default 50. */
  @Value.Default
  public int maxAttempts() {
    return 50;
  }

  /**
   * The longest one call may take, all its attempts and the pauses between them, a login it needs included;
   * default 2 minutes. Two minutes let a panel's 60-second 503 spell (what its docs advise waiting out) and one slow
   * answer pass, and keep a caller from hanging on a panel that does not answer: with the default read timeout, two
   * attempts fit. Set it shorter for a caller that holds a user's request, longer for a batch job.
   */
  @Value.Default
  public Duration deadline() {
    return Duration.ofMinutes(2);
  }

  /** How pauses are taken; tests replace it so they never sleep. */
  @Value.Default
  @Value.Auxiliary
  public Sleeper sleeper() {
    return Sleeper.SYSTEM;
  }

  @Value.Check
  void check() {
    requirePositive("initialBackoff", initialBackoff());
    requirePositive("maxBackoff", maxBackoff());
    if (maxBackoff().compareTo(initialBackoff()) < 0) {
      throw new InvalidInputException("maxBackoff", maxBackoff(), "must not be shorter than initialBackoff");
    }
    if (!(multiplier() >= 1.0) || Double.isInfinite(multiplier())) {
      throw new InvalidInputException("multiplier", multiplier(), "must be a finite number of at least 1");
    }
    if (!(jitter() >= 0.0 && jitter() <= 1.0)) {
      throw new InvalidInputException("jitter", jitter(), "must be between 0 and 1");
    }
    if (maxElapsed().isNegative()) {
      throw new InvalidInputException("maxElapsed", maxElapsed(), "must not be negative");
    }
    requirePositive("deadline", deadline());
    if (maxAttempts() < 1) {
      throw new InvalidInputException("maxAttempts", maxAttempts(), "must be at least 1");
    }
  }

  private static void requirePositive(String field, Duration value) {
    if (value.isZero() || value.isNegative()) {
      throw new InvalidInputException(field, value, "must be positive");
    }
  }

  /** Builds a {@link RetryPolicy}; unset values keep their defaults. */
  public static final class Builder extends ImmutableRetryPolicy.Builder {
    Builder() {}
  }
}

package dev.ispkit.client.core;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How to wait for a long panel operation: how long at most, how often to look, and who hears of its progress.
 *
 * <pre>{@code
 * WaitOptions options = WaitOptions.builder()
 *     .timeout(Duration.ofMinutes(90))
 *     .pollInterval(Duration.ofSeconds(20))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class WaitOptions {
  WaitOptions() {}

  /** A builder; {@link Builder#timeout(Duration)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Options with the given timeout and the default poll interval.
   *
   * @param timeout how long to wait at most
   * @return the options
   */
  public static WaitOptions timeout(Duration timeout) {
    return builder().timeout(timeout).build();
  }

  /** How long to wait at most before {@link OperationTimeoutException}. */
  public abstract Duration timeout();

  /** The pause between two looks at the operation; default 10 s. */
  @Value.Default
  public Duration pollInterval() {
    return Duration.ofSeconds(10);
  }

  @Value.Check
  void check() {
    if (timeout().isZero() || timeout().isNegative()) {
      throw new InvalidInputException("timeout", timeout(), "must be positive");
    }
    if (pollInterval().isZero() || pollInterval().isNegative()) {
      throw new InvalidInputException("pollInterval", pollInterval(), "must be positive");
    }
  }

  /** Builds {@link WaitOptions}. */
  public static final class Builder extends ImmutableWaitOptions.Builder {
    Builder() {}
  }
}

package dev.ispkit.engine.period;

import dev.ispkit.engine.InvalidSettingException;

/**
 * The license period {@link PeriodMapping#resolve} chose, and which step of the resolution chose it, so a log line
 * can say why a license was bought for one month when the server was ordered for two years.
 *
 * <p>Example: {@code PeriodResolution[period=12 months, source=GENERAL_RULE]}.
 *
 * @param period the license period
 * @param source which step chose it
 */
public record PeriodResolution(Period period, Source source) {
  /** Validates the values. */
  public PeriodResolution {
    InvalidSettingException.requirePresent("period", period);
    InvalidSettingException.requirePresent("resolution source", source);
  }

  /** The steps of the resolution, in the order they are tried. */
  public enum Source {
    /** A rule bound to the service's tariff. */
    TARIFF_RULE,
    /** A general rule. */
    GENERAL_RULE,
    /** No rule; the license offers the service's own period. */
    SERVICE_PERIOD,
    /** No rule and the license does not offer the service's period: its shortest period. */
    MINIMUM_PERIOD
  }
}

package dev.ispkit.engine.period;

import dev.ispkit.engine.InvalidSettingException;

/**
 * A billing period in BILLmanager's codes: a positive number of months, or {@link #TRIAL} (-100), {@link #DAY}
 * (-50), {@link #LIFETIME} (0).
 *
 * <p>Example: {@code Period.months(12)}, {@code Period.of(-100)} (trial).
 *
 * @param code the BILLmanager period code
 */
public record Period(int code) {
  /** A trial period, code -100. */
  public static final Period TRIAL = new Period(-100);
  /** One day, code -50. */
  public static final Period DAY = new Period(-50);
  /** Lifetime, code 0. */
  public static final Period LIFETIME = new Period(0);

  /** Validates the code: -100, -50, 0 or 1..1200 months. */
  public Period {
    if (code != -100 && code != -50 && (code < 0 || code > 1200)) {
      throw new InvalidSettingException("period", code,
          "must be a number of months 1..1200, or -100 (trial), -50 (day), 0 (lifetime)");
    }
  }

  /**
   * A period from its BILLmanager code.
   *
   * @param code -100, -50, 0 or a number of months
   * @return the period
   */
  public static Period of(int code) {
    return new Period(code);
  }

  /**
   * A period of whole months.
   *
   * @param months 1..1200
   * @return the period
   */
  public static Period months(int months) {
    InvalidSettingException.requireRange("period months", months, 1, 1200, "months");
    return new Period(months);
  }

  /** Whether this is a number of months. */
  public boolean isMonths() {
    return code > 0;
  }

  /** Whether this is the trial period. */
  public boolean isTrial() {
    return code == -100;
  }

  /**
   * The period's place by length, for choosing the shortest one: day, then months ascending, then lifetime. The
   * trial is not a length one buys and sorts before all.
   */
  int lengthRank() {
    switch (code) {
      case -100:
        return -2;
      case -50:
        return -1;
      case 0:
        return Integer.MAX_VALUE;
      default:
        return code;
    }
  }

  @Override
  public String toString() {
    switch (code) {
      case -100:
        return "trial";
      case -50:
        return "day";
      case 0:
        return "lifetime";
      default:
        return code == 1 ? "1 month" : code + " months";
    }
  }
}

package dev.ispkit.license;

import dev.ispkit.client.core.InvalidInputException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A period as BILLmanager's {@code period} and {@code autoprolong} parameters carry it: a number of months, or one of
 * the special codes {@code -100} (trial), {@code -50} (one day) and {@code 0} (lifetime).
 *
 * <p>This is the wire value only; which periods a pricelist offers, and which period a license is bought or renewed
 * for, is the provisioning engine's business. ISPsystem licenses are sold for 1 and 12 months.
 *
 * <pre>{@code
 * Period year = Period.months(12);
 * Period trial = Period.TRIAL;
 * Period fromPanel = Period.ofCode(-50);   // Period.DAY
 * }</pre>
 */
public final class Period {
  /** The trial period, code {@code -100}. */
  public static final Period TRIAL = new Period(-100);
  /** One day, code {@code -50} (not a trial: the docs' "day" period). */
  public static final Period DAY = new Period(-50);
  /** Lifetime, code {@code 0}. */
  public static final Period LIFETIME = new Period(0);
  /**
   * The longest period in months accepted, ten years: BILLmanager's longest periods are 36 months, so anything much
   * longer is a mistake (a day count, a price) caught before it is sent.
   */
  public static final int MAX_MONTHS = 120;

  private final int code;

  private Period(int code) {
    this.code = code;
  }

  /**
   * A period of whole months.
   *
   * @param months 1 to {@value #MAX_MONTHS}
   * @return the period
   * @throws InvalidInputException when the number is out of range
   */
  public static Period months(int months) {
    if (months < 1 || months > MAX_MONTHS) {
      throw new InvalidInputException("period", months, "must be 1 to " + MAX_MONTHS + " months");
    }
    return new Period(months);
  }

  /**
   * The period for a BILLmanager period code.
   *
   * @param code months (1 to {@value #MAX_MONTHS}), {@code -100}, {@code -50} or {@code 0}
   * @return the period
   * @throws InvalidInputException for any other code
   */
  public static Period ofCode(int code) {
    return known(code).orElseThrow(() -> new InvalidInputException("period", code,
        "is not a BILLmanager period code (months 1 to " + MAX_MONTHS + ", -100 trial, -50 day, 0 lifetime)"));
  }

  /** The period for a code as the server writes it, or empty when the text is not a known code. */
  static Optional<Period> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return known(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Period> known(int code) {
    switch (code) {
      case -100:
        return Optional.of(TRIAL);
      case -50:
        return Optional.of(DAY);
      case 0:
        return Optional.of(LIFETIME);
      default:
        return code >= 1 && code <= MAX_MONTHS ? Optional.of(new Period(code)) : Optional.empty();
    }
  }

  /** The code sent as {@code period=}: months, or {@code -100}, {@code -50}, {@code 0}. */
  public int code() {
    return code;
  }

  /** The number of months, or empty for trial, day and lifetime. */
  public OptionalInt months() {
    return code > 0 ? OptionalInt.of(code) : OptionalInt.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Period && ((Period) other).code == code;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(code);
  }

  /** {@code 1 month}, {@code 12 months}, {@code trial}, {@code day} or {@code lifetime}. */
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
        return code + (code == 1 ? " month" : " months");
    }
  }
}

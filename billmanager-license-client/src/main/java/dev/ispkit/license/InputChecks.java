package dev.ispkit.license;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.transport.Require;
import java.util.regex.Pattern;

/**
 * The license server's own checks on a call's input, beside core's {@link Require} (ids, missing values): a pricelist
 * id, a period code, an IP literal, a license name. A bad value never reaches the server.
 */
final class InputChecks {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
  /** The longest license name one public source states (the BitNinja reselling page). */
  static final int MAX_NAME_LENGTH = 255;
  /**
   * The longest period in months accepted, ten years: BILLmanager's longest periods are 36 months, so anything much
   * longer is a mistake (a day count, a price) caught before it is sent.
   */
  static final int MAX_MONTHS = 120;
  static final int TRIAL = -100;
  static final int DAY = -50;
  static final int LIFETIME = 0;

  private InputChecks() {}

  /** A pricelist id: the license server's tariff, a positive number such as {@code 3541}. */
  static String pricelist(String field, String pricelist) {
    if (pricelist == null || !DIGITS.matcher(pricelist).matches() || Long.parseLong(pricelist) == 0) {
      throw new InvalidInputException(field, pricelist, "must be a numeric pricelist id such as 3541");
    }
    return pricelist;
  }

  /**
   * A BILLmanager period code, as {@code period=} carries it: months 1 to {@value #MAX_MONTHS}, {@code -100} trial,
   * {@code -50} one day, {@code 0} lifetime.
   */
  static int period(String field, int code) {
    if (!isPeriod(code)) {
      throw new InvalidInputException(field, code,
          "is not a BILLmanager period code (months 1 to " + MAX_MONTHS + ", -100 trial, -50 day, 0 lifetime)");
    }
    return code;
  }

  /**
   * A renewal period code, as {@code autoprolong=} carries it: months 1 to {@value #MAX_MONTHS}, or {@code -50} one
   * day; a trial or a lifetime is not renewed.
   */
  static int renewalPeriod(String field, int code) {
    if (!isRenewalPeriod(code)) {
      throw new InvalidInputException(field, code,
          "is not a BILLmanager renewal period code (months 1 to " + MAX_MONTHS + ", or -50 day)");
    }
    return code;
  }

  static boolean isPeriod(int code) {
    return isRenewalPeriod(code) || code == TRIAL || code == LIFETIME;
  }

  static boolean isRenewalPeriod(int code) {
    return code == DAY || (code >= 1 && code <= MAX_MONTHS);
  }

  /** An IPv4 or IPv6 address literal, the address a license is bound to (see {@link IpLiteral}). */
  static String ip(String field, String ip) {
    if (!IpLiteral.isIpLiteral(ip)) {
      throw new InvalidInputException(field, ip, "must be an IPv4 or IPv6 address literal such as 192.0.2.10");
    }
    return ip;
  }

  /** A license name ({@code licname}), sent as given: not blank, one line, at most 255 characters. */
  static String name(String field, String name) {
    Require.notBlank(field, name);
    if (name.length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException(field, name, "must be at most " + MAX_NAME_LENGTH + " characters");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(field, name, "must not contain control characters such as line breaks");
    }
    return name;
  }
}

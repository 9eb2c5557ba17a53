package dev.ispkit.license;

import dev.ispkit.client.core.InvalidInputException;
import java.util.regex.Pattern;

/** The checks every call runs on its input before anything is sent, so a bad value never reaches the server. */
final class InputChecks {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
  /** The longest license name one public source states (the BitNinja reselling page). */
  static final int MAX_NAME_LENGTH = 255;

  private InputChecks() {}

  static long id(String field, long id) {
    if (id <= 0) {
      throw new InvalidInputException(field, id, "must be a positive license id");
    }
    return id;
  }

  /** A pricelist id: the license server's tariff, a positive number such as {@code 3541}. */
  static String pricelist(String field, String pricelist) {
    if (pricelist == null || !DIGITS.matcher(pricelist).matches() || Long.parseLong(pricelist) == 0) {
      throw new InvalidInputException(field, pricelist, "must be a numeric pricelist id such as 3541");
    }
    return pricelist;
  }

  static String ip(String field, String ip) {
    if (!IpLiteral.isIpLiteral(ip)) {
      throw new InvalidInputException(field, ip, "must be an IPv4 or IPv6 address literal such as 192.0.2.10");
    }
    return ip;
  }

  static String name(String field, String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException(field, name, "must not be blank");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException(field, name, "must be at most " + MAX_NAME_LENGTH + " characters");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(field, name, "must not contain control characters such as line breaks");
    }
    return name;
  }

  static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, null, "must be given");
    }
    return value;
  }
}

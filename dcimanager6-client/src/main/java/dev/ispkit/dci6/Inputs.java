package dev.ispkit.dci6;

import dev.ispkit.client.core.InvalidInputException;
import java.util.regex.Pattern;

/** The checks every call makes on its arguments before a request is built, so a bad value never reaches the panel. */
final class Inputs {
  // Deliberately loose: one @, something on each side, no spaces or control characters. The panel has the last word;
  // this only keeps a blank or a pasted sentence from becoming a user or a filter.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+");
  private static final Pattern HOSTNAME = Pattern.compile(
      "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");

  private Inputs() {}

  /** A panel id: ids start at 1, so zero or a negative number is a caller's mistake (an unset field, say). */
  static long id(String field, long id) {
    if (id < 1) {
      throw new InvalidInputException(field, id, "must be a panel id (1 or more)");
    }
    return id;
  }

  static String email(String field, String email) {
    if (email == null || email.isBlank()) {
      throw new InvalidInputException(field, email, "must not be blank");
    }
    String trimmed = email.strip();
    if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
      throw new InvalidInputException(field, email, "must be an email address such as client@example.com");
    }
    return trimmed;
  }

  static String hostname(String field, String hostname) {
    if (hostname == null || !HOSTNAME.matcher(hostname).matches()) {
      throw new InvalidInputException(field, hostname, "must be a host name such as server1.example.com");
    }
    return hostname;
  }

  static String notBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, value, "must not be blank");
    }
    return value;
  }

  static String secret(String field, String value) {
    if (value == null || value.isEmpty()) {
      throw InvalidInputException.secret(field, "must not be empty");
    }
    if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      throw InvalidInputException.secret(field, "must not contain control characters");
    }
    return value;
  }

  static int pageSize(int pageSize) {
    if (pageSize < 1) {
      throw new InvalidInputException("pageSize", pageSize, "must be at least 1");
    }
    return pageSize;
  }

  static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, null, "must not be null");
    }
    return value;
  }
}

package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.InvalidInputException;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The checks every client method makes on its arguments before it sends anything: each failure is an {@link
 * InvalidInputException} naming the argument, and a secret is never repeated in the message.
 *
 * <p>For client modules; one set of checks keeps the wording the same across the DCImanager, VMmanager and
 * license clients.
 *
 * <pre>{@code
 * long vmId = Require.id("vmId", id);                 // vmId must be a positive id (was "0")
 * String pw = Require.secret("password", password);   // password must not be blank
 * }</pre>
 */
public final class Require {
  // Deliberately loose: one @, something on each side, no spaces or control characters. The panel has the last word;
  // this only keeps a blank or a pasted sentence from becoming a user or a filter.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+");
  private static final int MAX_EMAIL_LENGTH = 254;
  private static final Pattern HOSTNAME = Pattern.compile(
      "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");

  private Require() {}

  /**
   * A panel object id: positive.
   *
   * @param field the argument's name
   * @param id the id
   * @return the id
   */
  public static long id(String field, long id) {
    if (id <= 0) {
      throw new InvalidInputException(field, id, "must be a positive id");
    }
    return id;
  }

  /**
   * A count or size that must be at least 1 (CPUs, MiB of RAM, a page size).
   *
   * @param field the argument's name
   * @param value the value
   * @return the value
   */
  public static long positive(String field, long value) {
    if (value < 1) {
      throw new InvalidInputException(field, value, "must be at least 1");
    }
    return value;
  }

  /**
   * A count that may be zero but not negative.
   *
   * @param field the argument's name
   * @param value the value
   * @return the value
   */
  public static long notNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidInputException(field, value, "must not be negative");
    }
    return value;
  }

  /**
   * A value that must be given.
   *
   * @param field the argument's name
   * @param value the value
   * @param <T> its type
   * @return the value
   */
  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, null, "must not be null");
    }
    return value;
  }

  /**
   * A text that must not be null, empty or only white space; returned stripped.
   *
   * @param field the argument's name
   * @param value the text
   * @return the text without leading and trailing white space
   */
  public static String notBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, value, "must not be blank");
    }
    return value.strip();
  }

  /**
   * A secret (a password) that must not be null or blank; returned as given, since white space may be part of it.
   * The message never shows the value.
   *
   * @param field the argument's name
   * @param value the secret
   * @return the secret, unchanged
   */
  public static String secret(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.secret(field, "must not be blank");
    }
    return value;
  }

  /**
   * Ids that must each be positive (a list of pools, recipes, accounts).
   *
   * @param field the argument's name
   * @param ids the ids
   * @param <C> the collection
   * @return the ids
   */
  public static <C extends Collection<Long>> C ids(String field, C ids) {
    present(field, ids);
    for (Long id : ids) {
      if (id == null || id <= 0) {
        throw new InvalidInputException(field, ids, "must hold positive ids only");
      }
    }
    return ids;
  }

  /**
   * A secret that must be one line: not null or empty, no control character but tab (a root password or a license
   * key an installer writes into a file). Unlike {@link #secret(String, String)} white space alone is accepted, as
   * given. The message never shows the value.
   *
   * @param field the argument's name
   * @param value the secret
   * @return the secret, unchanged
   */
  public static String secretLine(String field, String value) {
    if (value == null || value.isEmpty()) {
      throw InvalidInputException.secret(field, "must not be empty");
    }
    if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      throw InvalidInputException.secret(field, "must not contain control characters");
    }
    return value;
  }

  /**
   * An email address: not blank, one {@code @} with text on each side, no white space or control characters, at
   * most 254 characters once stripped. Deliberately loose; the panel has the last word.
   *
   * @param field the argument's name
   * @param value the address
   * @return the address without leading and trailing white space
   */
  public static String email(String field, String value) {
    String email = notBlank(field, value);
    if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
      throw new InvalidInputException(field, value, "must be an email address such as client@example.com");
    }
    return email;
  }

  /**
   * A host name: dot-separated labels of letters, digits and inner hyphens, each at most 63 characters, at most 253
   * in all, an optional final dot.
   *
   * @param field the argument's name
   * @param value the host name
   * @return the host name, unchanged
   */
  public static String hostname(String field, String value) {
    if (value == null || !HOSTNAME.matcher(value).matches()) {
      throw new InvalidInputException(field, value, "must be a host name such as server1.example.com");
    }
    return value;
  }
}

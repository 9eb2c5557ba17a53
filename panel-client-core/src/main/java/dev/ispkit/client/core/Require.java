package dev.ispkit.client.core;

import java.util.Collection;

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
}

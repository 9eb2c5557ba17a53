package dev.ispkit.client.core;

import java.util.Objects;

/**
 * A value given to ispkit was refused before any request was sent.
 *
 * <p>It names the field and the value that was refused, so the caller can tell which input to fix. A secret value
 * (a password, a token) is never repeated: {@link #value()} then reads {@code ****}.
 *
 * <pre>{@code
 * try {
 *   config = ClientConfig.builder().baseUrl("ftp://panel").credentials(credentials).build();
 * } catch (InvalidInputException e) {
 *   e.field(); // "baseUrl"
 *   e.value(); // "ftp://panel"
 * }
 * }</pre>
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param field the name of the refused field, as the builder or method calls it
   * @param value the refused value as given, or {@code null}
   * @param reason why it was refused, for example "must start with https:// or http://"
   */
  public InvalidInputException(String field, Object value, String reason) {
    super(field + " " + reason + " (was " + describe(value) + ")");
    this.field = Objects.requireNonNull(field, "field");
    this.value = value == null ? null : String.valueOf(value);
  }

  private InvalidInputException(String field, String reason) {
    super(field + " " + reason);
    this.field = Objects.requireNonNull(field, "field");
    this.value = "****";
  }

  /**
   * An exception for a secret value: the value itself is never kept or printed.
   *
   * @param field the name of the secret field
   * @param reason why it was refused
   * @return the exception to throw
   */
  public static InvalidInputException secret(String field, String reason) {
    return new InvalidInputException(field, reason);
  }

  /** The name of the refused field. */
  public String field() {
    return field;
  }

  /** The refused value as a string, {@code null} when none was given, {@code ****} for a secret. */
  public String value() {
    return value;
  }

  private static String describe(Object value) {
    return value == null ? "null" : "\"" + value + "\"";
  }
}

package dev.ispkit.engine;

import java.util.Collection;
import java.util.Objects;

/**
 * Bad input given to the engine: a setting, a label, a template or a rule that cannot be used. It names the field
 * and the value, so a provider reading the message knows what to fix.
 *
 * <p>Every value type of the engine throws it from its constructor or builder, for example:
 *
 * <pre>{@code
 * try {
 *   QueueKeyTemplate.parse("dci-__HOST__");
 * } catch (InvalidSettingException e) {
 *   e.field();   // "queue key template"
 *   e.value();   // "dci-__HOST__"
 *   e.getMessage(); // queue key template 'dci-__HOST__': unknown macro __HOST__ (known: __TYPE__, __PMID__, __IID__)
 * }
 * }</pre>
 *
 * <p>The static {@code require...} methods are the checks the engine's own values use; adapters that build engine
 * values may use them too, so that their errors read the same way.
 */
public class InvalidSettingException extends IllegalArgumentException {
  private final String field;
  private final transient Object value;

  /**
   * Creates the exception.
   *
   * @param field the name of the field, setting or input, as a provider knows it (for example {@code diagtimeout})
   * @param value the rejected value, {@code null} when it was missing
   * @param problem what is wrong with it, in words that tell how to fix it
   */
  public InvalidSettingException(String field, Object value, String problem) {
    super(field + " " + render(value) + ": " + problem);
    this.field = field;
    this.value = value;
  }

  /** The name of the rejected field, setting or input. */
  public String field() {
    return field;
  }

  /** The rejected value, {@code null} when it was missing. */
  public Object value() {
    return value;
  }

  /**
   * Returns {@code value}, or fails when it is {@code null}.
   *
   * @param field the field's name for the message
   * @param value the value to check
   * @param <T> the value's type
   * @return the value
   */
  public static <T> T requirePresent(String field, T value) {
    if (value == null) {
      throw new InvalidSettingException(field, null, "must be set");
    }
    return value;
  }

  /**
   * Returns {@code value}, or fails when it is {@code null} or blank.
   *
   * @param field the field's name for the message
   * @param value the value to check
   * @return the value
   */
  public static String requireText(String field, String value) {
    requirePresent(field, value);
    if (value.isBlank()) {
      throw new InvalidSettingException(field, value, "must not be blank");
    }
    return value;
  }

  /**
   * Returns {@code value}, or fails when it is outside {@code min..max} (both inclusive).
   *
   * @param field the field's name for the message
   * @param value the value to check
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param unit the unit for the message, for example {@code minutes}; empty for none
   * @return the value
   */
  public static long requireRange(String field, long value, long min, long max, String unit) {
    if (value < min || value > max) {
      String suffix = unit.isEmpty() ? "" : " " + unit;
      throw new InvalidSettingException(field, value, "must be " + min + ".." + max + suffix);
    }
    return value;
  }

  /**
   * Returns {@code value}, or fails when it is negative.
   *
   * @param field the field's name for the message
   * @param value the value to check
   * @return the value
   */
  public static long requireNotNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidSettingException(field, value, "must not be negative");
    }
    return value;
  }

  /**
   * Returns {@code values}, or fails when it is {@code null} or holds a {@code null}.
   *
   * @param field the field's name for the message
   * @param values the collection to check
   * @param <C> the collection's type
   * @return the collection
   */
  public static <C extends Collection<?>> C requireNoNulls(String field, C values) {
    requirePresent(field, values);
    for (Object element : values) {
      if (element == null) {
        throw new InvalidSettingException(field, values, "must not contain null");
      }
    }
    return values;
  }

  private static String render(Object value) {
    if (value == null) {
      return "(missing)";
    }
    if (value instanceof CharSequence) {
      return "'" + value + "'";
    }
    return "'" + Objects.toString(value) + "'";
  }
}

package dev.ispkit.engine.port;

import dev.ispkit.engine.InvalidSettingException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What a lifecycle knows about a service, as named text values: the order it was given and what each finished step
 * found or made (the server's id, the panel user's id, the license's id...). The journal stores facts as they are,
 * so any store that keeps text can keep them, and a lifecycle resumed on another node reads back exactly what the
 * interrupted one wrote.
 *
 * <p>Values are text; the typed readers say which fact was missing or unreadable. Facts whose name ends in
 * {@code password} print as {@code ****}.
 *
 * <pre>{@code
 * Facts facts = Facts.empty().with("server.id", 4012).with("user.id", 17);
 * long serverId = facts.number("server.id");        // 4012
 * Optional<String> ip = facts.text("server.ip");    // empty
 * }</pre>
 */
public final class Facts {
  private static final Facts EMPTY = new Facts(new TreeMap<>());
  private final TreeMap<String, String> values;

  private Facts(TreeMap<String, String> values) {
    this.values = values;
  }

  /** No facts. */
  public static Facts empty() {
    return EMPTY;
  }

  /**
   * Facts from a map of names to values, as a store reads them back.
   *
   * @param values the facts; no null name or value, no blank name
   * @return the facts
   * @throws InvalidSettingException naming {@code fact} for a null or blank name, or the name for a null value
   */
  public static Facts of(Map<String, String> values) {
    InvalidSettingException.requirePresent("facts", values);
    TreeMap<String, String> copy = new TreeMap<>();
    values.forEach((name, value) -> copy.put(checkName(name), checkValue(name, value)));
    return new Facts(copy);
  }

  /**
   * These facts and one more (replacing a fact of that name).
   *
   * @param name the fact's name
   * @param value its value
   * @return new facts
   */
  public Facts with(String name, String value) {
    TreeMap<String, String> copy = new TreeMap<>(values);
    copy.put(checkName(name), checkValue(name, value));
    return new Facts(copy);
  }

  /**
   * These facts and one number more.
   *
   * @param name the fact's name
   * @param value its value
   * @return new facts
   */
  public Facts with(String name, long value) {
    return with(name, Long.toString(value));
  }

  /**
   * These facts and the others (the others win where both name a fact).
   *
   * @param others the facts to add
   * @return new facts
   */
  public Facts with(Facts others) {
    if (others.values.isEmpty()) {
      return this;
    }
    TreeMap<String, String> copy = new TreeMap<>(values);
    copy.putAll(others.values);
    return new Facts(copy);
  }

  /**
   * These facts without one.
   *
   * @param name the fact's name
   * @return new facts
   */
  public Facts without(String name) {
    if (!values.containsKey(name)) {
      return this;
    }
    TreeMap<String, String> copy = new TreeMap<>(values);
    copy.remove(name);
    return new Facts(copy);
  }

  /**
   * A text fact.
   *
   * @param name the fact's name
   * @return its value, or empty when there is none
   */
  public Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * A text fact that must be there.
   *
   * @param name the fact's name
   * @return its value
   * @throws InvalidSettingException naming the fact when it is missing
   */
  public String requireText(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new InvalidSettingException(name, null, "is not known: no step has recorded it");
    }
    return value;
  }

  /**
   * A number fact.
   *
   * @param name the fact's name
   * @return its value, or empty when there is none
   * @throws InvalidSettingException naming the fact when its value is not a whole number
   */
  public OptionalLong optionalNumber(String name) {
    String value = values.get(name);
    return value == null ? OptionalLong.empty() : OptionalLong.of(parse(name, value));
  }

  /**
   * A number fact that must be there.
   *
   * @param name the fact's name
   * @return its value
   * @throws InvalidSettingException naming the fact when it is missing or not a whole number
   */
  public long number(String name) {
    return parse(name, requireText(name));
  }

  /**
   * A yes/no fact, {@code false} when missing.
   *
   * @param name the fact's name
   * @return whether it is {@code true}
   */
  public boolean flag(String name) {
    return "true".equals(values.get(name));
  }

  /** Whether a fact of that name is there. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** Whether there are no facts. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** Every fact, sorted by name, for a store to write. */
  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(values);
  }

  private static long parse(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new InvalidSettingException(name, value, "is not a whole number");
    }
  }

  private static String checkName(String name) {
    return InvalidSettingException.requireText("fact", name);
  }

  private static String checkValue(String name, String value) {
    return InvalidSettingException.requirePresent(name, value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Facts facts && facts.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    values.forEach((name, value) -> {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(name).append('=').append(name.endsWith("password") ? "****" : value);
    });
    return out.append('}').toString();
  }
}

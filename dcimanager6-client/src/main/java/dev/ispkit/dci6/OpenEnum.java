package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.ispkit.client.core.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A word the panel uses as an enumeration value ({@code power_status}, {@code operation.status}, ...), kept exactly
 * as the panel sent it.
 *
 * <p>The panel's value sets are only partly documented and grow between versions, so a value ispkit does not know
 * is kept rather than refused: {@link #raw()} returns it and {@link #isKnown()} says whether it is one of the
 * constants of the subclass. Known values are recognised ignoring case (the docs write {@code ON}, the panel sends
 * {@code on}) and then read as the constant. Two values are equal when their subclass and raw text are equal.
 *
 * <pre>{@code
 * PowerStatus power = server.powerStatus().orElse(PowerStatus.UNKNOWN);
 * if (power.equals(PowerStatus.OFF)) { ... }
 * String asSent = power.raw(); // "on", "off", "unknown" or whatever a newer panel says
 * }</pre>
 */
public abstract class OpenEnum {
  private final String raw;
  private final boolean known;

  OpenEnum(String raw, boolean known) {
    this.raw = raw;
    this.known = known;
  }

  /** The value exactly as the panel sent it. */
  @JsonValue
  public final String raw() {
    return raw;
  }

  /** Whether the value is one of the constants ispkit knows. */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((OpenEnum) other).raw.equals(raw);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), raw);
  }

  @Override
  public final String toString() {
    return raw;
  }

  /** The known constant for a raw value, or a new unknown value: the shared half of every subclass's {@code of}. */
  static <T extends OpenEnum> T of(String field, String raw, Map<String, T> known, Function<String, T> unknown) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidInputException(field, raw, "must not be blank");
    }
    T constant = known.get(raw.toLowerCase(Locale.ROOT));
    return constant != null ? constant : unknown.apply(raw);
  }

  /** The constants of a subclass by their lower-case raw text. */
  @SafeVarargs
  static <T extends OpenEnum> Map<String, T> index(T... constants) {
    Map<String, T> byRaw = new LinkedHashMap<>();
    for (T constant : constants) {
      byRaw.put(constant.raw().toLowerCase(Locale.ROOT), constant);
    }
    return Map.copyOf(byRaw);
  }
}

package dev.ispkit.engine.availability;

import dev.ispkit.engine.InvalidSettingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many servers of an inventory are available, and how many fail each condition, so that "no capacity" always
 * says why. A server that fails several conditions counts once under each of them.
 *
 * <p>{@link #toString()} is one line for a log or a manual task:
 * {@code 0 of 1 200 available: 900 owned, 250 maintenance, 50 other location}. Conditions are listed by count,
 * largest first, then in {@link AvailabilityCondition} order; conditions no server fails are left out.
 *
 * @param total the number of servers checked
 * @param available the number of available servers
 * @param failures for each condition, the number of servers failing it (conditions nobody fails are absent)
 */
public record AvailabilityReport(int total, int available, Map<AvailabilityCondition, Integer> failures) {
  /** Validates the counts and copies the map. */
  public AvailabilityReport {
    InvalidSettingException.requireNotNegative("total", total);
    InvalidSettingException.requireRange("available", available, 0, total, "servers");
    InvalidSettingException.requirePresent("failures", failures);
    EnumMap<AvailabilityCondition, Integer> copy = new EnumMap<>(AvailabilityCondition.class);
    failures.forEach((condition, count) -> {
      InvalidSettingException.requirePresent("failure condition", condition);
      InvalidSettingException.requireRange("failures of " + condition.description(),
          InvalidSettingException.requirePresent("failures of " + condition.description(), count), 0, total,
          "servers");
      if (count > 0) {
        copy.put(condition, count);
      }
    });
    failures = Collections.unmodifiableMap(copy);
  }

  /** The number of servers failing {@code condition}, 0 when none. */
  public int failing(AvailabilityCondition condition) {
    return failures.getOrDefault(condition, 0);
  }

  @Override
  public String toString() {
    StringBuilder line = new StringBuilder()
        .append(grouped(available)).append(" of ").append(grouped(total)).append(" available");
    List<Map.Entry<AvailabilityCondition, Integer>> entries = new ArrayList<>(failures.entrySet());
    // EnumMap iterates in declaration order and the sort is stable: equal counts keep that order.
    entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    String separator = ": ";
    for (Map.Entry<AvailabilityCondition, Integer> entry : entries) {
      line.append(separator).append(grouped(entry.getValue())).append(' ').append(entry.getKey().description());
      separator = ", ";
    }
    return line.toString();
  }

  /** Groups thousands with a space, as the panels' own reports do: 1 200, 100 000. */
  private static String grouped(int number) {
    String digits = Integer.toString(number);
    StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        text.append(' ');
      }
      text.append(digits.charAt(i));
    }
    return text.toString();
  }
}

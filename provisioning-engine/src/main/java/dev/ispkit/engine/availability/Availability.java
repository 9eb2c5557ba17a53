package dev.ispkit.engine.availability;

import dev.ispkit.engine.InvalidSettingException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether one server may be given to a client: {@link Available}, or {@link Unavailable} with every condition it
 * fails.
 *
 * <pre>{@code
 * if (check.availabilityOf(server.id()) instanceof Availability.Unavailable unavailable) {
 *   log("server " + server.id() + " is not available: " + unavailable.conditions());
 * }
 * }</pre>
 */
public sealed interface Availability {

  /** {@code true} for {@link Available}. */
  boolean isAvailable();

  /** The server meets every condition. */
  record Available() implements Availability {
    @Override
    public boolean isAvailable() {
      return true;
    }
  }

  /**
   * The server fails at least one condition.
   *
   * @param conditions the failed conditions in {@link AvailabilityCondition} order, never empty
   */
  record Unavailable(Set<AvailabilityCondition> conditions) implements Availability {
    /** Copies the conditions into an unmodifiable set in declaration order. */
    public Unavailable {
      InvalidSettingException.requireNoNulls("conditions", conditions);
      if (conditions.isEmpty()) {
        throw new InvalidSettingException("conditions", conditions, "an unavailable server fails at least one");
      }
      conditions = Collections.unmodifiableSet(EnumSet.copyOf(conditions));
    }

    @Override
    public boolean isAvailable() {
      return false;
    }
  }
}

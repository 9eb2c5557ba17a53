package dev.ispkit.engine.availability;

import dev.ispkit.engine.InvalidSettingException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether one server may be given to a client: {@link Available}, or {@link Unavailable} with every condition it
 * fails. {@link #reasons()} reads either without a cast.
 *
 * <pre>{@code
 * Availability verdict = check.availabilityOf(server.id());
 * if (!verdict.isAvailable()) {
 *   log("server " + server.id() + " is not available: " + verdict.reasons());   // [OWNED, MAINTENANCE]
 * }
 * }</pre>
 */
public sealed interface Availability {

  /** {@code true} for {@link Available}. */
  boolean isAvailable();

  /** The conditions the server fails, in {@link AvailabilityCondition} order; empty when it is available. */
  Set<AvailabilityCondition> reasons();

  /** The server meets every condition. */
  record Available() implements Availability {
    @Override
    public boolean isAvailable() {
      return true;
    }

    @Override
    public Set<AvailabilityCondition> reasons() {
      return Set.of();
    }
  }

  /**
   * The server fails at least one condition.
   *
   * @param reasons the failed conditions in {@link AvailabilityCondition} order, never empty
   */
  record Unavailable(Set<AvailabilityCondition> reasons) implements Availability {
    /** Copies the conditions into an unmodifiable set in declaration order. */
    public Unavailable {
      InvalidSettingException.requireNoNulls("reasons", reasons);
      if (reasons.isEmpty()) {
        throw new InvalidSettingException("reasons", reasons, "an unavailable server fails at least one condition");
      }
      reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }

    @Override
    public boolean isAvailable() {
      return false;
    }
  }
}

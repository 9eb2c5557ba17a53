package dev.ispkit.engine.module;

import java.util.Optional;

/**
 * What a capacity check found in one processing module: something to serve the order with, or why there is
 * nothing. {@link ProcessingModules#choose} goes to the next module while the outcome has a {@link #shortfall()},
 * and keeps every outcome, so "no capacity" says why for each module tried.
 *
 * <p>The configuration matcher's {@code Selection} is one: {@code Exact} and {@code Nearest} have no shortfall,
 * {@code NoMatch} has its reason. A check of another kind implements it in a record:
 *
 * <pre>{@code
 * record ClusterRoom(long clusterId, String full) implements CapacityOutcome {
 *   public Optional<String> shortfall() {
 *     return Optional.ofNullable(full);   // null when the cluster has room
 *   }
 * }
 * }</pre>
 */
public interface CapacityOutcome {

  /** Why the module cannot serve the order, as one line for a log or a manual task; empty when it can. */
  Optional<String> shortfall();
}

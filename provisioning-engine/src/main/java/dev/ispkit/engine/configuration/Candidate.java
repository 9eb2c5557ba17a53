package dev.ispkit.engine.configuration;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.inventory.Server;
import java.util.List;

/**
 * An available server the matcher would give for an ordered configuration, with how far it is and what must change.
 * An exact candidate has no changes.
 *
 * <pre>{@code
 * for (Candidate candidate : matcher.rank(ordered, check, 5)) {   // claim the first that is still free
 *   if (panel.claim(candidate.server())) {
 *     if (!candidate.isExact()) {
 *       desk.open(candidate.buildPlan().buildTask());
 *     }
 *     break;
 *   }
 * }
 * }</pre>
 *
 * @param server the server
 * @param configuration the server's configuration as read from its label
 * @param ordered the ordered configuration
 * @param distance the sum of the changes' costs; 0 for an exact candidate
 * @param underProvisioned whether the server has less than ordered of anything both sides know
 * @param changes the changes in build order; empty for an exact candidate
 */
public record Candidate(Server server, Configuration configuration, Configuration ordered, double distance,
    boolean underProvisioned, List<ComponentChange> changes) {
  /** Validates the values and copies the changes. */
  public Candidate {
    InvalidSettingException.requirePresent("server", server);
    InvalidSettingException.requirePresent("configuration", configuration);
    InvalidSettingException.requirePresent("ordered configuration", ordered);
    changes = List.copyOf(InvalidSettingException.requireNoNulls("changes", changes));
    if (!(distance >= 0) || Double.isInfinite(distance)) {
      throw new InvalidSettingException("distance", distance, "must be a finite number, not negative");
    }
  }

  /** Whether the server has the ordered configuration as it is. */
  public boolean isExact() {
    return changes.isEmpty();
  }

  /** The build (and purchase) task texts for turning this server into the ordered configuration. */
  public BuildPlan buildPlan() {
    return new BuildPlan(server, configuration, ordered, changes);
  }
}

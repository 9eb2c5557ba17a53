package dev.ispkit.engine.configuration;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.availability.AvailabilityCheck;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.module.DedicatedServerModule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Chooses the server for an ordered configuration among the available servers of an inventory (seeds 000, 001).
 *
 * <ul>
 *   <li>Only servers the {@link AvailabilityFilter} found available are considered: the matcher reads an
 *       {@link AvailabilityCheck}, never a raw inventory.</li>
 *   <li>A server is exact when its label equals the ordered configuration's name, or when its label reads as the
 *       same parts ({@link Configuration#sameComponents}). An exact server always wins.</li>
 *   <li>With "by server type" on, only exact servers count. Off, the nearest server by the
 *       {@link DistanceWeights weighted distance} is chosen, with the {@link ComponentChange changes} to make.</li>
 *   <li>Order: exact first, then smaller distance, then, at equal distance, a server that is not under-provisioned
 *       (has at least what was ordered of RAM, disk capacity, disk count, and of cores and network speed where
 *       both sides know them) before one that is, then the lowest server id. The order is total, so the choice is
 *       deterministic.</li>
 *   <li>The caller may cap the distance ({@link Builder#maxDistance}): a server further away is not a match.</li>
 *   <li>Servers whose label cannot be read take part only through an exact name match; {@link Selection.NoMatch}
 *       lists their labels and the reasons.</li>
 * </ul>
 *
 * <pre>{@code
 * ConfigurationMatcher matcher = ConfigurationMatcher.builder().byServerType(false).maxDistance(30).build();
 * Selection selection = matcher.select(ordered, AvailabilityFilter.forModule(module).check(inventory));
 * }</pre>
 *
 * <p>Each distinct label is read and compared once per call, so 100 000 servers with a few hundred labels cost a
 * few hundred comparisons and one hash lookup per server.
 */
public final class ConfigurationMatcher {
  private static final Comparator<Candidate> PREFERENCE = Comparator
      .comparing((Candidate c) -> !c.isExact())
      .thenComparingDouble(Candidate::distance)
      .thenComparing(Candidate::underProvisioned)
      .thenComparingLong(c -> c.server().id());

  private final DistanceWeights weights;
  private final boolean byServerType;
  private final double maxDistance;

  private ConfigurationMatcher(Builder builder) {
    this.weights = builder.weights;
    this.byServerType = builder.byServerType;
    this.maxDistance = builder.maxDistance;
  }

  /** A builder: default weights, "by server type" off, no distance cap. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The matcher a DCImanager 6 processing module uses: its "by server type" setting and default weights.
   *
   * @param module the processing module
   * @return the matcher
   */
  public static ConfigurationMatcher forModule(DedicatedServerModule module) {
    InvalidSettingException.requirePresent("processing module", module);
    return builder().byServerType(module.byServerType()).build();
  }

  /** The weights in use. */
  public DistanceWeights weights() {
    return weights;
  }

  /** Whether only exact servers count. */
  public boolean byServerType() {
    return byServerType;
  }

  /** The largest distance a nearest server may have; infinite when uncapped. */
  public double maxDistance() {
    return maxDistance;
  }

  /**
   * Checks the inventory and selects a server in one call.
   *
   * @param ordered the ordered configuration
   * @param inventory the module's servers
   * @param filter the module's availability filter
   * @return the selection
   */
  public Selection select(Configuration ordered, Collection<Server> inventory, AvailabilityFilter filter) {
    InvalidSettingException.requirePresent("availability filter", filter);
    return select(ordered, filter.check(inventory));
  }

  /**
   * Selects the best available server.
   *
   * @param ordered the ordered configuration
   * @param check the availability check of the module's inventory
   * @return exact, nearest, or no match with the reason
   */
  public Selection select(Configuration ordered, AvailabilityCheck check) {
    Scan scan = scan(ordered, check, 1);
    if (!scan.best.isEmpty()) {
      Candidate best = scan.best.get(0);
      return best.isExact() ? new Selection.Exact(best) : new Selection.Nearest(best);
    }
    return new Selection.NoMatch(scan.reason(ordered, check), check.report(), scan.unreadable());
  }

  /**
   * The best available servers in preference order, to claim one after another when a claim loses a race.
   *
   * @param ordered the ordered configuration
   * @param check the availability check of the module's inventory
   * @param limit the most candidates to return, at least 1
   * @return up to {@code limit} candidates, best first; empty when nothing matches
   */
  public List<Candidate> rank(Configuration ordered, AvailabilityCheck check, int limit) {
    InvalidSettingException.requireRange("limit", limit, 1, Integer.MAX_VALUE, "");
    return scan(ordered, check, limit).best;
  }

  private Scan scan(Configuration ordered, AvailabilityCheck check, int limit) {
    InvalidSettingException.requirePresent("ordered configuration", ordered);
    InvalidSettingException.requirePresent("availability check", check);
    Map<String, Evaluation> evaluations = new HashMap<>();
    PriorityQueue<Candidate> kept = new PriorityQueue<>(Math.min(limit, 64) + 1, PREFERENCE.reversed());
    Scan scan = new Scan();
    Function<String, Evaluation> evaluateLabel = label -> evaluate(label, ordered);
    int size = check.size();
    for (int i = 0; i < size; i++) {
      if (!check.isAvailable(i)) {
        continue;
      }
      // The label, not the server: most servers are decided by their label's evaluation alone.
      Evaluation evaluation = evaluations.computeIfAbsent(check.configurationLabel(i), evaluateLabel);
      if (evaluation.configuration == null) {
        continue;
      }
      if (byServerType && !evaluation.exact) {
        scan.notExact++;
        continue;
      }
      if (evaluation.distance > maxDistance && !evaluation.exact) {
        Candidate over = evaluation.candidate(check.server(i), ordered);
        if (scan.nearestOverCap == null || PREFERENCE.compare(over, scan.nearestOverCap) < 0) {
          scan.nearestOverCap = over;
        }
        continue;
      }
      if (kept.size() == limit && !better(evaluation, check, i, kept.peek())) {
        continue;
      }
      kept.add(evaluation.candidate(check.server(i), ordered));
      if (kept.size() > limit) {
        kept.poll();
      }
    }
    List<Candidate> best = new ArrayList<>(kept);
    best.sort(PREFERENCE);
    scan.best = List.copyOf(best);
    scan.evaluations = evaluations;
    return scan;
  }

  /** Whether a server would come before the worst kept candidate; compares without building a candidate. */
  private static boolean better(Evaluation evaluation, AvailabilityCheck check, int index, Candidate worst) {
    if (evaluation.exact != worst.isExact()) {
      return evaluation.exact;
    }
    int byDistance = Double.compare(evaluation.distance, worst.distance());
    if (byDistance != 0) {
      return byDistance < 0;
    }
    if (evaluation.under != worst.underProvisioned()) {
      return !evaluation.under;
    }
    return check.server(index).id() < worst.server().id();
  }

  private Evaluation evaluate(String label, Configuration ordered) {
    LabelReading reading = ConfigurationLabelParser.readCached(label);
    boolean sameName = label.equals(ordered.name());
    if (reading instanceof LabelReading.Unparsed) {
      if (sameName) {
        // A label the parser cannot read still names a ready configuration when it is the ordered one's name.
        return new Evaluation(ordered, null, List.of(), false);
      }
      return new Evaluation(null, (LabelReading.Unparsed) reading, List.of(), false);
    }
    Configuration configuration = ((LabelReading.Parsed) reading).configuration();
    List<ComponentChange> changes =
        sameName ? List.of() : ConfigurationDistance.changes(configuration, ordered, weights);
    return new Evaluation(configuration, null, changes,
        !changes.isEmpty() && ConfigurationDistance.underProvisioned(configuration, ordered));
  }

  /** The comparison of one label with the ordered configuration, shared by every server with that label. */
  private static final class Evaluation {
    final Configuration configuration;
    final LabelReading.Unparsed unreadable;
    final List<ComponentChange> changes;
    final boolean exact;
    final double distance;
    final boolean under;

    Evaluation(Configuration configuration, LabelReading.Unparsed unreadable, List<ComponentChange> changes,
        boolean under) {
      this.configuration = configuration;
      this.unreadable = unreadable;
      this.changes = changes;
      this.exact = changes.isEmpty();
      this.distance = ConfigurationDistance.distance(changes);
      this.under = under;
    }

    Candidate candidate(Server server, Configuration ordered) {
      return new Candidate(server, configuration, ordered, distance, under, changes);
    }
  }

  /** What one pass over the inventory found. */
  private final class Scan {
    List<Candidate> best = List.of();
    Map<String, Evaluation> evaluations = Map.of();
    Candidate nearestOverCap;
    int notExact;

    List<LabelReading.Unparsed> unreadable() {
      Map<String, LabelReading.Unparsed> unreadable = new LinkedHashMap<>();
      evaluations.values().stream()
          .filter(e -> e.unreadable != null)
          .map(e -> e.unreadable)
          .sorted(Comparator.comparing(LabelReading.Unparsed::label))
          .forEach(u -> unreadable.put(u.label(), u));
      return List.copyOf(unreadable.values());
    }

    String reason(Configuration ordered, AvailabilityCheck check) {
      if (check.report().available() == 0) {
        return "no server is available: " + check.report();
      }
      if (byServerType && notExact > 0) {
        return "no available server has configuration " + ordered.name()
            + " (by server type: only an exact match counts); " + notExact
            + " available servers have other configurations";
      }
      if (nearestOverCap != null) {
        return String.format(Locale.ROOT, "the nearest available server, %d (%s), is %.2f away, over the cap of %.2f",
            nearestOverCap.server().id(), nearestOverCap.server().configurationLabel(),
            nearestOverCap.distance(), maxDistance);
      }
      List<LabelReading.Unparsed> unreadable = unreadable();
      if (!unreadable.isEmpty()) {
        LabelReading.Unparsed first = unreadable.get(0);
        return "no available server has a readable configuration label; " + unreadable.size()
            + " unreadable labels, first '" + first.label() + "': " + String.join("; ", first.problems());
      }
      return "no available server matches configuration " + ordered.name();
    }
  }

  /** Builds a {@link ConfigurationMatcher}. */
  public static final class Builder {
    private DistanceWeights weights = DistanceWeights.defaults();
    private boolean byServerType;
    private double maxDistance = Double.POSITIVE_INFINITY;

    private Builder() {}

    /** The distance weights; the documented defaults when not set. */
    public Builder weights(DistanceWeights weights) {
      this.weights = InvalidSettingException.requirePresent("distance weights", weights);
      return this;
    }

    /** Whether only an exact ready configuration counts (the module's "by server type" setting). */
    public Builder byServerType(boolean byServerType) {
      this.byServerType = byServerType;
      return this;
    }

    /**
     * The largest distance a nearest server may have. Exact servers are always within it.
     *
     * @throws InvalidSettingException naming {@code max distance} when it is negative or not a number
     */
    public Builder maxDistance(double maxDistance) {
      if (!(maxDistance >= 0)) {
        throw new InvalidSettingException("max distance", maxDistance, "must be a number, not negative");
      }
      this.maxDistance = maxDistance;
      return this;
    }

    /** Builds the matcher. */
    public ConfigurationMatcher build() {
      return new ConfigurationMatcher(this);
    }
  }
}

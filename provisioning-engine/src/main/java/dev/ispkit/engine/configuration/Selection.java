package dev.ispkit.engine.configuration;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.availability.AvailabilityReport;
import dev.ispkit.engine.module.CapacityOutcome;
import java.util.List;
import java.util.Optional;

/**
 * The matcher's answer for one order: an {@link Exact exact} server, the {@link Nearest nearest} one with the
 * changes to make, or {@link NoMatch no match} with the reason. As a {@link CapacityOutcome}, only a no match has a
 * shortfall, so {@code ProcessingModules.choose} tries the next module on it and keeps it.
 *
 * <pre>{@code
 * Selection selection = matcher.select(ordered, check);
 * if (selection instanceof Selection.Exact exact) {
 *   claim(exact.candidate().server());
 * } else if (selection instanceof Selection.Nearest nearest) {
 *   claim(nearest.candidate().server());
 *   desk.open(nearest.candidate().buildPlan().buildTask());
 * } else {
 *   tryNextModule(((Selection.NoMatch) selection).reason());
 * }
 * }</pre>
 */
public sealed interface Selection extends CapacityOutcome {

  /**
   * An available server with exactly the ordered configuration.
   *
   * @param candidate the server; {@link Candidate#isExact()} holds
   */
  record Exact(Candidate candidate) implements Selection {
    /** Validates the candidate is exact. */
    public Exact {
      InvalidSettingException.requirePresent("candidate", candidate);
      if (!candidate.isExact()) {
        throw new InvalidSettingException("candidate", candidate.server().id(), "has changes, it is not exact");
      }
    }

    /** None: the module can serve the order. */
    @Override
    public Optional<String> shortfall() {
      return Optional.empty();
    }
  }

  /**
   * No exact server; this available one is nearest and must be built into the ordered configuration.
   *
   * @param candidate the server, its distance and changes
   */
  record Nearest(Candidate candidate) implements Selection {
    /** Validates the candidate is present. */
    public Nearest {
      InvalidSettingException.requirePresent("candidate", candidate);
    }

    /** None: the module can serve the order once the server is built. */
    @Override
    public Optional<String> shortfall() {
      return Optional.empty();
    }
  }

  /**
   * No server can be given.
   *
   * @param reason one line saying why, for the log and the manual task
   * @param report the availability report of the inventory
   * @param unreadable available servers' labels that could not be read, which took no part in matching
   */
  record NoMatch(String reason, AvailabilityReport report, List<LabelReading.Unparsed> unreadable)
      implements Selection {
    /** Validates the values. */
    public NoMatch {
      InvalidSettingException.requireText("reason", reason);
      InvalidSettingException.requirePresent("report", report);
      unreadable = List.copyOf(InvalidSettingException.requireNoNulls("unreadable labels", unreadable));
    }

    /** The {@link #reason()}. */
    @Override
    public Optional<String> shortfall() {
      return Optional.of(reason);
    }
  }
}

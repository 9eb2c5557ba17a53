package dev.ispkit.engine.module;

import dev.ispkit.engine.InvalidSettingException;
import java.util.List;

/**
 * The result of {@link ProcessingModules#choose}: the {@link Chosen module} with capacity and what it found there,
 * or {@link NoCapacity no module}, with what the check found in every module tried, in the order tried.
 *
 * <pre>{@code
 * ModuleChoice<Selection> choice = modules.choose(tariffId, module -> select(module));
 * if (choice instanceof ModuleChoice.Chosen<Selection> chosen) {
 *   open(chosen.module(), chosen.result());
 * } else {
 *   desk.open(((ModuleChoice.NoCapacity<Selection>) choice).describe());
 *   // no capacity for tariff 15: module 2 'DCI Moscow': no server is available: 0 of 40 available: 40 owned; ...
 * }
 * }</pre>
 *
 * @param <T> what the capacity check found in a module
 */
public sealed interface ModuleChoice<T extends CapacityOutcome> {

  /**
   * A module that was tried and had no capacity, and what the check found there.
   *
   * @param module the module
   * @param outcome what the check found; its {@link CapacityOutcome#shortfall()} says why
   * @param <T> the outcome type
   */
  record Tried<T extends CapacityOutcome>(ProcessingModule module, T outcome) {
    /** Validates the values: the outcome must name a shortfall. */
    public Tried {
      InvalidSettingException.requirePresent("processing module", module);
      InvalidSettingException.requirePresent("capacity outcome", outcome);
      if (InvalidSettingException.requirePresent("shortfall", outcome.shortfall()).isEmpty()) {
        throw new InvalidSettingException("capacity outcome", outcome,
            "module " + module.id() + " was tried without capacity, so the outcome must say why");
      }
    }

    /** Why the module had no capacity. */
    public String reason() {
      return outcome.shortfall().orElseThrow();
    }
  }

  /**
   * A module with capacity.
   *
   * @param module the module
   * @param result what the capacity check found there (for example the selected server)
   * @param skipped the modules tried before it, which had no capacity, with their outcomes
   * @param <T> the result type
   */
  record Chosen<T extends CapacityOutcome>(ProcessingModule module, T result, List<Tried<T>> skipped)
      implements ModuleChoice<T> {
    /** Validates the values. */
    public Chosen {
      InvalidSettingException.requirePresent("processing module", module);
      InvalidSettingException.requirePresent("result", result);
      skipped = List.copyOf(InvalidSettingException.requireNoNulls("skipped modules", skipped));
    }
  }

  /**
   * No module of the tariff has capacity.
   *
   * @param tariffId the tariff
   * @param tried the modules tried with their outcomes, in order; empty when the tariff has no module
   * @param <T> the result type
   */
  record NoCapacity<T extends CapacityOutcome>(long tariffId, List<Tried<T>> tried) implements ModuleChoice<T> {
    /** Validates the values. */
    public NoCapacity {
      tried = List.copyOf(InvalidSettingException.requireNoNulls("tried modules", tried));
    }

    /**
     * One line for a log or a manual task with every module's reason, for example {@code no capacity for tariff 15:
     * module 2 'DCI Moscow': no server is available: 0 of 40 available: 40 owned; module 1 'DCI Frankfurt': ...}.
     */
    public String describe() {
      if (tried.isEmpty()) {
        return "no capacity for tariff " + tariffId + ": no processing module serves it";
      }
      StringBuilder line = new StringBuilder("no capacity for tariff ").append(tariffId).append(": ");
      for (int i = 0; i < tried.size(); i++) {
        Tried<T> module = tried.get(i);
        line.append(i == 0 ? "" : "; ").append("module ").append(module.module().id()).append(" '")
            .append(module.module().name()).append("': ").append(module.reason());
      }
      return line.toString();
    }
  }
}

package dev.ispkit.engine.module;

import dev.ispkit.engine.InvalidSettingException;
import java.util.List;

/**
 * The result of {@link ProcessingModules#choose}: the {@link Chosen module} with capacity and what it found there,
 * or {@link NoCapacity no module} with every module that was tried.
 *
 * <pre>{@code
 * ModuleChoice<Selection> choice = modules.choose(tariffId, module -> select(module));
 * if (choice instanceof ModuleChoice.Chosen<Selection> chosen) {
 *   open(chosen.module(), chosen.result());
 * }
 * }</pre>
 *
 * @param <T> what the capacity check found in a module
 */
public sealed interface ModuleChoice<T> {

  /**
   * A module with capacity.
   *
   * @param module the module
   * @param result what the capacity check found there (for example the selected server)
   * @param skipped the modules tried before it, which had no capacity
   * @param <T> the result type
   */
  record Chosen<T>(ProcessingModule module, T result, List<ProcessingModule> skipped) implements ModuleChoice<T> {
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
   * @param tried the modules tried, in order; empty when the tariff has none
   * @param <T> the result type
   */
  record NoCapacity<T>(long tariffId, List<ProcessingModule> tried) implements ModuleChoice<T> {
    /** Validates the values. */
    public NoCapacity {
      tried = List.copyOf(InvalidSettingException.requireNoNulls("tried modules", tried));
    }
  }
}

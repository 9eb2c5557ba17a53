package dev.ispkit.engine.module;

import dev.ispkit.engine.InvalidSettingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * All processing modules of a host, checked together, and the choice of a module for a tariff.
 *
 * <p>Checked when built: module ids are unique, and no two VMmanager 6 modules serve the same cluster of the same
 * VMmanager ({@link VirtualServerModule#panel()} and {@link VirtualServerModule#clusterId()}).
 *
 * <p>Choice: a tariff's modules are tried by sort order, lowest first, then by lowest id when sorts are equal (our
 * tie-break, as BILLmanager's VMmanager 5 module does); the first one whose capacity check finds something is
 * chosen, the next one is tried when it finds nothing, and what each module's check found is kept, so "no
 * capacity" says why for every module.
 *
 * <pre>{@code
 * ProcessingModules modules = ProcessingModules.of(List.of(moscow, frankfurt));
 * ModuleChoice<Selection> choice = modules.choose(15, module -> {
 *   DedicatedServerModule dci = (DedicatedServerModule) module;
 *   return ConfigurationMatcher.forModule(dci)
 *       .select(ordered, AvailabilityFilter.forModule(dci).check(inventories.get(dci.id())));
 * });
 * }</pre>
 */
public final class ProcessingModules {
  private static final Comparator<ProcessingModule> ORDER =
      Comparator.comparingInt(ProcessingModule::sort).thenComparingLong(ProcessingModule::id);

  private final Map<Long, ProcessingModule> byId;

  private ProcessingModules(Map<Long, ProcessingModule> byId) {
    this.byId = byId;
  }

  /**
   * Checks the modules together.
   *
   * @param modules every processing module of the host
   * @return the modules
   * @throws InvalidSettingException naming {@code processing module id} on a duplicate id, or {@code cluster id}
   *     when two VMmanager 6 modules serve one cluster
   */
  public static ProcessingModules of(Collection<? extends ProcessingModule> modules) {
    InvalidSettingException.requireNoNulls("processing modules", modules);
    Map<Long, ProcessingModule> byId = new LinkedHashMap<>();
    Map<String, VirtualServerModule> byCluster = new HashMap<>();
    for (ProcessingModule module : modules) {
      ProcessingModule earlier = byId.putIfAbsent(module.id(), module);
      if (earlier != null) {
        throw new InvalidSettingException("processing module id", module.id(),
            "is used by both '" + earlier.name() + "' and '" + module.name() + "'");
      }
      if (module instanceof VirtualServerModule) {
        VirtualServerModule vm = (VirtualServerModule) module;
        VirtualServerModule other = byCluster.putIfAbsent(vm.panel() + "#" + vm.clusterId(), vm);
        if (other != null) {
          throw new InvalidSettingException("cluster id", vm.clusterId(),
              "of " + vm.panel() + " is served by modules " + other.id() + " and " + vm.id()
                  + "; one VMmanager 6 module per cluster");
        }
      }
    }
    return new ProcessingModules(byId);
  }

  /** The module with this id. */
  public Optional<ProcessingModule> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every module, in the order given. */
  public List<ProcessingModule> all() {
    return List.copyOf(byId.values());
  }

  /** The modules serving a tariff, in the order they are tried. */
  public List<ProcessingModule> forTariff(long tariffId) {
    List<ProcessingModule> serving = new ArrayList<>();
    for (ProcessingModule module : byId.values()) {
      if (module.tariffIds().contains(tariffId)) {
        serving.add(module);
      }
    }
    serving.sort(ORDER);
    return List.copyOf(serving);
  }

  /**
   * Chooses the first module of a tariff with capacity.
   *
   * @param tariffId the tariff
   * @param capacity looks for capacity in a module; its outcome has a {@link CapacityOutcome#shortfall()} when the
   *     module has none
   * @param <T> what the capacity check finds
   * @return the chosen module and its result, or every module tried with its outcome
   * @throws InvalidSettingException naming {@code capacity outcome} when the check returns {@code null}
   */
  public <T extends CapacityOutcome> ModuleChoice<T> choose(long tariffId,
      Function<ProcessingModule, ? extends T> capacity) {
    InvalidSettingException.requirePresent("capacity check", capacity);
    List<ModuleChoice.Tried<T>> tried = new ArrayList<>();
    for (ProcessingModule module : forTariff(tariffId)) {
      T outcome = capacity.apply(module);
      if (outcome == null) {
        throw new InvalidSettingException("capacity outcome", null, "the check of module " + module.id()
            + " must return what it found, with a shortfall when there is no capacity");
      }
      Optional<String> shortfall = InvalidSettingException.requirePresent("shortfall", outcome.shortfall());
      if (shortfall.isEmpty()) {
        return new ModuleChoice.Chosen<>(module, outcome, tried);
      }
      tried.add(new ModuleChoice.Tried<>(module, outcome));
    }
    return new ModuleChoice.NoCapacity<>(tariffId, tried);
  }
}

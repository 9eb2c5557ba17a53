package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why an order got no server: every processing module of the tariff that was tried, in order, with its reason
 * (the availability report of its inventory, or that every matching server is held by other services).
 * {@link #toString()} is one line per module, for a log or a refund note.
 *
 * @param tariffId the tariff ordered
 * @param modules every module tried, in order; empty when the tariff has none
 */
public record NoCapacityReport(long tariffId, List<ModuleReason> modules) {

  /**
   * One module's reason.
   *
   * @param moduleId the module
   * @param moduleName its name
   * @param cause why it gave nothing, as a closed value (for counting)
   * @param reason why it gave nothing, in words with the figures
   */
  public record ModuleReason(long moduleId, String moduleName, NoCapacityCause cause, String reason) {
    /** Validates the values. */
    public ModuleReason {
      InvalidSettingException.requireText("module name", moduleName);
      InvalidSettingException.requirePresent("cause", cause);
      InvalidSettingException.requireText("reason", reason);
    }
  }

  /** Validates the values. */
  public NoCapacityReport {
    modules = List.copyOf(InvalidSettingException.requireNoNulls("modules", modules));
  }

  @Override
  public String toString() {
    if (modules.isEmpty()) {
      return "tariff " + tariffId + ": no processing module serves it";
    }
    return "tariff " + tariffId + ": " + modules.stream()
        .map(module -> module.moduleName() + " (" + module.moduleId() + "): " + module.reason())
        .collect(Collectors.joining("; "));
  }
}

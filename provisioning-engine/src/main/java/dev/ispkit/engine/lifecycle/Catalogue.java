package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.port.OsTemplateOffer;
import java.util.List;
import java.util.OptionalLong;

/**
 * What one processing module offers, for a host's order form (BILLmanager's "Config" action of a processing module):
 * the server configurations with how many are free (DCImanager), the OS templates with their family, the recipes,
 * and the cluster (VMmanager).
 *
 * @param moduleId the module
 * @param moduleName its name
 * @param configurations the configurations of its inventory, most free first (empty for VMmanager)
 * @param osTemplates the OS templates it offers
 * @param recipes the recipes it offers, by name
 * @param clusterId the VMmanager cluster, empty for DCImanager
 */
public record Catalogue(long moduleId, String moduleName, List<ConfigurationOffer> configurations,
    List<OsTemplateOffer> osTemplates, List<String> recipes, OptionalLong clusterId) {

  /**
   * One configuration of an inventory.
   *
   * @param label the configuration's label as DCImanager gives it
   * @param free how many servers of it are available now
   * @param total how many servers of it there are
   */
  public record ConfigurationOffer(String label, int free, int total) {
    /** Validates the values. */
    public ConfigurationOffer {
      InvalidSettingException.requireText("configuration label", label);
      InvalidSettingException.requireRange("free", free, 0, total, "servers");
    }
  }

  /** Validates the values. */
  public Catalogue {
    InvalidSettingException.requireText("module name", moduleName);
    configurations = List.copyOf(InvalidSettingException.requireNoNulls("configurations", configurations));
    osTemplates = List.copyOf(InvalidSettingException.requireNoNulls("OS templates", osTemplates));
    recipes = List.copyOf(InvalidSettingException.requireNoNulls("recipes", recipes));
    InvalidSettingException.requirePresent("cluster id", clusterId);
  }
}

package dev.ispkit.examples;

import dev.ispkit.client.core.IspkitVersion;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints the ispkit version and which of its modules are on the class path.
 *
 * <p>The placeholder main example until the service lifecycles can run against the panel simulator.
 */
public final class AboutIspkit {
  private AboutIspkit() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Map<String, String> modules = new LinkedHashMap<>();
    modules.put("panel-client-core", "dev.ispkit.client.core.IspkitVersion");
    modules.put("dcimanager6-client", "dev.ispkit.dci6.Dci6Client");
    modules.put("vmmanager6-client", "dev.ispkit.vm6.Vm6Client");
    modules.put("billmanager-license-client", "dev.ispkit.license.LicenseServerClient");
    modules.put("provisioning-engine", "dev.ispkit.engine.availability.AvailabilityFilter");
    modules.put("panel-simulator", "dev.ispkit.simulator.PanelSimulator");

    System.out.println("ispkit " + IspkitVersion.version());
    modules.forEach((module, marker) -> System.out.println(
        "  " + (present(marker) ? "[x] " : "[ ] ") + module));
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, AboutIspkit.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}

package dev.ispkit.examples;

import dev.ispkit.adapters.dci6.DedicatedServerPanels;
import dev.ispkit.dci6.ConfigurationCount;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.dci6.Location;
import dev.ispkit.engine.availability.AvailabilityCheck;
import dev.ispkit.engine.availability.AvailabilityCondition;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.availability.AvailabilityReport;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.simulator.SimulatorOptions;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a DCImanager 6 can sell, location by location: how many servers the availability rule (the seed's nine
 * conditions) lets a processing module give out, why the others are held back, with a count per reason, and the
 * available and total servers of each configuration; then the panel's own count of free servers per configuration
 * beside the rule's, which tells how many "free" servers are not sellable (failed diagnostics, last operation
 * failed, shared MAC, errors). Read-only: safe on a production panel.
 *
 * <pre>{@code
 * ISPKIT_DCI_PASSWORD=... java -cp examples/target/ispkit-examples.jar dev.ispkit.examples.InventoryReport \
 *     --dci-url https://dci.example.com --dci-user admin@example.com
 * }</pre>
 */
public final class InventoryReport {
  static final Program PROGRAM = new Program("InventoryReport", """
      Reports, per DCImanager 6 location, how many servers the availability rule lets a processing module sell,
      why the others are held back (a count per reason), the available and total servers per configuration, and the
      panel's own free count per configuration beside the rule's. Read-only: safe on a production panel. Without
      panel options it reads the embedded simulator.""", new Options()
      .value("location", "ID", "ISPKIT_LOCATION", "report on this location only; default: every location")
      .flag("ignore-errors", "as a module set to ignore diagnostic and status errors")
      .all(Panels.OPTIONS));

  private InventoryReport() {}

  /**
   * Runs the report; {@code --help} lists the options.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    Invocation.exit(run(Invocation.system(args)));
  }

  static int run(Invocation invocation) {
    return PROGRAM.onPanels(invocation, embedded(), InventoryReport::report);
  }

  /** Three locations of a few hundred servers in the generator's mix of states. */
  static SimulatorOptions.Builder embedded() {
    return SimulatorOptions.builder().servers(400).locations(3).seed(42);
  }

  private static int report(Options.Parsed options, Panels panels, PrintStream out) throws UsageException {
    Dci6Client dci = panels.requireDci();
    out.println("Inventory of:");
    panels.describe(out);
    boolean ignoreErrors = options.flag("ignore-errors");
    List<Location> locations = dci.locations().all();
    if (options.has("location")) {
      long only = options.number("location", 1, Long.MAX_VALUE, 0);
      locations = locations.stream().filter(location -> location.id() == only).toList();
      if (locations.isEmpty()) {
        throw new UsageException("option --location: DCImanager has no location " + only);
      }
    }
    DedicatedServerPanel panel = DedicatedServerPanels.of(dci, panels.dciPanelId());
    out.println("A server is available when the availability rule finds nothing against it: no owner, diagnostics"
        + " completed,");
    out.println("a configuration, last operation ok, not in maintenance, in operation, a MAC of its own, no errors"
        + (ignoreErrors ? " (ignored here)" : "") + ", in the location.");
    Map<String, int[]> allLocations = new TreeMap<>();
    int total = 0;
    int available = 0;
    for (Location location : locations) {
      List<Server> servers = panel.servers(location.id());
      AvailabilityCheck check = AvailabilityFilter.of(location.id(), ignoreErrors).check(servers);
      AvailabilityReport report = check.report();
      total += report.total();
      available += report.available();
      out.println();
      out.println("Location " + location.id() + ", " + location.name().orElse("(no name)") + ": "
          + report.available() + " of " + report.total() + " servers available");
      if (!report.failures().isEmpty()) {
        out.println("  held back (a server counts under each condition it fails):");
        report.failures().entrySet().stream()
            .sorted(Map.Entry.<AvailabilityCondition, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()))
            .forEach(failure -> out.printf("  %6d %s%n", failure.getValue(), failure.getKey().description()));
      }
      Map<String, int[]> configurations = new TreeMap<>();
      for (int i = 0; i < check.size(); i++) {
        String label = check.configurationLabel(i).isBlank() ? "(no configuration)" : check.configurationLabel(i);
        int[] counts = configurations.computeIfAbsent(label, key -> new int[2]);
        int[] overall = allLocations.computeIfAbsent(label, key -> new int[2]);
        counts[1]++;
        if (check.isAvailable(i)) {
          counts[0]++;
          overall[0]++;
        }
      }
      out.printf("  %-46s %9s / %s%n", "configuration", "available", "total");
      configurations.forEach((label, counts) -> out.printf("  %-46s %9d / %d%n", label, counts[0], counts[1]));
    }
    out.println();
    out.println("Every location: " + available + " of " + total + " servers available.");
    if (!options.has("location")) {
      out.println();
      out.println("The panel's own free count (GET /dci/v3/server/configuration: no owner, in operation, not in"
          + " maintenance)");
      out.println("beside the rule's, every location: the difference is free servers the rule holds back.");
      out.printf("  %-46s %10s %10s%n", "configuration", "panel free", "available");
      for (ConfigurationCount count : dci.servers().configurations()) {
        int[] counts = allLocations.getOrDefault(count.configuration(), new int[2]);
        out.printf("  %-46s %10d %10d%n", count.configuration(), count.freeServerCount(), counts[0]);
      }
    }
    return Program.OK;
  }
}

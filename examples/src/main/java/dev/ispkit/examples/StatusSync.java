package dev.ispkit.examples;

import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.dci6.Location;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.configuration.LabelReading;
import dev.ispkit.engine.lifecycle.Catalogue;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.Order;
import dev.ispkit.engine.lifecycle.Provisioning;
import dev.ispkit.engine.lifecycle.StatusSyncReport;
import dev.ispkit.engine.lifecycle.WantedStatus;
import dev.ispkit.engine.module.DataCenter;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.queue.QueueSettings;
import dev.ispkit.simulator.SimulatorOptions;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * BILLmanager's status sync for dedicated servers, over many services: a service the billing says is active must
 * have its server powered on, a stopped one (suspended, unpaid) powered off. The program opens a dozen servers,
 * lets some drift (servers powered off by hand, services stopped by the billing), syncs with one inventory read, and
 * prints every power call it made and every service it could not compare; a second sync finds nothing to change.
 * Then it deletes the services.
 *
 * <p>On the embedded simulator by default; with {@code --dci-url} and its credentials on a real DCImanager 6, where
 * it opens, powers and deletes real servers: point it at a test location.
 *
 * <pre>{@code
 * java -cp examples/target/ispkit-examples.jar dev.ispkit.examples.StatusSync --services 20
 * }</pre>
 */
public final class StatusSync {
  static final long TARIFF = 31;
  static final String UNKNOWN_SERVICE = "legacy-77";

  static final Program PROGRAM = new Program("StatusSync", """
      Opens many dedicated servers, lets their state drift (some powered off by hand, some services stopped by the
      billing), and runs the status sync: one inventory read, a power call only where a server's power differs from
      its service's status. Prints every change, syncs again to show nothing is left, then deletes the services.
      Without panel options it runs on the embedded simulator; with them it opens and deletes real servers.""",
      new Options()
          .value("location", "ID", "ISPKIT_LOCATION", "DCImanager location; default: the first listed")
          .value("services", "N", null, "how many services to open, 3 to 50; default 12")
          .value("os", "TEMPLATE", null, "OS template; default Ubuntu 22.04")
          .all(Panels.OPTIONS));

  private StatusSync() {}

  /**
   * Runs the program; {@code --help} lists the options.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    Invocation.exit(run(Invocation.system(args)));
  }

  static int run(Invocation invocation) {
    return PROGRAM.onPanels(invocation, embedded(), StatusSync::sync);
  }

  /** One location with room for the services. */
  static SimulatorOptions.Builder embedded() {
    return SimulatorOptions.builder().servers(200).locations(1).seed(9)
        .installDuration(Duration.ofMinutes(20)).diagDuration(Duration.ofMinutes(10));
  }

  private static int sync(Options.Parsed options, Panels panels, PrintStream out) throws UsageException {
    Dci6Client dci = panels.requireDci();
    int count = (int) options.number("services", 3, 50, 12);
    String os = options.text("os").orElse("Ubuntu 22.04");
    List<Location> locations = dci.locations().all();
    long locationId = options.number("location", 1, Long.MAX_VALUE,
        locations.isEmpty() ? 1 : locations.get(0).id());
    out.println("Status sync of " + count + " services on:");
    panels.describe(out);
    DedicatedServerModule module = DedicatedServerModule.builder().id(1).name("Dedicated, location " + locationId)
        .sort(1).dataCenter(DataCenter.withExternalId(1, "location " + locationId, locationId)).departmentId(7)
        .tariff(TARIFF).queue(QueueSettings.queued("dci-__PMID__", 4)).build();

    try (Provisioning provisioning = panels.provisioning(List.of(module), StepPrinter.results(out)).build()) {
      List<Order> orders = orders(Program.join(provisioning.syncCatalogue()).get(0), count, os);
      if (orders.size() < count) {
        out.println("Location " + locationId + " has only " + orders.size() + " available servers of a readable "
            + "configuration; " + count + " are needed.");
        return Program.FAILED;
      }
      out.println();
      out.println("Opening " + count + " servers at once (each installs " + os + "):");
      Map<String, Long> servers = new LinkedHashMap<>();
      List<CompletionStage<LifecycleResult>> opening = new ArrayList<>();
      orders.forEach(order -> opening.add(provisioning.open(order)));
      for (CompletionStage<LifecycleResult> stage : opening) {
        if (Program.join(stage) instanceof LifecycleResult.Active active) {
          servers.put(active.serviceId(), active.service().machineId());
        }
      }
      out.println(servers.size() + " of " + count + " services active.");
      if (servers.size() < count) {
        return Program.FAILED;
      }

      List<String> services = new ArrayList<>(servers.keySet());
      Map<String, WantedStatus> billing = new LinkedHashMap<>();
      services.forEach(service -> billing.put(service, WantedStatus.ACTIVE));
      out.println();
      out.println("Meanwhile:");
      for (int i = 0; i < services.size(); i += 4) {
        long serverId = servers.get(services.get(i));
        dci.power().off(serverId);
        out.println("  a technician powers server " + serverId + " of " + services.get(i) + " off; the billing "
            + "says it is active");
      }
      for (int i = 1; i < services.size(); i += 5) {
        billing.put(services.get(i), WantedStatus.STOPPED);
        out.println("  the billing stops " + services.get(i) + " (unpaid); server " + servers.get(services.get(i))
            + " still runs");
      }
      billing.put(UNKNOWN_SERVICE, WantedStatus.ACTIVE);
      out.println("  the billing also lists " + UNKNOWN_SERVICE + ", a service ispkit never opened");

      out.println();
      out.println("Status sync of " + billing.size() + " services:");
      StatusSyncReport report = Program.join(provisioning.syncStatuses(billing));
      print(report, out);
      out.println();
      out.println("Again, at once:");
      StatusSyncReport again = Program.join(provisioning.syncStatuses(billing));
      print(again, out);

      out.println();
      out.println("Deleting the " + count + " services (each server's disks are cleaned by diagnostics):");
      List<CompletionStage<LifecycleResult>> deleting = new ArrayList<>();
      services.forEach(service -> deleting.add(provisioning.delete(service)));
      long deleted = deleting.stream().map(Program::join).filter(LifecycleResult.Deleted.class::isInstance).count();
      out.println(deleted + " of " + count + " services deleted.");
      boolean failed = report.changes().stream().anyMatch(change -> change.failure().isPresent());
      return !failed && again.changes().isEmpty() && deleted == count ? Program.OK : Program.FAILED;
    }
  }

  /** One order per available server, configurations taken in the catalogue's order, as many as wanted. */
  private static List<Order> orders(Catalogue catalogue, int count, String os) {
    List<Order> orders = new ArrayList<>();
    for (Catalogue.ConfigurationOffer offer : catalogue.configurations()) {
      if (!(ConfigurationLabelParser.read(offer.label()) instanceof LabelReading.Parsed parsed)) {
        continue;
      }
      for (int i = 0; i < offer.free() && orders.size() < count; i++) {
        orders.add(Order.builder().serviceId(String.format("sync-%02d", orders.size() + 1)).tariffId(TARIFF)
            .customerEmail("customer" + (orders.size() % 3 + 1) + "@example.com")
            .configuration(parsed.configuration()).osTemplate(os).period(Period.months(1)).build());
      }
    }
    return orders;
  }

  private static void print(StatusSyncReport report, PrintStream out) {
    out.println("  " + report.inventoryReads() + " inventory read(s), " + report.checked() + " services compared, "
        + report.changes().size() + " power call(s)");
    for (StatusSyncReport.Change change : report.changes()) {
      out.println("  " + (change.action() == StatusSyncReport.Action.POWER_ON ? "powered on  " : "powered off ")
          + "server " + change.serverId() + " of " + change.serviceId()
          + change.failure().map(failure -> ": FAILED, " + failure).orElse(""));
    }
    for (StatusSyncReport.Skipped skipped : report.skipped()) {
      out.println("  skipped " + skipped.serviceId() + ": " + skipped.reason());
    }
  }
}

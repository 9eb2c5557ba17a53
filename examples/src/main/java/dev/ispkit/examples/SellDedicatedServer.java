package dev.ispkit.examples;

import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.dci6.Location;
import dev.ispkit.dci6.Server;
import dev.ispkit.dci6.SwitchConnection;
import dev.ispkit.engine.configuration.Configuration;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.configuration.LabelReading;
import dev.ispkit.engine.lifecycle.Catalogue;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.Order;
import dev.ispkit.engine.lifecycle.Provisioning;
import dev.ispkit.engine.module.DataCenter;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.port.ManualTask;
import dev.ispkit.engine.queue.QueueSettings;
import dev.ispkit.simulator.SimulatorOptions;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sells dedicated servers from DCImanager 6 the way BILLmanager's processing module does: an order that a free
 * server of the exact configuration serves; an order that only the nearest configuration can serve, which opens a
 * purchase and a build task with every component change, waits until the host closes them, and then installs; then
 * the first server is suspended, resumed and deleted. Every step is printed as it runs, with the progress of the OS
 * installation and of the diagnostics that clean the server's disks on delete.
 *
 * <p>On the embedded simulator by default (its clock runs as fast as the program polls); with {@code --dci-url},
 * {@code --dci-user} and {@code --dci-password} (or {@code ISPKIT_DCI_*}) on a real DCImanager 6, where it really
 * sells: point it at a test location.
 *
 * <pre>{@code
 * java -cp examples/target/ispkit-examples.jar dev.ispkit.examples.SellDedicatedServer --location 3
 * }</pre>
 */
public final class SellDedicatedServer {
  static final long TARIFF = 11;
  static final long MODULE = 1;
  static final String EXACT_SERVICE = "ded-1001";
  static final String NEAREST_SERVICE = "ded-1002";

  static final Program PROGRAM = new Program("SellDedicatedServer", """
      Sells two dedicated servers from DCImanager 6 (one of an exact configuration, one that needs the nearest
      configuration built by hand: its build task is printed and closed as the host would), then suspends, resumes
      and deletes the first, printing every step and the progress of long ones. Without panel options it runs on
      the embedded simulator; with them it really sells, so point it at a test location.""", new Options()
      .value("location", "ID", "ISPKIT_LOCATION", "DCImanager location to sell from; default: the first listed")
      .value("configuration", "LABEL", null, "first order's configuration; default: the one most servers have free")
      .value("nearest", "LABEL", null, "second order's configuration; default: the first one with more RAM")
      .value("os", "TEMPLATE", null, "OS template to install; default Ubuntu 22.04")
      .value("email", "EMAIL", null, "the customer's email; default anna@example.com")
      .all(Panels.OPTIONS));

  private SellDedicatedServer() {}

  /**
   * Runs the program; {@code --help} lists the options.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    Invocation.exit(run(Invocation.system(args)));
  }

  static int run(Invocation invocation) {
    return PROGRAM.onPanels(invocation, embedded(), SellDedicatedServer::sell);
  }

  /** The simulator the program runs on: installation and diagnostics as long as on real hardware. */
  static SimulatorOptions.Builder embedded() {
    return SimulatorOptions.builder().servers(80).locations(2).seed(42).licenses(0)
        .installDuration(Duration.ofMinutes(40)).diagDuration(Duration.ofMinutes(25));
  }

  private static int sell(Options.Parsed options, Panels panels, PrintStream out) throws UsageException {
    Dci6Client dci = panels.requireDci();
    out.println("Selling dedicated servers on:");
    panels.describe(out);
    List<Location> locations = dci.locations().all();
    long locationId = options.number("location", 1, Long.MAX_VALUE,
        locations.isEmpty() ? 1 : locations.get(0).id());
    String locationName = locations.stream().filter(location -> location.id() == locationId).findFirst()
        .flatMap(Location::name).orElseThrow(() -> new UsageException("option --location: DCImanager has no "
            + "location " + locationId + " (it has " + locations.stream().map(l -> String.valueOf(l.id()))
            .collect(Collectors.joining(", ")) + ")"));
    DedicatedServerModule module = DedicatedServerModule.builder().id(MODULE).name("Dedicated " + locationName)
        .sort(1).dataCenter(DataCenter.withExternalId(1, locationName, locationId)).departmentId(7).tariff(TARIFF)
        .queue(QueueSettings.queued("dci-__PMID__", 2)).build();
    out.println("Processing module " + module.id() + " \"" + module.name() + "\": location " + locationId
        + ", tariff " + TARIFF + ", queue key dci-__PMID__ in 2 queues, build tasks to department "
        + module.departmentId());

    try (Provisioning provisioning = panels.provisioning(List.of(module), StepPrinter.steps(out)).build()) {
      Catalogue catalogue = Program.join(provisioning.syncCatalogue()).get(0);
      out.println();
      out.println("What the module can sell now (available / total servers per configuration):");
      catalogue.configurations().stream().limit(6).forEach(offer ->
          out.printf("  %3d / %3d  %s%n", offer.free(), offer.total(), offer.label()));
      Configuration exact = exact(options, catalogue);
      Configuration nearest = nearest(options, catalogue, exact);
      String os = options.text("os").orElse("Ubuntu 22.04");
      String email = options.text("email").orElse("anna@example.com");

      out.println();
      out.println("Order " + EXACT_SERVICE + ": " + exact.name() + " with " + os + " for " + email
          + " (free servers of this configuration: the exact match)");
      LifecycleResult first = Program.join(provisioning.open(order(EXACT_SERVICE, exact, os, email)));
      out.println("=> " + StepPrinter.describe(first) + serverName(dci, first));
      if (!(first instanceof LifecycleResult.Active)) {
        return Program.FAILED;
      }

      out.println();
      out.println("Order " + NEAREST_SERVICE + ": " + nearest.name() + " with " + os + " for " + email
          + " (no server has it: the nearest configuration is built by hand)");
      LifecycleResult second = Program.join(provisioning.open(order(NEAREST_SERVICE, nearest, os, email)));
      while (second instanceof LifecycleResult.WaitingForTask waiting) {
        ManualTask task = waiting.tasks().get(0);
        out.println("=> waiting for " + waiting.tasks().size() + " task(s) of department " + task.departmentId()
            + ". " + task.id() + " (" + task.kind() + "): " + task.subject());
        task.text().lines().forEach(line -> out.println("     | " + line));
        out.println("   The department does the work; the host closes " + task.id() + " and the lifecycle goes on:");
        second = Program.join(provisioning.closeTask(task.id()));
      }
      out.println("=> " + StepPrinter.describe(second) + serverName(dci, second));
      if (!(second instanceof LifecycleResult.Active)) {
        return Program.FAILED;
      }

      out.println();
      out.println("Suspend " + EXACT_SERVICE + " (the billing period ended unpaid): its switch ports go down");
      LifecycleResult suspended = Program.join(provisioning.suspend(EXACT_SERVICE));
      long serverId = ((LifecycleResult.Active) first).service().machineId();
      out.println("=> " + StepPrinter.describe(suspended) + ports(dci, serverId));
      out.println("Resume " + EXACT_SERVICE + " (paid): its switch ports go up");
      LifecycleResult resumed = Program.join(provisioning.resume(EXACT_SERVICE));
      out.println("=> " + StepPrinter.describe(resumed) + ports(dci, serverId));
      out.println("Delete " + EXACT_SERVICE + ": the server goes back to stock, its disks cleaned by diagnostics");
      LifecycleResult deleted = Program.join(provisioning.delete(EXACT_SERVICE));
      Server back = dci.servers().get(serverId);
      out.println("=> " + StepPrinter.describe(deleted) + ": server " + serverId + " has "
          + (back.owner().isPresent() ? "an owner" : "no owner") + ", power " + back.powerStatus() + ", "
          + back.ips().size() + " IP address(es)");
      boolean sold = (suspended instanceof LifecycleResult.Suspended
          || suspended instanceof LifecycleResult.NotSuspended) && resumed instanceof LifecycleResult.Active
          && deleted instanceof LifecycleResult.Deleted;
      out.println();
      out.println(sold ? "Sold: " + NEAREST_SERVICE + " runs on server "
          + ((LifecycleResult.Active) second).service().machineId() + "; " + EXACT_SERVICE
          + " was sold, suspended, resumed and deleted." : "Not every step went as planned: see above.");
      return sold ? Program.OK : Program.FAILED;
    }
  }

  private static Order order(String serviceId, Configuration configuration, String os, String email) {
    return Order.builder().serviceId(serviceId).tariffId(TARIFF).customerEmail(email).configuration(configuration)
        .osTemplate(os).period(Period.months(1)).build();
  }

  /** The configuration given, else the one with the most available servers. */
  private static Configuration exact(Options.Parsed options, Catalogue catalogue) throws UsageException {
    Optional<String> given = options.text("configuration");
    if (given.isPresent()) {
      return parse("configuration", given.get());
    }
    return catalogue.configurations().stream().filter(offer -> offer.free() > 0)
        .flatMap(offer -> readable(offer.label()).stream()).findFirst()
        .orElseThrow(() -> new UsageException("the module has no available server of a readable configuration: "
            + "give --configuration"));
  }

  /**
   * The configuration given, else the exact one with more memory (doubled until no server has it), so the order
   * needs a server built into it.
   */
  private static Configuration nearest(Options.Parsed options, Catalogue catalogue, Configuration exact)
      throws UsageException {
    Optional<String> given = options.text("nearest");
    if (given.isPresent()) {
      return parse("nearest", given.get());
    }
    List<Configuration> offered = catalogue.configurations().stream()
        .flatMap(offer -> readable(offer.label()).stream()).toList();
    int ram = exact.ramGb();
    Configuration wanted;
    do {
      ram *= 2;
      wanted = new Configuration("", exact.cpu(), ram, exact.disks(), exact.networkMbps());
    } while (sameAsOffered(wanted, offered));
    return wanted;
  }

  private static boolean sameAsOffered(Configuration wanted, List<Configuration> offered) {
    return offered.stream().anyMatch(wanted::sameComponents);
  }

  private static Configuration parse(String option, String label) throws UsageException {
    LabelReading reading = ConfigurationLabelParser.read(label);
    if (reading instanceof LabelReading.Unparsed unparsed) {
      throw new UsageException("option --" + option + ": '" + label + "' is not a configuration label "
          + "such as i9-9900K-64Gb-2x1024NVMe: " + String.join("; ", unparsed.problems()));
    }
    return ((LabelReading.Parsed) reading).configuration();
  }

  private static Optional<Configuration> readable(String label) {
    return ConfigurationLabelParser.read(label) instanceof LabelReading.Parsed parsed
        ? Optional.of(parsed.configuration()) : Optional.empty();
  }

  private static String serverName(Dci6Client dci, LifecycleResult result) {
    if (!(result instanceof LifecycleResult.Active active)) {
      return "";
    }
    Server server = dci.servers().get(active.service().machineId());
    return " (" + server.name().orElse("#" + server.id()) + ", "
        + server.osTemplate().flatMap(template -> template.name()).orElse("no OS") + ")";
  }

  private static String ports(Dci6Client dci, long serverId) {
    List<SwitchConnection> ports = dci.servers().get(serverId).switchConnections();
    return ": switch port(s) " + ports.stream().filter(port -> !port.isIpmiConnection())
        .map(port -> port.description().orElse("#" + port.id()) + " " + port.adminStatus())
        .collect(Collectors.joining(", "));
  }
}

package dev.ispkit.examples;

import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.Order;
import dev.ispkit.engine.lifecycle.Provisioning;
import dev.ispkit.engine.lifecycle.VmResources;
import dev.ispkit.engine.license.ControlPanel;
import dev.ispkit.engine.license.ControlPanelCatalogue;
import dev.ispkit.engine.module.DataCenter;
import dev.ispkit.engine.module.VirtualServerModule;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.period.PeriodMapping;
import dev.ispkit.engine.period.PeriodResolution;
import dev.ispkit.engine.period.PeriodRule;
import dev.ispkit.engine.period.ProductType;
import dev.ispkit.engine.period.TariffScope;
import dev.ispkit.engine.queue.QueueSettings;
import dev.ispkit.license.License;
import dev.ispkit.license.LicenseServerClient;
import dev.ispkit.simulator.SimulatorOptions;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Sells a VPS from VMmanager 6 with an ISPmanager license from a BILLmanager license server, the way BILLmanager's
 * processing modules do: the license period comes from the period mapping (here 1, 3 and 6 months map to 12, the
 * cheaper yearly license), the license is ordered on the VM's IP; the VPS is deleted and its license goes back to
 * the free pool; a second VPS then gets that license (renamed, re-bound to its IP, a new key) instead of a new
 * order.
 *
 * <p>The pool reuses a license only when its IP and key were last changed more than a month ago
 * (billmanager-license.md §9), and deleting the first VPS has just changed both. On the embedded simulator the
 * program moves the clock 32 days on between the two sales and says so; on a real license server the second sale
 * orders a new license unless an older free one is in the pool.
 *
 * <pre>{@code
 * java -cp examples/target/ispkit-examples.jar dev.ispkit.examples.SellVpsWithLicense --period 6
 * }</pre>
 */
public final class SellVpsWithLicense {
  static final long TARIFF = 21;
  static final long MODULE = 2;
  static final String FIRST_SERVICE = "vps-2001";
  static final String SECOND_SERVICE = "vps-2002";
  /** How far the embedded simulator's clock moves between the two sales: more than the pool's month. */
  static final Duration POOL_WAIT = Duration.ofDays(32);

  static final Program PROGRAM = new Program("SellVpsWithLicense", """
      Sells a VPS from VMmanager 6 with an ISPmanager license (its period mapped 1/3/6 -> 12 months), deletes it so
      the license goes back to the free pool, and sells a second VPS that reuses that license: no new order, the
      license re-bound to the new VM's IP with a new key. Without panel options it runs on the embedded simulator;
      with them it really orders licenses and creates VMs.""", new Options()
      .value("cluster", "ID", "ISPKIT_CLUSTER", "VMmanager cluster to create the VMs in; default 1")
      .value("os", "TEMPLATE", null, "OS template; default Ubuntu 22.04")
      .value("period", "MONTHS", null, "the VPS's period: 1, 3, 6, 12, 24 or 36; default 3")
      .value("control-panel", "PRICELIST", null, "license pricelist: 3541 ISPmanager Lite (default), 4601 Business")
      .value("email", "EMAIL", null, "the customer's email; default ivan@example.com")
      .all(Panels.OPTIONS));

  private SellVpsWithLicense() {}

  /**
   * Runs the program; {@code --help} lists the options.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    Invocation.exit(run(Invocation.system(args)));
  }

  static int run(Invocation invocation) {
    return PROGRAM.onPanels(invocation, embedded(), SellVpsWithLicense::sell);
  }

  /** An empty license pool, so the first sale orders; VM tasks as long as on a real cluster. */
  static SimulatorOptions.Builder embedded() {
    return SimulatorOptions.builder().servers(10).locations(1).seed(7).licenses(0)
        .taskDuration(Duration.ofMinutes(3));
  }

  /** The mapping shown and used: ISPsystem sells licenses for 1 or 12 months. */
  static PeriodMapping periods() {
    return PeriodMapping.builder(List.of(Period.months(1), Period.months(12)))
        .rule(PeriodRule.general(Period.months(1), Period.months(12)))
        .rule(PeriodRule.general(Period.months(3), Period.months(12)))
        .rule(PeriodRule.general(Period.months(6), Period.months(12)))
        .build();
  }

  private static int sell(Options.Parsed options, Panels panels, PrintStream out) throws UsageException {
    panels.requireVm();
    LicenseServerClient licenses = panels.requireLicenses();
    long cluster = options.number("cluster", 1, Long.MAX_VALUE, 1);
    int months = (int) options.number("period", 1, 36, 3);
    if (!List.of(1, 3, 6, 12, 24, 36).contains(months)) {
      throw new UsageException("option --period: " + months + " is not one of 1, 3, 6, 12, 24, 36");
    }
    String pricelist = options.text("control-panel").orElse("3541");
    ControlPanel controlPanel = ControlPanelCatalogue.defaults().find(pricelist)
        .filter(panel -> !panel.isNone()).orElseThrow(() ->
            new UsageException("option --control-panel: " + pricelist + " is not a control panel pricelist"));
    out.println("Selling VPS with " + controlPanel.title() + " licenses on:");
    panels.describe(out);

    PeriodMapping periods = periods();
    out.println();
    out.println("License periods: " + controlPanel.title() + " is sold for 1 or 12 months; rules: 1, 3 and 6 months"
        + " -> 12 months");
    for (int period : List.of(1, 3, 6, 12, 24)) {
      PeriodResolution resolution = periods.resolve(Period.months(period), new TariffScope(ProductType.VPS, TARIFF));
      out.printf("  a VPS of %-9s gets a license of %-9s (%s)%n", Period.months(period), resolution.period(),
          why(resolution, period));
    }

    VirtualServerModule module = VirtualServerModule.builder().id(MODULE).name("VPS KVM").sort(1)
        .dataCenter(DataCenter.of(2, "Cloud")).departmentId(7).tariff(TARIFF).panel(panels.vmPanelId())
        .clusterId(cluster).licenseServerId(Panels.LICENSE_SERVER_ID)
        .queue(QueueSettings.queued("vm-__PMID__", 1)).build();
    String os = options.text("os").orElse("Ubuntu 22.04");
    String email = options.text("email").orElse("ivan@example.com");
    try (Provisioning provisioning = panels.provisioning(List.of(module), StepPrinter.steps(out))
        .licensePeriods(periods).build()) {
      out.println();
      out.println("Order " + FIRST_SERVICE + ": 2 CPU, 2 GiB RAM, 20 GiB disk, " + os + ", " + months + " months, "
          + controlPanel.title() + ", for " + email);
      LifecycleResult first = Program.join(provisioning.open(order(FIRST_SERVICE, months, os, email, controlPanel)));
      out.println("=> " + StepPrinter.describe(first));
      if (!(first instanceof LifecycleResult.Active active) || active.service().licenseId().isEmpty()) {
        return Program.FAILED;
      }
      long licenseId = active.service().licenseId().getAsLong();
      License ordered = licenses.get(licenseId);
      out.println("   license #" + licenseId + ": " + describe(ordered));

      out.println();
      out.println("Delete " + FIRST_SERVICE + ": the VM goes, its license goes back to the pool");
      LifecycleResult deleted = Program.join(provisioning.delete(FIRST_SERVICE));
      License pooled = licenses.get(licenseId);
      out.println("=> " + StepPrinter.describe(deleted) + "; license #" + licenseId + ": " + describe(pooled));
      int licensesBefore = licenses.list().size();

      out.println();
      out.println("The pool reuses a license only when its IP and key were last changed more than a month ago");
      out.println("(billmanager-license.md §9): license #" + licenseId + " was bound to 0.0.0.0 just now, so it is "
          + "not free yet.");
      if (panels.advance(POOL_WAIT)) {
        out.println("The embedded simulator's clock moves " + POOL_WAIT.toDays() + " days on: now "
            + panels.clock().instant() + ".");
      } else {
        out.println("On a real license server it is free after " + pooled.ipChangedAt().map(at -> at.plusMonths(1))
            .map(LocalDateTime::toString).orElse("a month") + "; the next sale orders a new license unless an older"
            + " free one is in the pool.");
      }

      out.println();
      out.println("Order " + SECOND_SERVICE + ": the same VPS and license for " + email);
      LifecycleResult second = Program.join(provisioning.open(order(SECOND_SERVICE, months, os, email,
          controlPanel)));
      out.println("=> " + StepPrinter.describe(second));
      if (!(second instanceof LifecycleResult.Active reopened)) {
        return Program.FAILED;
      }
      OptionalLong secondLicense = reopened.service().licenseId();
      License now = licenses.get(secondLicense.orElseThrow());
      int licensesAfter = licenses.list().size();
      boolean reused = secondLicense.getAsLong() == licenseId;
      out.println("   license #" + secondLicense.getAsLong() + ": " + describe(now));
      if (reused) {
        out.println("   reused from the pool: no new order (licenses on the server: " + licensesBefore + " before, "
            + licensesAfter + " after), IP " + pooled.ip() + " -> " + now.ip() + ", new key (key changed "
            + pooled.keyChangedAt().map(LocalDateTime::toString).orElse("?") + " -> "
            + now.keyChangedAt().map(LocalDateTime::toString).orElse("?") + ")");
      } else {
        out.println("   a new license was ordered (" + licensesBefore + " license(s) before, " + licensesAfter
            + " after)");
      }
      out.println();
      out.println("Sold: " + SECOND_SERVICE + " runs on VM " + reopened.service().machineId() + " with license #"
          + secondLicense.getAsLong() + (reused ? ", the one " + FIRST_SERVICE + " gave back." : "."));
      return reused || !panels.isEmbedded() ? Program.OK : Program.FAILED;
    }
  }

  private static Order order(String serviceId, int months, String os, String email, ControlPanel controlPanel) {
    return Order.builder().serviceId(serviceId).tariffId(TARIFF).customerEmail(email)
        .vmResources(new VmResources(2, 2048, 20480)).osTemplate(os).period(Period.months(months))
        .controlPanel(controlPanel).build();
  }

  private static String why(PeriodResolution resolution, int months) {
    switch (resolution.source()) {
      case TARIFF_RULE:
        return "the tariff's rule";
      case GENERAL_RULE:
        return "general rule " + months + " -> " + resolution.period();
      case SERVICE_PERIOD:
        return "the VPS's own period: the license is sold for it";
      default:
        return "no rule, and the license is not sold for " + months + " months: its shortest period";
    }
  }

  /** A license in one line; its key is never printed, only whether it has one. */
  static String describe(License license) {
    return "\"" + license.name() + "\", IP " + license.ip() + ", " + license.status().name().toLowerCase(Locale.ROOT)
        + license.period().stream().mapToObj(months -> ", " + months + " months").findFirst().orElse("")
        + license.expireDate().map(date -> ", expires " + date).orElse("")
        + (license.hasKey() ? ", key issued" : ", no key yet")
        + license.keyChangedAt().map(at -> " (key changed " + at + ")").orElse("");
  }
}

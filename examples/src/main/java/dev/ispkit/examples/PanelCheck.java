package dev.ispkit.examples;

import dev.ispkit.adapters.dci6.DedicatedServerPanels;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.PanelAuthenticationException;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelList;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.PanelPermissionException;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.dci6.Location;
import dev.ispkit.dci6.Server;
import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.availability.Availability;
import dev.ispkit.engine.availability.AvailabilityCondition;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.license.License;
import dev.ispkit.license.LicenseServerClient;
import dev.ispkit.simulator.SimulatorOptions;
import dev.ispkit.vm6.Vm6Client;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A read-only check of real panels before ispkit sells from them: logs in to each panel given, reads one page of
 * every list the lifecycles use and reports what it could not read and why (a refused login is reported as such,
 * never with the password); then holds every call docs/panel-contract.md marks inferred against the panel's own
 * OpenAPI document (the JSON its Swagger page, {@code https://<host>/swagger/}, loads: a URL or a saved file) and
 * lists each as found, not found or differs. It only logs in and reads: safe against production.
 *
 * <p>Without panel options it checks the embedded simulator against the simulator's own document
 * ({@code /openapi.json}), where every inferred call is found.
 *
 * <pre>{@code
 * export ISPKIT_DCI_PASSWORD=... ISPKIT_VM_PASSWORD=...
 * java -cp examples/target/ispkit-examples.jar dev.ispkit.examples.PanelCheck \
 *     --dci-url https://dci.example.com --dci-user admin@example.com \
 *     --vm-url https://vm.example.com --vm-user admin@example.com \
 *     --openapi dci-back.json,vm-back.json
 * }</pre>
 */
public final class PanelCheck {
  static final Program PROGRAM = new Program("PanelCheck", """
      Read-only check of the panels ispkit will sell from: logs in to each panel given, reads one page of every list
      the lifecycles use, and reports what it could not read and why. Then lists every call docs/panel-contract.md
      marks inferred as found / not found / differs in the panel's OpenAPI (Swagger) document. It only logs in and
      reads: safe against production. Without panel options it checks the embedded simulator and its own document.
      Exit code 0 when everything was read and every inferred call found, 1 otherwise.""", new Options()
      .value("openapi", "URL|FILE[,..]", "ISPKIT_OPENAPI",
          "the panel's OpenAPI/Swagger JSON (as https://<host>/swagger/ loads it), one or more, comma-separated")
      .value("page", "N", null, "how many elements of each list to read; default 20")
      .all(Panels.OPTIONS));

  private PanelCheck() {}

  /**
   * Runs the check; {@code --help} lists the options.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    Invocation.exit(run(Invocation.system(args)));
  }

  static int run(Invocation invocation) {
    return PROGRAM.onPanels(invocation, SimulatorOptions.builder().servers(40).seed(5), PanelCheck::check);
  }

  private static int check(Options.Parsed options, Panels panels, PrintStream out) throws UsageException {
    int page = (int) options.number("page", 1, 1000, 20);
    out.println("Panel check: only logins and reads, nothing is changed.");
    Reads reads = new Reads(out);
    panels.dci().ifPresent(dci -> dci(reads, panels, dci, page));
    panels.vm().ifPresent(vm -> vm(reads, panels, vm, page));
    panels.licenses().ifPresent(licenses -> licenses(reads, panels, licenses));
    boolean contractHolds = contract(out, panels, options);
    out.println();
    out.println((reads.failed == 0 ? "Every list was read" : reads.failed + " read(s) failed") + "; "
        + (contractHolds ? "every inferred call was found." : "not every inferred call was found as the "
        + "contract has it (see above)."));
    return reads.failed == 0 && contractHolds ? Program.OK : Program.FAILED;
  }

  private static ListQuery firstPage(int page) {
    return ListQuery.builder().limit(0, page).build();
  }

  private static void dci(Reads reads, Panels panels, Dci6Client dci, int page) {
    reads.panel(panels.reached(Panels.DCI).orElseThrow());
    AtomicReference<List<Location>> locations = new AtomicReference<>(List.of());
    if (!reads.login("GET /dci/v3/location", () -> {
      locations.set(dci.locations().list(firstPage(page)).list());
      return locations.get().size() + " location(s)";
    })) {
      return;
    }
    AtomicReference<List<Server>> servers = new AtomicReference<>(List.of());
    reads.read("GET /dci/v3/server", () -> {
      PanelList<Server> list = dci.servers().list(firstPage(page));
      servers.set(list.list());
      return count(list, "server");
    });
    servers.get().stream().findFirst().ifPresent(first -> {
      reads.read("GET /dci/v3/server/" + first.id(), () -> dci.servers().get(first.id()).name().orElse("(no name)"));
      reads.read("  as the engine reads it", () -> {
        dev.ispkit.engine.inventory.Server server = DedicatedServerPanels.of(dci, panels.dciPanelId())
            .server(first.id());
        Availability availability = AvailabilityFilter.of(server.locationId().orElse(0), false)
            .check(List.of(server)).availability(0);
        return "mapped: " + (availability.isAvailable() ? "available" : "not available: " + availability.reasons()
            .stream().map(AvailabilityCondition::description).collect(Collectors.joining(", ")));
      });
    });
    reads.read("GET /dci/v3/server/configuration", () -> dci.servers().configurations().size()
        + " configuration(s)");
    reads.read("GET /dci/v3/user", () -> count(dci.users().list(firstPage(page)), "user"));
    locations.get().stream().findFirst().ifPresent(location -> {
      reads.read("GET /dci/v3/location/" + location.id() + "/os_template", () ->
          dci.osTemplates().list(location.id()).size() + " OS template(s)");
      reads.read("GET /dci/v3/location/" + location.id() + "/recipe", () ->
          dci.recipes().list(location.id()).size() + " recipe(s)");
    });
  }

  private static void vm(Reads reads, Panels panels, Vm6Client vm, int page) {
    reads.panel(panels.reached(Panels.VM).orElseThrow());
    if (!reads.login("GET /vm/v3/cluster", () -> count(vm.clusters().list(firstPage(page)), "cluster"))) {
      return;
    }
    reads.read("GET /vm/v3/node", () -> count(vm.nodes().list(firstPage(page)), "node"));
    reads.read("GET /vm/v3/os", () -> count(vm.osTemplates().list(firstPage(page)), "OS template"));
    reads.read("GET /vm/v3/recipe", () -> count(vm.recipes().list(firstPage(page)), "recipe"));
    reads.read("GET /vm/v3/ippool", () -> count(vm.ipPools().list(firstPage(page)), "IP pool"));
    reads.read("GET /vm/v3/host", () -> count(vm.vms().list(firstPage(page)), "VM"));
    reads.read("GET /vm/v3/account", () -> count(vm.accounts().list(firstPage(page)), "account"));
    reads.read("GET /vm/v3/task", () -> count(vm.tasks().list(firstPage(page)), "task"));
  }

  private static void licenses(Reads reads, Panels panels, LicenseServerClient licenses) {
    reads.panel(panels.reached(Panels.LICENSE).orElseThrow());
    AtomicReference<List<License>> list = new AtomicReference<>(List.of());
    if (!reads.login("func=soft (the license list)", () -> {
      list.set(licenses.list());
      return list.get().size() + " license(s)";
    })) {
      return;
    }
    list.get().stream().findFirst().ifPresent(first -> reads.read("func=soft.edit elid=" + first.id()
        + " (one license)", () -> {
          License license = licenses.get(first.id());
          return license.status() + ", IP and key change times " + (license.ipChangedAt().isPresent()
              && license.keyChangedAt().isPresent() ? "given (the free pool can judge it)" : "NOT given: the free "
              + "pool never reuses a license whose change times it does not know");
        }));
  }

  private static String count(PanelList<?> list, String what) {
    return list.list().size() + " " + what + "(s)" + list.size().stream().mapToObj(total -> " of " + total)
        .findFirst().orElse("");
  }

  /**
   * The inferred calls against the OpenAPI documents given, or the embedded simulator's own.
   *
   * @return whether every call was found
   */
  private static boolean contract(PrintStream out, Panels panels, Options.Parsed options) {
    List<ContractCall> calls = ContractCalls.inferred();
    List<String> sources = options.text("openapi").map(text -> Arrays.stream(text.split(",")).map(String::trim)
        .filter(source -> !source.isEmpty()).toList()).orElse(List.of());
    if (sources.isEmpty() && panels.simulator().isPresent()) {
      sources = List.of(panels.simulator().get().baseUrl() + "/openapi.json");
    }
    out.println();
    if (sources.isEmpty()) {
      out.println("The " + calls.size() + " inferred calls of docs/panel-contract.md were not checked: give "
          + "--openapi with the panel's OpenAPI document");
      out.println("(the JSON its Swagger page https://<host>/swagger/ loads, as a URL or a saved file):");
      calls.forEach(call -> out.printf("  %-10s %s%n", "unchecked", line(call)));
      return true;
    }
    OpenApiDocument document;
    try {
      document = OpenApiDocument.read(sources);
    } catch (IOException e) {
      out.println("The OpenAPI document could not be read: " + e.getMessage());
      return false;
    }
    out.println("The " + calls.size() + " inferred calls of docs/panel-contract.md in " + String.join(", ", sources)
        + " (" + document.pathCount() + " paths):");
    List<ContractCheck.Verdict> verdicts = ContractCheck.check(calls, document);
    for (ContractCheck.Verdict verdict : verdicts) {
      out.printf("  %-10s %s%s%n", verdict.outcome().word, line(verdict.call()),
          verdict.detail().isEmpty() ? "" : ": " + verdict.detail());
    }
    Map<ContractCheck.Outcome, Long> counts = verdicts.stream()
        .collect(Collectors.groupingBy(ContractCheck.Verdict::outcome, Collectors.counting()));
    out.println(calls.size() + " inferred calls: " + counts.getOrDefault(ContractCheck.Outcome.FOUND, 0L)
        + " found, " + counts.getOrDefault(ContractCheck.Outcome.NOT_FOUND, 0L) + " not found, "
        + counts.getOrDefault(ContractCheck.Outcome.DIFFERS, 0L) + " differ.");
    return counts.getOrDefault(ContractCheck.Outcome.FOUND, 0L) == calls.size();
  }

  private static String line(ContractCall call) {
    return String.format("%-6s %-42s %s (%s)", call.method(), call.path(), call.what(), call.panel());
  }

  /** The reads of one run: each printed as it is made, failures counted, with why. */
  private static final class Reads {
    private final PrintStream out;
    private int failed;

    Reads(PrintStream out) {
      this.out = out;
    }

    void panel(String reached) {
      out.println();
      out.println(reached);
    }

    /**
     * The first read of a panel, which logs in: when the login is refused or the panel cannot be reached, the
     * panel's other reads are not tried.
     *
     * @return whether the other reads should be made
     */
    boolean login(String call, Read read) {
      String result;
      try {
        result = read.read();
      } catch (PanelAuthenticationException e) {
        print("FAILED", "log in", "refused: wrong user or password, or the user may not use the API");
        out.println("          " + e.getMessage());
        out.println("          (the other reads need a login: not tried)");
        failed++;
        return false;
      } catch (PanelConnectionException e) {
        print("FAILED", "connect", "the panel cannot be reached");
        out.println("          " + e.getMessage());
        out.println("          (the other reads are not tried)");
        failed++;
        return false;
      } catch (PanelException | PanelFailure | InvalidSettingException e) {
        print("ok", "log in", "");
        print("FAILED", call, why(e));
        failed++;
        return true;
      }
      print("ok", "log in", "");
      print("ok", call, result);
      return true;
    }

    void read(String call, Read read) {
      try {
        print("ok", call, read.read());
      } catch (PanelException | PanelFailure | InvalidSettingException e) {
        print("FAILED", call, why(e));
        failed++;
      }
    }

    private void print(String outcome, String call, String result) {
      out.println(String.format("  %-7s %-44s %s", outcome, call, result).stripTrailing());
    }

    private static String why(RuntimeException e) {
      Function<String, String> with = reason -> reason + " (" + e.getMessage() + ")";
      if (e instanceof PanelNotFoundException) {
        return with.apply("the panel has no such path or object: if the path is an inferred one, the panel's "
            + "differs from the contract");
      }
      if (e instanceof PanelPermissionException) {
        return with.apply("this user may not read it");
      }
      if (e instanceof InvalidSettingException) {
        return with.apply("read, but the engine cannot use what the panel answered");
      }
      return e.getMessage();
    }
  }

  /** One read: what it found, in a few words. */
  @FunctionalInterface
  private interface Read {
    String read();
  }

}

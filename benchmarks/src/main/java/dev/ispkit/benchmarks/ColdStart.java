package dev.ispkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.Sleeper;
import dev.ispkit.engine.lifecycle.LifecycleListener;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.simulator.SimulatorOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The program {@link ColdStartBenchmark} starts in a fresh JVM for each sample: from the first line of {@code main}
 * to the first server selected and claimed for an order, on a simulator another process runs. It prints one line,
 * {@code first server after <ms> ms from main}, and exits.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.ispkit.benchmarks.ColdStart ispkit|naive|jvm \
 *     http://127.0.0.1:PORT http://127.0.0.1:PORT/billmgr LABEL SERVICE-ID
 * </pre>
 *
 * <ul>
 *   <li>{@code ispkit}: the clients, their ports and {@code Provisioning} are built, and an order opened; the time
 *       is taken when the {@code claim-server} step ends: the location's inventory read in pages, the availability
 *       rule and the match, the candidate claimed, re-read, given to the customer's new user and read back.</li>
 *   <li>{@code naive}: what a module without ispkit does, with plain OkHttp and Jackson trees: log in, read the
 *       whole server list in one request and filter it in memory ({@link NaiveSelection}), look the customer up,
 *       create the user, set the owner.</li>
 *   <li>{@code jvm}: nothing: the JVM's own start and exit, the floor of both.</li>
 * </ul>
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Runs one cold start.
   *
   * @param args mode, the simulator's base URL, its license server URL, the configuration, a new service id
   */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    if (args.length != 5) {
      System.err.println("usage: ColdStart ispkit|naive|jvm BASE-URL BILLMGR-URL LABEL SERVICE-ID");
      System.exit(2);
    }
    String mode = args[0];
    switch (mode) {
      case "ispkit":
        ispkit(v6Panel(args[1]), config(args[2], SimulatorOptions.DEFAULT_BILLING_USER,
            SimulatorOptions.DEFAULT_BILLING_PASSWORD), args[3], args[4]);
        break;
      case "naive":
        naive(v6Panel(args[1]), args[3], args[4]);
        break;
      case "jvm":
        break;
      default:
        System.err.println("unknown mode " + mode);
        System.exit(2);
    }
    System.out.printf(Locale.ROOT, "first server after %.1f ms from main%n", (System.nanoTime() - start) / 1e6);
    // The open goes on in the engine's threads; the figure is taken, so the process ends here.
    System.exit(0);
  }

  private static ClientConfig v6Panel(String url) {
    return config(url, SimulatorOptions.DEFAULT_ADMIN_EMAIL, SimulatorOptions.DEFAULT_ADMIN_PASSWORD);
  }

  private static ClientConfig config(String url, String user, String password) {
    return ClientConfig.builder().baseUrl(url).credentials(Credentials.of(user, password)).build();
  }

  private static void ispkit(ClientConfig v6Panel, ClientConfig licenseServer, String label, String serviceId)
      throws Exception {
    CompletableFuture<String> claimed = new CompletableFuture<>();
    LifecycleListener listener = new LifecycleListener() {
      @Override
      public void stepEnded(String service, String lifecycle, String step, String outcome) {
        if (step.equals("claim-server")) {
          claimed.complete(outcome);
        }
      }

      @Override
      public void finished(String lifecycle, LifecycleResult result) {
        claimed.complete("the open ended before a server was claimed: " + result);
      }
    };
    SimulatedHost host = new SimulatedHost(v6Panel, licenseServer, Clock.systemUTC(), Sleeper.SYSTEM, listener);
    host.provisioning().open(SimulatedHost.dedicatedOrder(serviceId, label));
    String outcome = claimed.get(2, TimeUnit.MINUTES);
    if (!outcome.equals("done")) {
      throw new IllegalStateException("claim-server ended " + outcome);
    }
  }

  private static void naive(ClientConfig v6Panel, String label, String serviceId) {
    try (RawPanel panel = new RawPanel(v6Panel).logIn()) {
      long serverId = NaiveSelection.firstFree(panel, label).orElseThrow(() -> new IllegalStateException(
          "no free server of " + label + " in location " + SimulatedHost.LOCATION));
      String email = "customer-" + serviceId + "@example.com";
      String where = URLEncoder.encode("email EQ '" + email + "'", StandardCharsets.UTF_8).replace("+", "%20");
      JsonNode found = panel.getTree("/api/dci/v3/user?where=" + where).path("list");
      long userId;
      if (found.size() > 0) {
        userId = found.get(0).path("id").asLong();
      } else {
        ObjectNode user = panel.mapper().createObjectNode().put("email", email).put("role", "@user")
            .put("password", "Cold-start-" + Long.toHexString(System.nanoTime()) + "-aA1");
        userId = panel.postTree("/api/dci/v3/user", user).path("id").asLong();
      }
      panel.postTree("/api/dci/v3/server/" + serverId + "/owner",
          panel.mapper().createObjectNode().put("owner", userId));
    }
  }
}

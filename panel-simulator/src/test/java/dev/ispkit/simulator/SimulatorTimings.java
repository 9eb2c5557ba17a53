package dev.ispkit.simulator;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Run by hand, not by the build (the name does not end in Test): start-up time and the time to serve a
 * 20 000-server list, several repetitions each, printed for the README.
 *
 * <pre>{@code
 * mvn -q -pl panel-simulator test-compile && java -cp "panel-simulator/target/classes:panel-simulator/target/test-classes:$(cat cp.txt)" dev.ispkit.simulator.SimulatorTimings
 * }</pre>
 */
public final class SimulatorTimings {
  private SimulatorTimings() {}

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  public static void main(String[] args) throws Exception {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 0; i < repetitions; i++) {
      long t0 = System.nanoTime();
      try (PanelSimulator sim = PanelSimulator.start(SimulatorOptions.builder().servers(40).build())) {
        long t1 = System.nanoTime();
        String token = Http.MAPPER.readTree(client.send(HttpRequest.newBuilder(URI.create(sim.baseUrl()
            + "/auth/v4/public/token")).POST(HttpRequest.BodyPublishers.ofString(
            "{\"email\":\"admin@example.com\",\"password\":\"simulator-admin\"}")).build(),
            HttpResponse.BodyHandlers.ofString()).body()).get("token").asText();
        long t2 = System.nanoTime();
        System.out.printf("start-up (40 servers) #%d: start %.1f ms, first login answered after %.1f ms%n", i + 1,
            (t1 - t0) / 1e6, (t2 - t0) / 1e6);
      }
    }
    long heapBefore = usedHeap();
    long g0 = System.nanoTime();
    try (PanelSimulator sim = PanelSimulator.start(SimulatorOptions.builder().servers(20_000).locations(5)
        .build())) {
      long g1 = System.nanoTime();
      System.out.printf("start with 20 000 servers: %.1f ms, inventory heap about %.0f MB%n", (g1 - g0) / 1e6,
          (usedHeap() - heapBefore) / 1e6);
      String token = Http.MAPPER.readTree(client.send(HttpRequest.newBuilder(URI.create(sim.baseUrl()
          + "/auth/v4/public/token")).POST(HttpRequest.BodyPublishers.ofString(
          "{\"email\":\"admin@example.com\",\"password\":\"simulator-admin\"}")).build(),
          HttpResponse.BodyHandlers.ofString()).body()).get("token").asText();
      for (String query : new String[] {"", "?where=owner_email%20IS%20null+AND+is_new%20EQ%20false"
          + "&orderby=configuration%20asc&limit=0,400"}) {
        for (int i = 0; i < repetitions; i++) {
          long s0 = System.nanoTime();
          HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(URI.create(sim.baseUrl()
              + "/api/dci/v3/server" + query)).header("x-xsrf-token", token).build(),
              HttpResponse.BodyHandlers.ofInputStream());
          // Headers leave only after the whole body is built, so this is the simulator's own time.
          long headersAt = System.nanoTime();
          long bytes = 0;
          try (InputStream in = r.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
              bytes += n;
            }
          }
          long s1 = System.nanoTime();
          System.out.printf("GET /api/dci/v3/server%s #%d: %d, %.1f MB in %.1f ms (first byte after %.1f ms)%n",
              query.isEmpty() ? " (all 20 000)" : " (filtered, sorted, 400)", i + 1, r.statusCode(), bytes / 1e6,
              (s1 - s0) / 1e6, (headersAt - s0) / 1e6);
        }
      }
    }
  }
}

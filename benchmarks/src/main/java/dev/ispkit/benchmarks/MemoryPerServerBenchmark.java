package dev.ispkit.benchmarks;

import dev.ispkit.engine.inventory.MaintenanceMode;
import dev.ispkit.engine.inventory.Server;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine's memory per server, two ways.
 *
 * <ul>
 *   <li><b>Retained</b> (printed by {@link #measureRetained()} once per trial): the heap in use after full GCs with
 *       200 000 servers held, minus the heap in use before building them, divided by 200 000. Includes the server's
 *       own strings (name, label) and its share of the list; the switch port list is shared. The same inventory
 *       held as one {@code HashMap<String, Object>} per server, the way a generic JSON map would keep it, is
 *       measured the same way as the baseline.</li>
 *   <li><b>Allocated</b> ({@link #buildServer()} under {@code -prof gc}): {@code gc.alloc.rate.norm} is the bytes
 *       allocated to build one server from an adapter's values, garbage included.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MemoryPerServerBenchmark {
  private static final int COUNT = 200_000;
  private int next;

  /** Measures retained bytes per server for the engine view and the map baseline, and prints them. */
  @Setup
  public void measureRetained() {
    double engine = retainedPerItem(count -> SyntheticInventory.servers(count, 7));
    double map = retainedPerItem(count -> asMaps(SyntheticInventory.servers(count, 7)));
    System.out.printf(Locale.ROOT, "%nretained heap per server: engine Server %.1f bytes, Map<String,Object> "
        + "baseline %.1f bytes, ratio %.2f%n", engine, map, engine / map);
  }

  /** Builds one server, for the allocation rate. */
  @Benchmark
  public Server buildServer() {
    long id = ++next;
    return Server.builder().id(id).name("srv" + id).owned(false).configurationLabel("i9-9900K-64Gb-2x1024NVMe")
        .mac("02:00:00:01:02:03").locationId(3).maintenance(MaintenanceMode.OFF).inOperation(true).build();
  }

  private static double retainedPerItem(IntFunction<List<?>> build) {
    return RetainedHeap.of(() -> {
      List<?> held = build.apply(COUNT);
      if (held.size() != COUNT) {
        throw new IllegalStateException("built " + held.size());
      }
      return held;
    }) / (double) COUNT;
  }

  private static List<Map<String, Object>> asMaps(List<Server> servers) {
    List<Map<String, Object>> maps = new ArrayList<>(servers.size());
    for (Server server : servers) {
      Map<String, Object> map = new HashMap<>();
      map.put("id", server.id());
      map.put("name", server.name());
      map.put("owned", server.owned());
      map.put("owner_id", server.ownerId().isPresent() ? server.ownerId().getAsLong() : null);
      map.put("configuration", server.configurationLabel());
      map.put("diagnostics", server.diagnostics());
      map.put("diag_error", server.diagnosticError().orElse(null));
      map.put("has_errors", server.statusErrors());
      map.put("state_info", server.stateInfo().orElse(null));
      map.put("operation", server.lastOperation());
      map.put("operation_id", server.runningOperationId().isPresent()
          ? server.runningOperationId().getAsLong() : null);
      map.put("maintenance", server.maintenance());
      map.put("in_operation", server.inOperation());
      map.put("mac", server.mac().orElse(null));
      map.put("location_id", server.locationId().isPresent() ? server.locationId().getAsLong() : null);
      map.put("main_ipv4", server.mainIpv4().orElse(null));
      map.put("power_status", server.power());
      map.put("switch_connection", server.switchConnections());
      maps.add(map);
    }
    return maps;
  }
}

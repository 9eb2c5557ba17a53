package dev.ispkit.benchmarks;

import dev.ispkit.engine.availability.AvailabilityCheck;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.configuration.Configuration;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.configuration.ConfigurationMatcher;
import dev.ispkit.engine.configuration.Selection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Availability filter plus nearest-configuration match over an inventory, one thread. The ordered configuration is
 * in no server's label, so every call takes the nearest-match path. {@code baselineScan} reads each server's
 * owner, location and label hash once: the floor any rule over the inventory pays, measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AvailabilityMatchBenchmark {
  @Param({"1000", "10000", "100000"})
  public int servers;

  private List<Server> inventory;
  private AvailabilityFilter filter;
  private ConfigurationMatcher matcher;
  private Configuration ordered;

  /** Builds the inventory once per trial. */
  @Setup
  public void setUp() {
    inventory = SyntheticInventory.servers(servers, 42);
    filter = AvailabilityFilter.of(SyntheticInventory.LOCATION, false);
    matcher = ConfigurationMatcher.builder().build();
    ordered = ConfigurationLabelParser.parse("i9-9900K-96Gb-2x1024NVMe");
  }

  /** The filter and the nearest match, as a lifecycle runs them per order. */
  @Benchmark
  public Selection filterAndNearest() {
    return matcher.select(ordered, filter.check(inventory));
  }

  /** The filter alone. */
  @Benchmark
  public AvailabilityCheck filterOnly() {
    return filter.check(inventory);
  }

  /** One pass touching what every rule touches: the baseline for the ratios. */
  @Benchmark
  public long baselineScan() {
    long sum = 0;
    for (Server server : inventory) {
      if (!server.owned() && server.isInLocation(SyntheticInventory.LOCATION)) {
        sum += server.configurationLabel().hashCode();
      }
    }
    return sum;
  }
}

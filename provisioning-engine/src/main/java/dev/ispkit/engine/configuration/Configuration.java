package dev.ispkit.engine.configuration;

import dev.ispkit.engine.InvalidSettingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A server configuration: CPU, RAM, disks, network, and the configuration's name (the DCImanager label or the
 * tariff's name for it). Disks of one type and size are merged into one group and kept sorted by type, then size,
 * so two configurations with the same parts are equal whatever order their labels listed the disks in; the name
 * takes part in equality, {@link #sameComponents} ignores it.
 *
 * <pre>{@code
 * Configuration ordered = Configuration.builder()
 *     .name("i9-9900K-64Gb-2x1024NVMe")
 *     .cpu("i9-9900K")
 *     .ramGb(64)
 *     .disks(DiskType.NVME, 1024, 2)
 *     .build();
 * }</pre>
 *
 * @param name the configuration's name; a blank name is replaced by {@link #label()}
 * @param cpu the processors
 * @param ramGb the memory in GB
 * @param disks the disks, merged and sorted; may be empty
 * @param networkMbps the network port speed in Mbit/s, 0 when unknown or unspecified
 */
public record Configuration(String name, Component.Cpu cpu, int ramGb, List<DiskGroup> disks, int networkMbps) {
  /** Validates the values, merges and sorts the disks. */
  public Configuration {
    InvalidSettingException.requirePresent("CPU", cpu);
    InvalidSettingException.requireRange("RAM", ramGb, 1, 1_048_576, "GB");
    disks = merge(InvalidSettingException.requireNoNulls("disks", disks));
    InvalidSettingException.requireRange("network speed", networkMbps, 0, 1_000_000, "Mbit/s");
    if (name == null || name.isBlank()) {
      name = label(cpu, ramGb, disks, networkMbps);
    } else {
      name = name.trim();
    }
  }

  /** A builder; {@link Builder#cpu} and {@link Builder#ramGb} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The configuration written the way DCImanager labels are: {@code i9-9900K-64Gb-2x1024NVMe}, with
   * {@code 2xE5-2650} for two processors and {@code -10Gbps} when the network speed is known.
   * {@link ConfigurationLabelParser#parse} reads it back into an equal configuration (name aside).
   */
  public String label() {
    return label(cpu, ramGb, disks, networkMbps);
  }

  /** The total number of disks. */
  public int diskCount() {
    int count = 0;
    for (DiskGroup group : disks) {
      count += group.count();
    }
    return count;
  }

  /** The total disk capacity in GB. */
  public long diskCapacityGb() {
    long capacity = 0;
    for (DiskGroup group : disks) {
      capacity += (long) group.sizeGb() * group.count();
    }
    return capacity;
  }

  /**
   * Whether the two configurations have the same parts, ignoring names. Processor cores, frequency and the network
   * speed are compared only when both sides know them.
   */
  public boolean sameComponents(Configuration other) {
    return ConfigurationDistance.changes(other, this, DistanceWeights.defaults()).isEmpty();
  }

  private static String label(Component.Cpu cpu, int ramGb, List<DiskGroup> disks, int networkMbps) {
    StringBuilder label = new StringBuilder();
    if (cpu.sockets() > 1) {
      label.append(cpu.sockets()).append('x');
    }
    label.append(cpu.model()).append('-').append(ramGb).append("Gb");
    for (DiskGroup group : disks) {
      label.append('-').append(group.label());
    }
    if (networkMbps > 0) {
      label.append('-').append(networkMbps % 1000 == 0 ? networkMbps / 1000 + "Gbps" : networkMbps + "Mbps");
    }
    return label.toString();
  }

  private static List<DiskGroup> merge(List<DiskGroup> disks) {
    Map<Component.Disk, Integer> counts = new LinkedHashMap<>();
    for (DiskGroup group : disks) {
      counts.merge(group.disk(), group.count(), Integer::sum);
    }
    List<DiskGroup> merged = new ArrayList<>(counts.size());
    counts.forEach((disk, count) -> merged.add(new DiskGroup(disk.type(), disk.sizeGb(), count)));
    merged.sort(Comparator.comparing(DiskGroup::type).thenComparingInt(DiskGroup::sizeGb));
    return List.copyOf(merged);
  }

  /** Builds a {@link Configuration}. */
  public static final class Builder {
    private String name;
    private Component.Cpu cpu;
    private Integer ramGb;
    private final List<DiskGroup> disks = new ArrayList<>();
    private int networkMbps;

    private Builder() {}

    /** The configuration's name; left out, it is the {@link Configuration#label()}. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** One processor of this model, cores and frequency unknown. */
    public Builder cpu(String model) {
      this.cpu = Component.Cpu.of(model);
      return this;
    }

    /** The processors. */
    public Builder cpu(Component.Cpu cpu) {
      this.cpu = cpu;
      return this;
    }

    /** The memory in GB. */
    public Builder ramGb(int ramGb) {
      this.ramGb = ramGb;
      return this;
    }

    /** Adds {@code count} disks of one type and size. */
    public Builder disks(DiskType type, int sizeGb, int count) {
      disks.add(new DiskGroup(type, sizeGb, count));
      return this;
    }

    /** The network port speed in Mbit/s; 0 (the default) when unspecified. */
    public Builder networkMbps(int networkMbps) {
      this.networkMbps = networkMbps;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @throws InvalidSettingException naming the first missing or invalid field
     */
    public Configuration build() {
      InvalidSettingException.requirePresent("RAM", ramGb);
      return new Configuration(name, cpu, ramGb, disks, networkMbps);
    }
  }
}

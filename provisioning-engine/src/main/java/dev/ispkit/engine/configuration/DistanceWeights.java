package dev.ispkit.engine.configuration;

import dev.ispkit.engine.InvalidSettingException;

/**
 * The weights of the nearest-configuration distance. The distance between a server and the ordered configuration
 * is the sum of the costs of the {@link ComponentChange changes} that turn one into the other:
 *
 * <ul>
 *   <li>processors of another model or socket count: {@code cpu}; plus {@code cpuCore} per core of difference in
 *       total cores, when both sides know the cores;</li>
 *   <li>memory added or removed: {@code ramPerGb} per GB;</li>
 *   <li>each disk added or removed: {@code disk} plus {@code diskPerTb} per TB (1000 GB) of its size;</li>
 *   <li>each disk replaced: {@code disk}, plus {@code diskPerTb} per TB of size difference, plus {@code diskType}
 *       when the type changes;</li>
 *   <li>the network card replaced (both speeds known and different): {@code network}.</li>
 * </ul>
 *
 * <p>The {@linkplain #defaults() defaults} say that a build's effort grows with how much of the server is opened up:
 * a CPU swap (20) is the largest job, a network card (5) a medium one, each disk (2, plus 2 per TB and 3 for a new
 * type) small, and memory cheap per GB (0.125, so 32 GB is 4 and 128 GB is 16). With them, a server that needs
 * only 32 GB more RAM (4) is nearer than one that needs two disks swapped from HDD to NVMe (2 x (2 + 3) = 10),
 * which is nearer than one with another CPU (20).
 *
 * <pre>{@code
 * DistanceWeights weights = DistanceWeights.builder().ramPerGb(0.5).build(); // memory is scarce here
 * }</pre>
 *
 * @param cpu the cost of replacing the processors
 * @param cpuCore the cost per core of difference
 * @param ramPerGb the cost per GB of memory added or removed
 * @param disk the cost per disk added, removed or replaced
 * @param diskPerTb the cost per TB of disk capacity added, removed or changed
 * @param diskType the cost per disk whose type changes
 * @param network the cost of replacing the network card
 */
public record DistanceWeights(
    double cpu, double cpuCore, double ramPerGb, double disk, double diskPerTb, double diskType, double network) {
  private static final DistanceWeights DEFAULTS = new DistanceWeights(20, 0.5, 0.125, 2, 2, 3, 5);

  /** Validates that every weight is finite and not negative. */
  public DistanceWeights {
    check("cpu", cpu);
    check("cpuCore", cpuCore);
    check("ramPerGb", ramPerGb);
    check("disk", disk);
    check("diskPerTb", diskPerTb);
    check("diskType", diskType);
    check("network", network);
  }

  /** The documented default weights. */
  public static DistanceWeights defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  private static void check(String name, double weight) {
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new InvalidSettingException("distance weight " + name, weight, "must be a finite number, not negative");
    }
  }

  /** Builds {@link DistanceWeights}, starting from the defaults. */
  public static final class Builder {
    private double cpu = DEFAULTS.cpu;
    private double cpuCore = DEFAULTS.cpuCore;
    private double ramPerGb = DEFAULTS.ramPerGb;
    private double disk = DEFAULTS.disk;
    private double diskPerTb = DEFAULTS.diskPerTb;
    private double diskType = DEFAULTS.diskType;
    private double network = DEFAULTS.network;

    private Builder() {}

    /** The cost of replacing the processors. */
    public Builder cpu(double cpu) {
      this.cpu = cpu;
      return this;
    }

    /** The cost per core of difference. */
    public Builder cpuCore(double cpuCore) {
      this.cpuCore = cpuCore;
      return this;
    }

    /** The cost per GB of memory. */
    public Builder ramPerGb(double ramPerGb) {
      this.ramPerGb = ramPerGb;
      return this;
    }

    /** The cost per disk. */
    public Builder disk(double disk) {
      this.disk = disk;
      return this;
    }

    /** The cost per TB of disk capacity. */
    public Builder diskPerTb(double diskPerTb) {
      this.diskPerTb = diskPerTb;
      return this;
    }

    /** The cost per disk whose type changes. */
    public Builder diskType(double diskType) {
      this.diskType = diskType;
      return this;
    }

    /** The cost of replacing the network card. */
    public Builder network(double network) {
      this.network = network;
      return this;
    }

    /**
     * Builds the weights.
     *
     * @throws InvalidSettingException naming the first weight that is negative, infinite or not a number
     */
    public DistanceWeights build() {
      return new DistanceWeights(cpu, cpuCore, ramPerGb, disk, diskPerTb, diskType, network);
    }
  }
}

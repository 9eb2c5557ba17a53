package dev.ispkit.engine.configuration;

import dev.ispkit.engine.InvalidSettingException;

/**
 * Disks of one type and size in a configuration: the {@code 2x1024NVMe} of a label.
 *
 * <p>Example: {@code new DiskGroup(DiskType.NVME, 1024, 2)}.
 *
 * @param type the disks' type
 * @param sizeGb the size of each disk in GB
 * @param count how many, at least 1
 */
public record DiskGroup(DiskType type, int sizeGb, int count) {
  /** Validates the values. */
  public DiskGroup {
    InvalidSettingException.requirePresent("disk type", type);
    InvalidSettingException.requireRange("disk size", sizeGb, 1, 1_000_000, "GB");
    InvalidSettingException.requireRange("disk count", count, 1, 256, "");
  }

  /** One disk of this group. */
  public Component.Disk disk() {
    return new Component.Disk(type, sizeGb);
  }

  /** The group as a label writes it: {@code 2x1024NVMe}, or {@code 1920SSD} for one disk. */
  public String label() {
    return (count > 1 ? count + "x" : "") + sizeGb + type.label();
  }
}

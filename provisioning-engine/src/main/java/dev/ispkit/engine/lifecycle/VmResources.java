package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;

/**
 * What a VPS tariff gives a virtual machine.
 *
 * @param cpus virtual CPUs, 1..1024
 * @param ramMib RAM in MiB, at least 1
 * @param diskMib disk in MiB, at least 1
 */
public record VmResources(int cpus, long ramMib, long diskMib) {
  /** Validates the values. */
  public VmResources {
    InvalidSettingException.requireRange("CPUs", cpus, 1, 1024, "");
    InvalidSettingException.requireRange("RAM", ramMib, 1, Long.MAX_VALUE, "MiB");
    InvalidSettingException.requireRange("disk", diskMib, 1, Long.MAX_VALUE, "MiB");
  }
}

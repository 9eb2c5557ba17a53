package dev.ispkit.engine.port;

import dev.ispkit.engine.InvalidSettingException;
import java.util.Optional;

/**
 * A virtual machine to create: where, for whom, from which OS and recipe (by name; the adapter finds the ids), with
 * how much, and whether it gets the additional network interface. {@code toString()} never shows the password.
 *
 * @param clusterId the processing module's cluster
 * @param accountId the customer's VMmanager account
 * @param name the VM's name; it carries the service's marker
 * @param osTemplate the OS template's name
 * @param recipe the recipe's name, empty for none
 * @param cpus virtual CPUs
 * @param ramMib RAM in MiB
 * @param diskMib disk in MiB
 * @param password the root (administrator) password
 * @param additionalInterfaceBridge the bridge of the additional network interface, empty for none
 */
public record VmPlan(long clusterId, long accountId, String name, String osTemplate, Optional<String> recipe,
    int cpus, long ramMib, long diskMib, String password, Optional<String> additionalInterfaceBridge) {

  /** Validates the values. */
  public VmPlan {
    InvalidSettingException.requireRange("cluster id", clusterId, 1, Long.MAX_VALUE, "");
    InvalidSettingException.requireRange("account id", accountId, 1, Long.MAX_VALUE, "");
    InvalidSettingException.requireText("VM name", name);
    InvalidSettingException.requireText("OS template", osTemplate);
    InvalidSettingException.requirePresent("recipe", recipe);
    InvalidSettingException.requireRange("CPUs", cpus, 1, 1024, "");
    InvalidSettingException.requireRange("RAM", ramMib, 1, Long.MAX_VALUE, "MiB");
    InvalidSettingException.requireRange("disk", diskMib, 1, Long.MAX_VALUE, "MiB");
    if (password == null || password.isBlank()) {
      throw new InvalidSettingException("password", null, "must not be blank");
    }
    InvalidSettingException.requirePresent("additional interface bridge", additionalInterfaceBridge);
  }

  @Override
  public String toString() {
    return "VmPlan[clusterId=" + clusterId + ", accountId=" + accountId + ", name=" + name + ", osTemplate="
        + osTemplate + ", recipe=" + recipe + ", cpus=" + cpus + ", ramMib=" + ramMib + ", diskMib=" + diskMib
        + ", password=****, additionalInterfaceBridge=" + additionalInterfaceBridge + "]";
  }
}

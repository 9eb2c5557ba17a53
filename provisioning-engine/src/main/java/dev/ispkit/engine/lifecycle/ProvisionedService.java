package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import java.util.List;
import java.util.OptionalLong;

/**
 * What a service got on the panels: the processing module, the customer's panel user, the dedicated server or the
 * VM, its addresses, and the control-panel license. A host stores what it shows its customer; the engine keeps the
 * same facts in its journal.
 *
 * @param serviceId the host's id of the service
 * @param kind dedicated server or VPS
 * @param moduleId the processing module that serves it
 * @param panelUserId the customer's DCImanager user or VMmanager account
 * @param machineId the dedicated server's or the VM's id on its panel
 * @param ipAddresses its IP addresses, main one first
 * @param licenseId the control-panel license, empty when the order has none
 */
public record ProvisionedService(String serviceId, Kind kind, long moduleId, long panelUserId, long machineId,
    List<String> ipAddresses, OptionalLong licenseId) {

  /** What kind of machine the service is. */
  public enum Kind {
    /** A dedicated server of DCImanager 6. */
    DEDICATED_SERVER,
    /** A virtual machine of VMmanager 6. */
    VPS
  }

  /** Validates the values. */
  public ProvisionedService {
    InvalidSettingException.requireText("service id", serviceId);
    InvalidSettingException.requirePresent("kind", kind);
    ipAddresses = List.copyOf(InvalidSettingException.requireNoNulls("IP addresses", ipAddresses));
    InvalidSettingException.requirePresent("license id", licenseId);
  }
}

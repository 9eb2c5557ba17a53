package dev.ispkit.engine.port;

import dev.ispkit.engine.InvalidSettingException;
import java.util.Optional;

/**
 * A VMmanager 6 virtual machine as the VPS lifecycles see it.
 *
 * @param id the VM's id
 * @param name its name (carries the service's marker, so a resumed lifecycle finds the VM it created)
 * @param ipv4 its main IPv4 address, empty while it has none
 * @param state where it stands
 */
public record VirtualMachine(long id, String name, Optional<String> ipv4, State state) {

  /** Where a VM stands, as far as the lifecycles care. */
  public enum State {
    /** Being created or its OS being installed. */
    CREATING,
    /** Running. */
    RUNNING,
    /** Stopped. */
    STOPPED,
    /** Being deleted. */
    DELETING,
    /** The panel says something the adapter does not know. */
    UNKNOWN
  }

  /** Validates the values. */
  public VirtualMachine {
    InvalidSettingException.requireRange("VM id", id, 1, Long.MAX_VALUE, "");
    InvalidSettingException.requirePresent("VM name", name);
    InvalidSettingException.requirePresent("IPv4", ipv4);
    InvalidSettingException.requirePresent("VM state", state);
  }
}

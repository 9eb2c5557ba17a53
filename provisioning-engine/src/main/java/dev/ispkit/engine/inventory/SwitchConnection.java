package dev.ispkit.engine.inventory;

import dev.ispkit.engine.InvalidSettingException;

/**
 * One switch port a server is cabled to. Suspend and resume switch a service's data ports off and on, and delete
 * turns them on first and off last; the port that carries IPMI is left alone.
 *
 * <p>The two ids are what the port call takes: DCImanager 6 turns a port up or down with {@code POST
 * /dci/v3/switch/{switchId}/port/{portId}}. The port id is the {@code id} of a {@code switch_connection} entry, not
 * its {@code connection_id} (that one names the cable).
 *
 * <p>Example: {@code new SwitchConnection(900, 35, "GigabitEthernet0/14", false, true)}.
 *
 * @param portId the switch port's id, the handle to enable or disable the port
 * @param switchId the switch's id
 * @param portName the port's name on the switch ({@code description} in DCImanager), may be empty
 * @param ipmi whether this port carries the server's IPMI/BMC
 * @param enabled whether the port is administratively up; {@code false} when it is down or the panel did not say
 */
public record SwitchConnection(long portId, long switchId, String portName, boolean ipmi, boolean enabled) {
  /** Validates the ids and the port name. */
  public SwitchConnection {
    InvalidSettingException.requireNotNegative("switch port id", portId);
    InvalidSettingException.requireNotNegative("switch id", switchId);
    InvalidSettingException.requirePresent("switch port name", portName);
  }
}

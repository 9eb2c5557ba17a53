package dev.ispkit.engine.availability;

import dev.ispkit.engine.InvalidSettingException;

/**
 * One switch port a server is connected to ({@code switch_connection[]} in DCImanager 6). Suspend and resume switch
 * a service's data ports off and on; the port that carries IPMI is left alone.
 *
 * <p>Example: {@code new SwitchConnection(5930, 35, "GigabitEthernet0/14", false, true)}.
 *
 * @param connectionId the panel's connection id, the handle to enable or disable the port
 * @param switchId the switch's id
 * @param port the port's name on the switch ({@code description} in the panel), may be empty
 * @param ipmi whether this port carries the server's IPMI/BMC ({@code is_ipmi_connection})
 * @param enabled whether the port is administratively up ({@code admin_status == "up"})
 */
public record SwitchConnection(long connectionId, long switchId, String port, boolean ipmi, boolean enabled) {
  /** Validates the ids and the port name. */
  public SwitchConnection {
    InvalidSettingException.requireNotNegative("switch connection id", connectionId);
    InvalidSettingException.requireNotNegative("switch id", switchId);
    InvalidSettingException.requirePresent("switch port", port);
  }
}

package dev.ispkit.dci6;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.transport.OpenEnums;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.transport.Require;
import java.util.List;

/**
 * The switch ports of servers: what suspending a dedicated server turns down and resuming turns up, leaving the
 * server itself powered. Inferred: {@code POST /dci/v3/switch/{switch id}/port/{port id}} {@code {"admin_status":
 * "up" | "down"}}, with the ids from the server's {@code switch_connection}, see {@code docs/panel-contract.md}.
 *
 * <pre>{@code
 * List<SwitchConnection> ports = dci.switchPorts().disable(serverId);
 * if (ports.isEmpty()) {
 *   // no switch port in the server's settings: the service is not stopped, say so
 * }
 * }</pre>
 */
public final class SwitchPorts {
  private final Dci6Api api;

  SwitchPorts(Dci6Api api) {
    this.api = api;
  }

  /**
   * Enables every switch port of the server except the BMC's (IPMI) one: reads the server, then one inferred port
   * call per connection (see {@code docs/panel-contract.md}).
   *
   * @param serverId the server
   * @return the connections whose ports were enabled, as read before the change; empty when the server has none
   * @throws PanelResponseException when a connection does not name its switch (nothing is changed then)
   */
  public List<SwitchConnection> enable(long serverId) {
    return setAll(serverId, PortStatus.UP);
  }

  /**
   * Disables every switch port of the server except the BMC's (IPMI) one, so the server stays reachable for the
   * provider's management: reads the server, then one inferred port call per connection (see {@code
   * docs/panel-contract.md}).
   *
   * @param serverId the server
   * @return the connections whose ports were disabled, as read before the change; empty when the server has none
   * @throws PanelResponseException when a connection does not name its switch (nothing is changed then)
   */
  public List<SwitchConnection> disable(long serverId) {
    return setAll(serverId, PortStatus.DOWN);
  }

  /**
   * Sets one port's administrative status. Inferred path and body, see {@code docs/panel-contract.md}.
   *
   * @param switchId the switch ({@link SwitchConnection#switchId()})
   * @param portId the port ({@link SwitchConnection#id()})
   * @param adminStatus {@link PortStatus#UP} or {@link PortStatus#DOWN}
   */
  public void set(long switchId, long portId, PortStatus adminStatus) {
    Require.id("switchId", switchId);
    Require.id("portId", portId);
    Require.present("adminStatus", adminStatus);
    if (adminStatus == PortStatus.UNKNOWN) {
      throw new InvalidInputException("adminStatus", adminStatus, "must be UP or DOWN");
    }
    api.setPort(switchId, portId, new Dci6Api.PortBody(OpenEnums.word(adminStatus)));
  }

  private List<SwitchConnection> setAll(long serverId, PortStatus adminStatus) {
    List<SwitchConnection> ports = api.server(Require.id("serverId", serverId)).networkSwitchConnections();
    // Check every connection before changing any, so a half-suspended server never results from a bad record.
    for (SwitchConnection port : ports) {
      if (port.switchId().isEmpty()) {
        throw new PanelResponseException(Dci6.NAME + " server " + serverId + ": switch connection "
            + port.id() + " names no switch, so its port cannot be set " + OpenEnums.word(adminStatus),
            PanelErrorDetails.noAnswer(new PanelCall("GET", "/dci/v3/server/" + serverId)), null);
      }
    }
    // Every port is sent its status even when it already has it: the call is harmless to repeat, and the server
    // just read may already be stale.
    for (SwitchConnection port : ports) {
      api.setPort(port.switchId().orElseThrow(), port.id(), new Dci6Api.PortBody(OpenEnums.word(adminStatus)));
    }
    return ports;
  }
}

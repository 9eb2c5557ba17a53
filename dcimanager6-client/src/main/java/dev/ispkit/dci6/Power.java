package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.Require;
import java.util.Map;

/**
 * Server power: {@code POST /dci/v3/server/{id}/power_on}, {@code power_off}, {@code power_reset} with {@code {}}
 * (seen), and the status from the server's {@code power_status}.
 *
 * <p>The panel's rules (docs): power on only when off or unknown, power off only when on, reset at any time. A
 * command the panel refuses fails with a {@link dev.ispkit.client.core.PanelException}; check {@link #status(long)}
 * first where the state is not known.
 *
 * <pre>{@code
 * if (!dci.power().status(serverId).equals(PowerStatus.ON)) {
 *   dci.power().on(serverId);
 * }
 * }</pre>
 */
public final class Power {
  private final Dci6Api api;

  Power(Dci6Api api) {
    this.api = api;
  }

  /**
   * Powers the server on.
   *
   * @param serverId the server
   */
  public void on(long serverId) {
    api.powerOn(Require.id("serverId", serverId), Map.of());
  }

  /**
   * Powers the server off.
   *
   * @param serverId the server
   */
  public void off(long serverId) {
    api.powerOff(Require.id("serverId", serverId), Map.of());
  }

  /**
   * Resets the server.
   *
   * @param serverId the server
   */
  public void reset(long serverId) {
    api.powerReset(Require.id("serverId", serverId), Map.of());
  }

  /**
   * The server's power status, read from the server.
   *
   * @param serverId the server
   * @return the status; {@link PowerStatus#UNKNOWN} when the panel's word is unknown or missing
   */
  public PowerStatus status(long serverId) {
    return api.server(Require.id("serverId", serverId)).powerStatus();
  }
}

package dev.ispkit.adapters.dci6;

import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.port.DedicatedServerPanel;

/**
 * The engine's dedicated-server panel port on a DCImanager 6 panel: what a host hands the provisioning engine for
 * each DCImanager it sells servers from.
 *
 * <pre>{@code
 * Dci6Client dci = Dci6Client.create(ClientConfig.builder()
 *     .baseUrl("https://dci.example.com")
 *     .credentials(Credentials.of("admin@example.com", password))
 *     .build());
 * DedicatedServerPanel panel = DedicatedServerPanels.of(dci, "dci-msk");
 * List<Server> inventory = panel.servers(3);          // the engine's inventory values, never the panel's JSON
 * }</pre>
 *
 * <p>Every call is the client's; every failure is a {@link dev.ispkit.engine.port.PanelFailure} whose message names
 * this panel and the call. The port does not close the client: the host that built it closes it.
 */
public final class DedicatedServerPanels {
  private DedicatedServerPanels() {}

  /**
   * The port on a DCImanager 6 client.
   *
   * @param client the client, shared with any other use the host makes of it
   * @param panelId the panel's name in the host (for example its URL or {@code dci-msk}): the key under which the
   *     engine claims this panel's servers, so it must stay the same across restarts and differ between panels
   * @return the port
   * @throws InvalidSettingException when the client is null or the panel id blank
   */
  public static DedicatedServerPanel of(Dci6Client client, String panelId) {
    return new Dci6Panel(InvalidSettingException.requirePresent("DCImanager 6 client", client),
        InvalidSettingException.requireText("panel id", panelId));
  }
}

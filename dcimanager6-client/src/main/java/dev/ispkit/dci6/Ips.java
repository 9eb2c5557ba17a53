package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.OpenEnums;
import dev.ispkit.client.core.transport.Require;
import java.util.List;

/**
 * A server's IP addresses: list them (from the server, seen), add some and remove them (inferred: {@code POST
 * /dci/v3/server/{id}/ip} and {@code DELETE /dci/v3/server/{id}/ip/{ip id}}, see {@code docs/panel-contract.md}).
 *
 * <pre>{@code
 * dci.ips().removeAll(serverId);                       // give back the parking address
 * List<Ip> public = dci.ips().add(serverId, IpRequest.builder().pool(publicPoolId).build());
 * }</pre>
 */
public final class Ips {
  private final Dci6Api api;

  Ips(Dci6Api api) {
    this.api = api;
  }

  /**
   * The server's addresses, its {@code ip} list.
   *
   * @param serverId the server
   * @return the addresses
   */
  public List<Ip> list(long serverId) {
    return api.server(Require.id("serverId", serverId)).ips();
  }

  /**
   * Gives the server addresses. Inferred path, body and answer ({@code {"list": [<ip>...]}}), see {@code
   * docs/panel-contract.md}.
   *
   * @param serverId the server
   * @param request which addresses
   * @return the addresses added
   */
  public List<Ip> add(long serverId, IpRequest request) {
    Require.id("serverId", serverId);
    Require.present("request", request);
    return api.addIps(serverId, new Dci6Api.IpBody(
        OpenEnums.word(request.family()), request.count(), request.pool().orElse(null), request.address().orElse(null))).list();
  }

  /**
   * Takes one address from the server. Inferred path, see {@code docs/panel-contract.md}.
   *
   * <p>A DELETE whose answer was lost after the panel may have acted (a reset, a read timeout, a 5xx) is repeated;
   * when the repeat is answered "not found" (404, codes 3080/1106), the first attempt removed the address and the call
   * returns normally, as it would have. So a normal return means the address is off the server, whichever attempt
   * took it; the call returns nothing, so it cannot say which (the panel's answer names no task to wait for either
   * way). A first attempt answered "not found" is a {@link dev.ispkit.client.core.PanelNotFoundException}: the address
   * was not on the server when asked.
   *
   * @param serverId the server
   * @param ipId the address's id ({@link Ip#id()})
   * @throws dev.ispkit.client.core.PanelNotFoundException when the first attempt finds no such address
   */
  public void remove(long serverId, long ipId) {
    api.removeIp(Require.id("serverId", serverId), Require.id("ipId", ipId));
  }

  /**
   * Takes every address from the server, one call per address, as the delete lifecycle does before diagnostics.
   * Inferred path, see {@code docs/panel-contract.md}. Each removal is {@link #remove(long, long)}: one whose answer
   * was lost and whose repeat finds the address gone counts as removed.
   *
   * @param serverId the server
   * @return the addresses removed, as read before
   */
  public List<Ip> removeAll(long serverId) {
    List<Ip> ips = list(serverId);
    for (Ip ip : ips) {
      api.removeIp(serverId, ip.id());
    }
    return ips;
  }
}

package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.Listing;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.OrderBy;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelListing;
import dev.ispkit.client.core.transport.Require;
import dev.ispkit.client.core.Where;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The servers of the panel: lists with filter, sort and paging, one server, free servers of a location, free
 * servers per configuration, and the owner. The list calls ({@code list}, {@code stream}, {@code first}) come from
 * {@link PanelListing}, over {@code GET /dci/v3/server?where=..&orderby=..&limit=offset,count}.
 *
 * <pre>{@code
 * List<Server> candidates = dci.servers().freeInLocation(locationId);
 * Server claimed = dci.servers().setOwner(candidates.get(0).id(), userId);
 * }</pre>
 */
public final class Servers extends Listing<Server> {
  private final Dci6Api api;

  Servers(Dci6Api api) {
    super(api::servers, Dci6.PAGE_SIZE);
    this.api = api;
  }

  /**
   * The servers of a location that have no owner, sorted by id: {@code where=(owner_email IS null) AND (location_id
   * EQ <id>)}, read in pages. The availability rule decides which of them can be given to a client (diagnostics,
   * last operation, errors, maintenance...), so nothing else is filtered here.
   *
   * @param locationId the location, the data center's external id
   * @return the servers
   */
  public List<Server> freeInLocation(long locationId) {
    return sortedById(Where.field("owner_email").isNull()
        .and(Where.field("location_id").eq(Require.id("locationId", locationId))));
  }

  /**
   * Every server of a location, owned or not, sorted by id, read in pages: the one inventory read a status sync or an
   * availability report needs.
   *
   * @param locationId the location
   * @return the servers
   */
  public List<Server> inLocation(long locationId) {
    return sortedById(Where.field("location_id").eq(Require.id("locationId", locationId)));
  }

  /**
   * One server, with its hardware: {@code GET /dci/v3/server/{id}}.
   *
   * @param serverId the server
   * @return the server
   * @throws dev.ispkit.client.core.PanelNotFoundException when the panel has no such server
   */
  public Server get(long serverId) {
    return api.server(Require.id("serverId", serverId));
  }

  /**
   * How many free servers each configuration has: {@code GET /dci/v3/server/configuration}.
   *
   * @return one count per configuration
   */
  public List<ConfigurationCount> configurations() {
    return api.configurations().list();
  }

  /**
   * Makes a user the server's owner, then reads the server back so the caller can verify the claim (another billing
   * may have claimed it first). Inferred: {@code POST /dci/v3/server/{id}/owner} {@code {"owner": <user id>}}, see
   * {@code docs/panel-contract.md}.
   *
   * <p>A panel refuses to give a server another user owns with 400, as it refuses any bad request (no 409 is seen),
   * so a 400 is followed by one read of the server: when another user owns it, the refusal becomes a {@link
   * PanelConflictException}, the signal to take the next candidate (see "Refusals" in {@code
   * docs/panel-contract.md}); otherwise the 400 is thrown as it came.
   *
   * @param serverId the server
   * @param userId the panel user, for example from {@link Users#findOrCreate(NewUser)}
   * @return the server as read after the change
   * @throws PanelConflictException when the panel refuses because the server has another owner
   */
  public Server setOwner(long serverId, long userId) {
    Require.id("serverId", serverId);
    Require.id("userId", userId);
    try {
      api.setOwner(serverId, new Dci6Api.OwnerBody(userId));
    } catch (PanelInvalidRequestException refused) {
      Optional<Owner> owner = api.server(serverId).owner().filter(o -> o.id() != userId);
      if (owner.isEmpty()) {
        throw refused;
      }
      throw new PanelConflictException(Dci6.NAME + " server " + serverId + " is owned by user "
          + owner.get().id() + ", not " + userId + ": " + refused.getMessage(),
          new PanelErrorDetails(refused.httpStatus().orElse(-1), refused.panelCode().orElse(null),
              refused.panelMessage().orElse(null), refused.call().orElse(null)), refused);
    }
    return api.server(serverId);
  }

  /**
   * Removes the server's owner, then reads the server back. Inferred: {@code DELETE /dci/v3/server/{id}/owner}, see
   * {@code docs/panel-contract.md}.
   *
   * <p>A DELETE whose answer was lost after the panel may have acted (a reset, a read timeout, a 5xx) is repeated;
   * a repeat answered "not found" (404, codes 3080/1106) is the success the first attempt was, and the server read
   * back shows it without an owner. What DCImanager answers a DELETE of an owner already removed is not documented:
   * a repeat refused in another way (a 400) fails with that refusal, and the caller reads the server ({@link
   * #get(long)}) to see whether the owner is gone.
   *
   * @param serverId the server
   * @return the server as read after the change: its {@link Server#owner()} is empty once the owner is removed
   */
  public Server removeOwner(long serverId) {
    api.removeOwner(Require.id("serverId", serverId));
    return api.server(serverId);
  }

  private List<Server> sortedById(Where where) {
    return stream(ListQuery.builder().where(where).addOrderBy(OrderBy.asc("id")).build())
        .collect(Collectors.toUnmodifiableList());
  }
}

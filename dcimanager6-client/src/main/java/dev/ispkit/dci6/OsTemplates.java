package dev.ispkit.dci6;

import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.Paging;
import dev.ispkit.client.core.Require;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The OS templates available in a location. Inferred: {@code GET /dci/v3/location/{id}/os_template}, see {@code
 * docs/panel-contract.md}.
 *
 * <pre>{@code
 * List<OsTemplate> templates = dci.osTemplates().list(locationId);
 * }</pre>
 */
public final class OsTemplates {
  private final Dci6Api api;

  OsTemplates(Dci6Api api) {
    this.api = api;
  }

  /**
   * Every OS template of a location, read in pages. Inferred path, see {@code docs/panel-contract.md}.
   *
   * @param locationId the location
   * @return the templates
   */
  public List<OsTemplate> list(long locationId) {
    Require.id("locationId", locationId);
    return Paging.stream(ListQuery.all(), Servers.PAGE_SIZE, q -> api.osTemplates(locationId, q.toQueryParameters()))
        .collect(Collectors.toUnmodifiableList());
  }
}

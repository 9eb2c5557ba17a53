package dev.ispkit.dci6;

import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.PanelList;
import dev.ispkit.client.core.Paging;
import dev.ispkit.client.core.Require;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The panel's locations (data centers). Inferred: {@code GET /dci/v3/location}, see {@code docs/panel-contract.md}.
 *
 * <pre>{@code
 * for (Location location : dci.locations().all()) {
 *   System.out.println(location.id() + " " + location.name().orElse(""));
 * }
 * }</pre>
 */
public final class Locations {
  private final Dci6Api api;

  Locations(Dci6Api api) {
    this.api = api;
  }

  /**
   * One page of locations. Inferred path, see {@code docs/panel-contract.md}.
   *
   * @param query the filter, sort and window
   * @return the page
   */
  public PanelList<Location> list(ListQuery query) {
    return api.locations(Require.present("query", query).toQueryParameters());
  }

  /**
   * Every location, read in pages. Inferred path, see {@code docs/panel-contract.md}.
   *
   * @return the locations
   */
  public List<Location> all() {
    return Paging.stream(ListQuery.all(), Servers.PAGE_SIZE, this::list).collect(Collectors.toUnmodifiableList());
  }
}

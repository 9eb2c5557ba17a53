package dev.ispkit.dci6;

import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.Paging;
import dev.ispkit.client.core.Require;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The recipes (post-installation scripts) available in a location. Inferred: {@code GET
 * /dci/v3/location/{id}/recipe}, see {@code docs/panel-contract.md}.
 *
 * <pre>{@code
 * List<Recipe> recipes = dci.recipes().list(locationId);
 * }</pre>
 */
public final class Recipes {
  private final Dci6Api api;

  Recipes(Dci6Api api) {
    this.api = api;
  }

  /**
   * Every recipe of a location, read in pages. Inferred path, see {@code docs/panel-contract.md}.
   *
   * @param locationId the location
   * @return the recipes
   */
  public List<Recipe> list(long locationId) {
    Require.id("locationId", locationId);
    return Paging.stream(ListQuery.all(), Servers.PAGE_SIZE, q -> api.recipes(locationId, q.toQueryParameters()))
        .collect(Collectors.toUnmodifiableList());
  }
}

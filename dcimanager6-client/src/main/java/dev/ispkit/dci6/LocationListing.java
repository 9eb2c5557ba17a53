package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.Listing;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.PanelList;
import dev.ispkit.client.core.PanelListing;
import dev.ispkit.client.core.transport.Require;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * What a location offers of one kind (OS templates, recipes), always read whole: one {@link PanelListing} per
 * location over {@code GET /dci/v3/location/{id}/<kind>}.
 *
 * @param <T> the element type
 */
abstract class LocationListing<T> {
  private final BiFunction<Long, Map<String, Object>, PanelList<T>> fetch;

  LocationListing(BiFunction<Long, Map<String, Object>, PanelList<T>> fetch) {
    this.fetch = fetch;
  }

  /**
   * Everything the location offers of this kind, read in pages. Inferred path, see {@code docs/panel-contract.md}.
   *
   * @param locationId the location
   * @return the elements, in the panel's order
   */
  public List<T> list(long locationId) {
    Require.id("locationId", locationId);
    return Listing.<T>of(query -> fetch.apply(locationId, query), Dci6.PAGE_SIZE)
        .stream(ListQuery.all())
        .collect(Collectors.toUnmodifiableList());
  }
}

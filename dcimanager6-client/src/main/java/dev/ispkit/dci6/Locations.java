package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.Listing;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.PanelListing;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The panel's locations (data centers). Inferred: {@code GET /dci/v3/location}, see {@code docs/panel-contract.md}.
 * The list calls ({@code list}, {@code stream}, {@code first}) come from {@link PanelListing}.
 *
 * <pre>{@code
 * for (Location location : dci.locations().all()) {
 *   System.out.println(location.id() + " " + location.name().orElse(""));
 * }
 * }</pre>
 */
public final class Locations extends Listing<Location> {
  Locations(Dci6Api api) {
    super(api::locations, Dci6.PAGE_SIZE);
  }

  /**
   * Every location, read in pages. Inferred path, see {@code docs/panel-contract.md}.
   *
   * @return the locations
   */
  public List<Location> all() {
    return stream(ListQuery.all()).collect(Collectors.toUnmodifiableList());
  }
}

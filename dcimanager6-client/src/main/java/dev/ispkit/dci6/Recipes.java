package dev.ispkit.dci6;

/**
 * The recipes (post-installation scripts) available in a location: {@code list(locationId)} reads them all.
 * Inferred: {@code GET /dci/v3/location/{id}/recipe}, see {@code docs/panel-contract.md}.
 *
 * <pre>{@code
 * List<Recipe> recipes = dci.recipes().list(locationId);
 * }</pre>
 */
public final class Recipes extends LocationListing<Recipe> {
  Recipes(Dci6Api api) {
    super(api::recipes);
  }
}

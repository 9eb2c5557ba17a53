package dev.ispkit.dci6;

/**
 * The OS templates available in a location: {@code list(locationId)} reads them all. Inferred: {@code GET
 * /dci/v3/location/{id}/os_template}, see {@code docs/panel-contract.md}.
 *
 * <pre>{@code
 * List<OsTemplate> templates = dci.osTemplates().list(locationId);
 * }</pre>
 */
public final class OsTemplates extends LocationListing<OsTemplate> {
  OsTemplates(Dci6Api api) {
    super(api::osTemplates);
  }
}

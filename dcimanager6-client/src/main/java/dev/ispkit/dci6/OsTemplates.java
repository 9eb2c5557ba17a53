package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.Require;
import java.util.Optional;

/**
 * The OS templates available in a location: {@code list(locationId)} reads them all. Inferred: {@code GET
 * /dci/v3/location/{id}/os_template}, see {@code docs/panel-contract.md}.
 *
 * <p>A template's {@link OsTemplate#osFamily()} tells Linux from Windows, which is what picks a processing module's
 * installation timeout ({@code installtimeout_linux} or {@code installtimeout_windows}).
 *
 * <pre>{@code
 * List<OsTemplate> templates = dci.osTemplates().list(locationId);
 * OsFamily family = dci.osTemplates().find(locationId, templateId).map(OsTemplate::osFamily)
 *     .orElse(OsFamily.UNKNOWN);
 * }</pre>
 */
public final class OsTemplates extends LocationListing<OsTemplate> {
  OsTemplates(Dci6Api api) {
    super(api::osTemplates);
  }

  /**
   * One template of a location, read from the location's whole list (the path is inferred, see {@code
   * docs/panel-contract.md}).
   *
   * @param locationId the location
   * @param templateId the template's id
   * @return the template, or empty when the location does not offer it
   */
  public Optional<OsTemplate> find(long locationId, long templateId) {
    Require.id("templateId", templateId);
    return list(locationId).stream().filter(template -> template.id() == templateId).findFirst();
  }
}

package dev.ispkit.adapters.license;

import dev.ispkit.engine.license.License;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Builds the engine's view of a license from the license client's: id, pricelist, name, IP, status, expiry and the
 * times of the last IP and key change.
 *
 * <p>Decisions where the server leaves a choice:
 * <ul>
 *   <li>Change times: the server writes local date-times without a zone; they are read in the zone the port was
 *       given (UTC unless the host says otherwise). One the server did not give, or gave unreadable, stays unknown
 *       (empty), and the pool never takes such a license for free.</li>
 *   <li>Expiry: a license without a readable expiry date reads as expired since ever ({@link LocalDate#MIN}), so the
 *       pool never takes it; the server gives every paid license one.</li>
 *   <li>Pricelist: {@code pricelist_id} of the read, else of the list row it came from; a license whose pricelist
 *       nobody says cannot be made (the caller decides: left out of the pool, or a failure).</li>
 * </ul>
 */
final class Licenses {
  private Licenses() {}

  /**
   * The engine's view of {@code license}.
   *
   * @param license the license as the client read it
   * @param rowPricelist the pricelist of the list row it came from, when the read lacks one
   * @param zone the server's time zone
   * @return the license
   * @throws dev.ispkit.engine.InvalidSettingException when neither the read nor the row gives a pricelist
   */
  static License toEngine(dev.ispkit.license.License license, OptionalLong rowPricelist, ZoneId zone) {
    OptionalLong pricelist = license.pricelist().isPresent() ? license.pricelist() : rowPricelist;
    return License.builder()
        .id(license.id())
        .pricelistId(pricelist.orElse(0))
        .name(license.name())
        .ip(license.ip())
        .status(LicenseWords.status(license.status()))
        .expiresOn(license.expireDate().orElse(LocalDate.MIN))
        .ipChangedAt(instant(license.ipChangedAt(), zone))
        .keyChangedAt(instant(license.keyChangedAt(), zone))
        .build();
  }

  private static java.time.Instant instant(Optional<LocalDateTime> time, ZoneId zone) {
    return time.map(local -> local.atZone(zone).toInstant()).orElse(null);
  }
}

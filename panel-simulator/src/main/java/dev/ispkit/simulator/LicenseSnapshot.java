package dev.ispkit.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A software license on the simulated license server as it is at the moment it was read: the license server's
 * columns in plain values, including the change times the free-license pool rule reads. {@link #toString()} never
 * shows the key.
 *
 * <pre>{@code
 * LicenseSnapshot license = sim.license(licenseId);
 * assertThat(license.status()).isEqualTo(LicenseSnapshot.ACTIVE);
 * assertThat(license.ip()).isEqualTo("192.0.2.20");
 * }</pre>
 *
 * @param id the license (service) id, {@code elid}
 * @param pricelistId the pricelist it was ordered from, e.g. 3541 (ISPmanager Lite)
 * @param pricelistName the pricelist's name
 * @param licenseName the license's own name ({@code licname}), e.g. {@code free.lic} in the pool
 * @param ip the IP address it is bound to
 * @param status BILLmanager's status code: {@link #ORDERED}, {@link #ACTIVE}, {@link #SUSPENDED}, {@link #DELETED}
 *     or {@link #PROCESSING}
 * @param period the period it was ordered or last prolonged for, in months
 * @param createDate when it was ordered
 * @param expireDate when it expires
 * @param key the license key, empty until the server issued one
 * @param remoteId the id the reseller gave it, or an empty string
 * @param ipChangedAt when its IP was last changed
 * @param keyChangedAt when its key was last changed
 */
public record LicenseSnapshot(long id, long pricelistId, String pricelistName, String licenseName, String ip,
    int status, int period, LocalDate createDate, LocalDate expireDate, Optional<String> key, String remoteId,
    Instant ipChangedAt, Instant keyChangedAt) {

  /** Ordered without paying (not in {@code skipbasket} mode). */
  public static final int ORDERED = License.ORDERED;
  /** Active. */
  public static final int ACTIVE = License.ACTIVE;
  /** Suspended, by the reseller or because it expired. */
  public static final int SUSPENDED = License.SUSPENDED;
  /** Deleted. */
  public static final int DELETED = License.DELETED;
  /** Paid, waiting for its key. */
  public static final int PROCESSING = License.PROCESSING;

  /** Every component but the key, which shows only whether there is one. */
  @Override
  public String toString() {
    return "LicenseSnapshot[id=" + id + ", pricelistId=" + pricelistId + ", pricelistName=" + pricelistName
        + ", licenseName=" + licenseName + ", ip=" + ip + ", status=" + status + ", period=" + period
        + ", createDate=" + createDate + ", expireDate=" + expireDate + ", key=" + (key.isPresent() ? "****" : "none")
        + ", remoteId=" + remoteId + ", ipChangedAt=" + ipChangedAt + ", keyChangedAt=" + keyChangedAt + "]";
  }

  static LicenseSnapshot of(License l) {
    return new LicenseSnapshot(l.id, l.pricelist.id(), l.pricelist.name(), l.licname, l.ip, l.status, l.period,
        l.createdate, l.expiredate, l.lickey == null || l.lickey.isEmpty() ? Optional.empty() : Optional.of(l.lickey),
        l.remoteid, l.ipChangedAt, l.keyChangedAt);
  }
}

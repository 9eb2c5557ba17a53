package dev.ispkit.engine.port;

import dev.ispkit.engine.license.License;
import dev.ispkit.engine.period.Period;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The BILLmanager license server calls the lifecycles make, in engine values. {@code provisioning-adapters}
 * implements it with the license client. Every method throws {@link PanelFailure} when the call fails.
 *
 * <pre>{@code
 * LicenseServer server = LicenseServers.of(licenseClient);   // provisioning-adapters
 * List<License> pool = server.poolCandidates(3541);
 * }</pre>
 */
public interface LicenseServer {

  /**
   * The licenses of a pricelist that may be free, each read in full (name, IP, status, expiry, when its IP and key
   * were last changed): what the free-license pool chooses from.
   *
   * @param pricelistId the pricelist
   * @return the licenses
   */
  List<License> poolCandidates(long pricelistId);

  /**
   * The license whose name carries a marker: how a resumed lifecycle finds the license it ordered or took.
   *
   * @param marker the marker (the service's)
   * @return the license, or empty when none carries it
   */
  Optional<License> findByName(String marker);

  /**
   * One license, read in full.
   *
   * @param licenseId the license
   * @return the license
   */
  License license(long licenseId);

  /**
   * Orders a license (paid from the account balance) and waits until its key is issued.
   *
   * @param pricelistId the pricelist
   * @param period the period to buy
   * @param ip the IP to bind it to
   * @param name its name (carries the service's marker)
   * @param timeout how long to wait for the key
   * @return the new license's id
   */
  long order(long pricelistId, Period period, String ip, String name, Duration timeout);

  /**
   * Binds a license to another IP under another name.
   *
   * @param licenseId the license
   * @param ip the new IP ({@code 0.0.0.0} to return it to the pool)
   * @param name the new name ({@code free.lic} to return it to the pool)
   */
  void rebind(long licenseId, String ip, String name);

  /**
   * Issues a new activation key.
   *
   * @param licenseId the license
   */
  void newKey(long licenseId);

  /**
   * Prolongs a license.
   *
   * @param licenseId the license
   * @param period by how long
   */
  void prolong(long licenseId, Period period);

  /**
   * Suspends a license.
   *
   * @param licenseId the license
   */
  void suspend(long licenseId);

  /**
   * Resumes a suspended license.
   *
   * @param licenseId the license
   */
  void resume(long licenseId);
}

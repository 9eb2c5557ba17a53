package dev.ispkit.engine.license;

import java.util.Set;

/**
 * The port through which the free-license pool claims a license for a service. A claim must be atomic across every
 * process that orders licenses from the same license server: of two concurrent claims of one license, exactly one
 * succeeds. {@link #inMemory()} is atomic within one JVM; {@code provisioning-jdbc} provides one for several nodes.
 *
 * <p>Claims are idempotent per service, so a lifecycle that resumes after a crash gets its own claim back:
 *
 * <pre>{@code
 * claims.claim(81234, "svc-1");   // true
 * claims.claim(81234, "svc-2");   // false: held by svc-1
 * claims.claim(81234, "svc-1");   // true again
 * claims.release(81234, "svc-1"); // back to the pool
 * }</pre>
 */
public interface LicenseClaims {

  /**
   * Claims a license for a service.
   *
   * @param licenseId the license
   * @param serviceId the service that takes it
   * @return {@code true} when the service holds the claim now (newly or already), {@code false} when another
   *     service holds it
   */
  boolean claim(long licenseId, String serviceId);

  /**
   * Releases a service's claim; does nothing when the service does not hold it.
   *
   * @param licenseId the license
   * @param serviceId the service that held it
   */
  void release(long licenseId, String serviceId);

  /**
   * The licenses a service holds claims on.
   *
   * @param serviceId the service
   * @return the license ids, empty when none
   */
  Set<Long> claimedBy(String serviceId);

  /** The in-memory claims: atomic within this JVM, lost when it stops. */
  static LicenseClaims inMemory() {
    return new InMemoryLicenseClaims();
  }
}

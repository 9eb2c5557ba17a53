package dev.ispkit.engine.license;

/**
 * A license's status as the free-license pool reasons about it: only {@link #ACTIVE} and {@link #SUSPENDED} licenses
 * can be reused.
 *
 * <p>The license server's own words for it (BILLmanager's numeric codes) stop at the adapters, which map the license
 * client's status to this one; a status they cannot map is {@link #UNKNOWN}, which is never reused.
 *
 * <pre>{@code
 * License license = License.builder().status(LicenseStatus.SUSPENDED)...build();
 * }</pre>
 */
public enum LicenseStatus {
  /** A status the adapter could not map: never reused. */
  UNKNOWN,
  /** Ordered, not activated yet (for example unpaid). */
  ORDERED,
  /** Active. */
  ACTIVE,
  /** Suspended (by the reseller, or because it ran out). */
  SUSPENDED,
  /** Deleted. */
  DELETED,
  /** Being activated or modified. */
  PROCESSING
}

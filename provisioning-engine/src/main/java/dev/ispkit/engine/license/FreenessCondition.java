package dev.ispkit.engine.license;

/**
 * The six conditions under which a license on the license server is free for reuse (seed 004,
 * api/billmanager-license.md section 9). {@link LicensePool#failedConditions} lists those a license fails.
 *
 * <p>Example: a license renamed for a service fails {@link #NAMED_FREE_LIC} and {@link #BOUND_TO_NO_IP}.
 */
public enum FreenessCondition {
  /** Status is active or suspended. */
  ACTIVE_OR_SUSPENDED,
  /** The name is {@code free.lic}. */
  NAMED_FREE_LIC,
  /** The IP is {@code 0.0.0.0}. */
  BOUND_TO_NO_IP,
  /** The expiration date is later than today. */
  NOT_EXPIRED,
  /** The IP was last changed more than a month ago (or never). */
  IP_CHANGED_OVER_A_MONTH_AGO,
  /** The key was last changed more than a month ago (or never). */
  KEY_CHANGED_OVER_A_MONTH_AGO
}

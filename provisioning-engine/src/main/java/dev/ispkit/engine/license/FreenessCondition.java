package dev.ispkit.engine.license;

/**
 * The conditions under which a license on the license server is free for reuse (seed 004,
 * api/billmanager-license.md section 9): the seed's six, plus two that say the change times were known at all.
 * {@link LicensePool#failedConditions} lists those a license fails.
 *
 * <p>Example: a license renamed for a service fails {@link #NAMED_FREE_LIC} and {@link #BOUND_TO_NO_IP}; one whose
 * IP change time the license server did not give fails {@link #IP_CHANGE_TIME_KNOWN} and, since it cannot be shown,
 * {@link #IP_CHANGED_OVER_A_MONTH_AGO}.
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
  /**
   * The time of the last IP change is known. An unknown one is never taken for "long ago": the license server may
   * refuse a second IP change within a month, and a reuse that fails half-way costs the new service its license.
   */
  IP_CHANGE_TIME_KNOWN,
  /** The IP was last changed more than a month ago (not shown when the time is unknown). */
  IP_CHANGED_OVER_A_MONTH_AGO,
  /** The time of the last key change is known (see {@link #IP_CHANGE_TIME_KNOWN}). */
  KEY_CHANGE_TIME_KNOWN,
  /** The key was last changed more than a month ago (not shown when the time is unknown). */
  KEY_CHANGED_OVER_A_MONTH_AGO
}

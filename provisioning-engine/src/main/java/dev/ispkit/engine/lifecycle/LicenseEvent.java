package dev.ispkit.engine.lifecycle;

import java.util.Locale;

/**
 * What became of a control-panel license in a lifecycle, as a {@link LifecycleListener} hears it: taken from the
 * free-license pool (claimed, then reused or given back), ordered new, or returned to the pool by a delete.
 */
public enum LicenseEvent {
  /** A free license of the pricelist was claimed from the pool for the service. */
  CLAIMED,
  /** A claimed license was renamed, bound to the service's IP, given a new key (and resumed, prolonged): reused. */
  REUSED,
  /** Reusing a claimed license failed; it went back to the pool and the step failed. */
  REUSE_FAILED,
  /** No free license could be claimed: a new one was ordered. */
  ORDERED,
  /** A deleted service's license went back to the pool ({@code free.lic}, {@code 0.0.0.0}, suspended). */
  RETURNED;

  /** The event as a metric tag: lower case with hyphens, {@code reuse-failed}. */
  public String tagValue() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

package dev.ispkit.engine.lifecycle;

import java.util.Locale;

/**
 * Why one processing module gave an order no server, as a closed set a host can count and alert on; the {@link
 * NoCapacityReport.ModuleReason#reason()} beside it says the same in words, with the figures.
 */
public enum NoCapacityCause {
  /** The module's inventory has no available server at all (owned, in maintenance, diagnostics not done...). */
  NO_AVAILABLE_SERVER,
  /** Servers are available, but none has the ordered configuration (or one near enough, when that is allowed). */
  NO_MATCHING_CONFIGURATION,
  /** Matching servers were found, and every one was held by another service or had changed when read again. */
  CANDIDATES_TAKEN,
  /** The module cannot sell this kind of service (a DCImanager module on a VPS tariff). */
  WRONG_MODULE_KIND;

  /** The cause as a metric tag: lower case with hyphens, {@code no-available-server}. */
  public String tagValue() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

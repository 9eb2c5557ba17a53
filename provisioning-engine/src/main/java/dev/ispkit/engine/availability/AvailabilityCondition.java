package dev.ispkit.engine.availability;

/**
 * One condition a server must meet to be available (seed 000, BILLmanager's "forming the list of available
 * servers"), and the conditions ispkit adds where the panel's answer leaves the seed's condition undecidable.
 * Declared in the order the filter checks them and the report lists them at equal counts.
 *
 * <p>For example, a server that has an owner and is in maintenance fails {@link #OWNED} and {@link #MAINTENANCE}.
 */
public enum AvailabilityCondition {
  /** The server has an owner. */
  OWNED("owned"),
  /** Diagnostics have not run, are running, or failed. */
  DIAGNOSTICS_NOT_COMPLETED("diagnostics not completed"),
  /** Diagnostics did not define a configuration (the panel's configuration label is empty). */
  CONFIGURATION_UNDEFINED("configuration undefined"),
  /** The last operation on the server is neither ok nor canceled (new, running, failed or unknown). */
  LAST_OPERATION_NOT_OK("last operation not ok"),
  /** The server is in maintenance mode. */
  MAINTENANCE("maintenance"),
  /** The panel did not say whether the server is in maintenance mode: it may be, so it is not given out. */
  MAINTENANCE_UNKNOWN("maintenance unknown"),
  /** The server's exploitation status is not "in operation". */
  NOT_IN_OPERATION("not in operation"),
  /** Another server of the inventory has the same MAC address. */
  MAC_SHARED("MAC shared"),
  /** The panel's MAC text is not a MAC address, so nobody can tell whether another server shares it. */
  MAC_UNREADABLE("MAC unreadable"),
  /**
   * The server has a diagnostic error, status errors or a state info (see {@code Server#hasErrors()}). Not checked
   * when the processing module ignores errors (at the provider's own risk).
   */
  ERRORS("errors"),
  /** The server is in another location than the processing module's data center. */
  OTHER_LOCATION("other location"),
  /** The panel did not say which location the server is in. */
  LOCATION_UNKNOWN("location unknown");

  private final String description;

  AvailabilityCondition(String description) {
    this.description = description;
  }

  /** A short lower-case phrase for reports, for example {@code "owned"}. */
  public String description() {
    return description;
  }

  int bit() {
    return 1 << ordinal();
  }
}

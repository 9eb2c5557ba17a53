package dev.ispkit.engine.availability;

/**
 * One condition a server must meet to be available (seed 000, BILLmanager's "forming the list of available
 * servers"). Declared in the order the filter checks them and the report lists them at equal counts.
 *
 * <p>For example, a server that has an owner and is in maintenance fails {@link #OWNED} and {@link #MAINTENANCE}.
 */
public enum AvailabilityCondition {
  /** The server has an owner. */
  OWNED("owned"),
  /** Diagnostics have not run or have not finished. */
  DIAGNOSTICS_NOT_COMPLETED("diagnostics not completed"),
  /** Diagnostics did not define a configuration (the panel's configuration label is empty). */
  CONFIGURATION_UNDEFINED("configuration undefined"),
  /** The last operation on the server is neither ok nor canceled (failed, running or unknown). */
  LAST_OPERATION_NOT_OK("last operation not ok"),
  /** The server is in maintenance mode. */
  MAINTENANCE("maintenance"),
  /** The server's exploitation status is not "in operation". */
  NOT_IN_OPERATION("not in operation"),
  /** Another server of the inventory has the same MAC address. */
  MAC_SHARED("MAC shared"),
  /**
   * The server has a diagnostic error or a status error. Not checked when the processing module ignores errors (at
   * the provider's own risk).
   */
  ERRORS("errors"),
  /** The server is in another location than the processing module's data center. */
  OTHER_LOCATION("other location");

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

package dev.ispkit.license;

/**
 * The license server's word for a license's status: BILLmanager's numeric {@code status} code, read into an open
 * enumeration. The provisioning engine has a status of its own; the adapters map this one to it.
 *
 * <p>A code this version does not know, or none, reads as {@link #UNKNOWN}; the license keeps the code as sent
 * ({@link License#rawStatus()}).
 *
 * <pre>{@code
 * if (license.status() == LicenseStatus.PROCESSING) { ... }          // "5": the key is not made yet
 * LicenseStatus.of("2");                                              // ACTIVE
 * LicenseStatus.of("9");                                              // UNKNOWN, the license still says "9"
 * }</pre>
 */
public enum LicenseStatus {
  /** {@code 1}: ordered, not yet activated (for example unpaid, in the cart). */
  ORDERED("1"),
  /** {@code 2}: active. */
  ACTIVE("2"),
  /** {@code 3}: suspended (by the reseller, or because it ran out and was not prolonged). */
  SUSPENDED("3"),
  /** {@code 4}: deleted. */
  DELETED("4"),
  /** {@code 5}: being activated or changed; a new license has no key yet in this state. */
  PROCESSING("5"),
  /** A code this version does not know ({@code 0} included: "unknown" on the server too), or none. */
  UNKNOWN(null);

  private final String word;

  LicenseStatus(String word) {
    this.word = word;
  }

  /**
   * The status for the server's word.
   *
   * @param raw the code as BILLmanager writes it, for example {@code "2"}; surrounding white space is ignored
   * @return the status; {@link #UNKNOWN} for a code not listed here, a blank one or none
   */
  public static LicenseStatus of(String raw) {
    if (raw == null) {
      return UNKNOWN;
    }
    String code = raw.strip();
    for (LicenseStatus status : values()) {
      if (code.equals(status.word)) {
        return status;
      }
    }
    return UNKNOWN;
  }
}

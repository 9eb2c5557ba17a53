package dev.ispkit.license;

/**
 * The status of a license on the license server, from BILLmanager's numeric code.
 *
 * <p>A code this client does not know reads as {@link #UNKNOWN}; {@link License#statusCode()} keeps the raw value.
 *
 * <pre>{@code
 * if (license.status() == LicenseStatus.ACTIVE || license.status() == LicenseStatus.SUSPENDED) { ... }
 * }</pre>
 */
public enum LicenseStatus {
  /** A code this client does not know, or none. */
  UNKNOWN(0),
  /** 1: ordered, not yet activated (for example unpaid, in the cart). */
  ORDERED(1),
  /** 2: active. */
  ACTIVE(2),
  /** 3: suspended (by the reseller, or because it ran out and was not prolonged). */
  SUSPENDED(3),
  /** 4: deleted. */
  DELETED(4),
  /** 5: being activated or changed; a new license has no key yet in this state. */
  PROCESSING(5);

  private final int code;

  LicenseStatus(int code) {
    this.code = code;
  }

  /** BILLmanager's code; 0 for {@link #UNKNOWN}. */
  public int code() {
    return code;
  }

  /**
   * The status for a code as BILLmanager writes it.
   *
   * @param code for example {@code "2"}; may be null or anything else
   * @return the status, {@link #UNKNOWN} for a code not listed here
   */
  public static LicenseStatus fromCode(String code) {
    if (code == null) {
      return UNKNOWN;
    }
    String trimmed = code.strip();
    for (LicenseStatus status : values()) {
      if (status != UNKNOWN && String.valueOf(status.code).equals(trimmed)) {
        return status;
      }
    }
    return UNKNOWN;
  }
}

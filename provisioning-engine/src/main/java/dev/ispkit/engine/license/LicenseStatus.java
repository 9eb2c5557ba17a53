package dev.ispkit.engine.license;

/**
 * A license's status on the license server, with its numeric code.
 *
 * <p>An adapter maps the code with {@link #fromCode(int)}: {@code LicenseStatus.fromCode(2)} is {@link #ACTIVE}.
 */
public enum LicenseStatus {
  /** Code 0, or a code the engine does not know. */
  UNKNOWN(0),
  /** Code 1: ordered, not activated yet. */
  ORDERED(1),
  /** Code 2: active. */
  ACTIVE(2),
  /** Code 3: suspended. */
  SUSPENDED(3),
  /** Code 4: deleted. */
  DELETED(4),
  /** Code 5: being activated or modified. */
  PROCESSING(5);

  private final int code;

  LicenseStatus(int code) {
    this.code = code;
  }

  /** The license server's code. */
  public int code() {
    return code;
  }

  /**
   * The status for a code; unknown codes are {@link #UNKNOWN}, so a new server-side status cannot break a read.
   *
   * @param code the license server's status code
   * @return the status
   */
  public static LicenseStatus fromCode(int code) {
    for (LicenseStatus status : values()) {
      if (status.code == code) {
        return status;
      }
    }
    return UNKNOWN;
  }
}

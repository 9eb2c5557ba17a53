package dev.ispkit.adapters.license;

import dev.ispkit.engine.license.LicenseStatus;

/**
 * The one table of what the license server says about a license and what it means to the engine. The client reads
 * BILLmanager's numeric status code into its own enum (a code it does not know is its {@code UNKNOWN}, the code kept
 * beside); this table maps that to the engine's {@link LicenseStatus}, in an exhaustive {@code switch}, so a code the
 * client learns does not compile until it has a row here. An unknown status is never reused by the pool.
 */
final class LicenseWords {
  private LicenseWords() {}

  /**
   * A license's status ({@code status}, billmanager-license.md §8): {@code 1} ordered, {@code 2} active, {@code 3}
   * suspended, {@code 4} deleted, {@code 5} processing; {@code 0} ("unknown" on the server too), any other code, or
   * none, unknown.
   */
  static LicenseStatus status(dev.ispkit.license.LicenseStatus status) {
    return switch (status) {
      case ORDERED -> LicenseStatus.ORDERED;
      case ACTIVE -> LicenseStatus.ACTIVE;
      case SUSPENDED -> LicenseStatus.SUSPENDED;
      case DELETED -> LicenseStatus.DELETED;
      case PROCESSING -> LicenseStatus.PROCESSING;
      case UNKNOWN -> LicenseStatus.UNKNOWN;
    };
  }
}

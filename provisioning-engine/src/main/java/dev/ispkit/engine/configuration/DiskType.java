package dev.ispkit.engine.configuration;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of a disk, as configuration labels write it ({@code 1920SSD}, {@code 2x1024NVMe}).
 *
 * <p>Example: {@code DiskType.fromLabel("nvme")} is {@code Optional.of(NVME)}.
 */
public enum DiskType {
  /** A spinning hard disk. */
  HDD("HDD"),
  /** A SATA or SAS solid-state disk. */
  SSD("SSD"),
  /** An NVMe solid-state disk. */
  NVME("NVMe");

  private final String label;

  DiskType(String label) {
    this.label = label;
  }

  /** The type as labels write it: {@code HDD}, {@code SSD}, {@code NVMe}. */
  public String label() {
    return label;
  }

  /**
   * The type a label suffix names, in any case.
   *
   * @param text {@code HDD}, {@code SSD} or {@code NVMe} in any case
   * @return the type, empty for anything else
   */
  public static Optional<DiskType> fromLabel(String text) {
    if (text == null) {
      return Optional.empty();
    }
    switch (text.toUpperCase(Locale.ROOT)) {
      case "HDD":
        return Optional.of(HDD);
      case "SSD":
        return Optional.of(SSD);
      case "NVME":
        return Optional.of(NVME);
      default:
        return Optional.empty();
    }
  }
}

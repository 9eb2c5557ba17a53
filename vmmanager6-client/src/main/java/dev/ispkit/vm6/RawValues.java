package dev.ispkit.vm6;

import java.util.Locale;

/** Reads the panel's lower-case words into enums whose constants are the same words in upper case. */
final class RawValues {
  private RawValues() {}

  static <E extends Enum<E>> E parse(Class<E> type, String raw, E unknown) {
    if (raw == null || raw.isBlank()) {
      return unknown;
    }
    String name = raw.strip().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      // UNKNOWN is never a panel word: a panel answering "unknown" still reads as UNKNOWN, by this fallback.
      if (constant != unknown && constant.name().equals(name)) {
        return constant;
      }
    }
    return unknown;
  }
}

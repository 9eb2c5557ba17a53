package dev.ispkit.client.core.transport;

import java.util.Locale;

/**
 * How every client reads a panel's enumeration words: into a Java enum whose constants are the words in upper case,
 * with an {@code UNKNOWN} constant for a word this version does not know or a missing one. The typed accessor returns
 * the constant itself, never an {@code Optional}; the word stays on the object that carried it, as a {@code
 * raw...()} accessor next to the typed one (empty when the panel sent none), so nothing the panel said is lost and
 * the enum still works in a {@code switch}, an {@code EnumSet} and with {@code ==}.
 *
 * <p>For client modules; one reader keeps the rule the same in the DCImanager and VMmanager clients.
 *
 * <pre>{@code
 * public enum PowerStatus {
 *   ON, OFF, UNKNOWN;
 *
 *   public static PowerStatus of(String raw) {
 *     return OpenEnums.parse(PowerStatus.class, raw, UNKNOWN);   // "on", "ON", " on " -> ON; "sleeping" -> UNKNOWN
 *   }
 * }
 *
 * // on the value that carries it:
 * public abstract Optional<String> rawPowerStatus();              // "sleeping", as sent
 * public PowerStatus powerStatus() {                              // UNKNOWN when unknown or missing
 *   return PowerStatus.of(rawPowerStatus().orElse(null));
 * }
 * }</pre>
 */
public final class OpenEnums {
  private OpenEnums() {}

  /**
   * The constant for a panel word: the one whose name is the word in upper case (so case and surrounding white space
   * do not matter), else {@code unknown}. The {@code unknown} constant is never matched by name, so a panel that
   * answers the word {@code unknown} reads as {@code unknown} too.
   *
   * @param type the enum
   * @param raw the panel's word; null or blank reads as {@code unknown}
   * @param unknown the constant for a word this version does not know
   * @param <E> the enum
   * @return the constant
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String raw, E unknown) {
    if (raw == null || raw.isBlank()) {
      return unknown;
    }
    String name = raw.strip().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant != unknown && constant.name().equals(name)) {
        return constant;
      }
    }
    return unknown;
  }

  /**
   * The panel's word for a constant, what a request sends: its name in lower case.
   *
   * @param constant the constant, not the {@code UNKNOWN} one (it has no word)
   * @return the word, for example {@code ipv4} for {@code IPV4}
   */
  public static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}

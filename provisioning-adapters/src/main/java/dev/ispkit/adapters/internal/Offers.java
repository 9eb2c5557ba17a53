package dev.ispkit.adapters.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * How the adapters pick one of a panel's offers (an OS template, a recipe) by the name an order gives, and how they
 * say what was offered when nothing matched. Internal: see the package description.
 *
 * <pre>{@code
 * OsTemplate template = Offers.lowestId(templates, t -> t.name().equals(wanted), OsTemplate::id)
 *     .orElseThrow(() -> calls.failure(NOT_FOUND, call, "no OS template named '" + wanted + "'"
 *         + Offers.describe(names)));
 * }</pre>
 */
public final class Offers {
  /** How many names a message lists, so that a panel with hundreds of templates gives a readable message. */
  static final int NAMES_SHOWN = 20;

  private Offers() {}

  /**
   * The offer a name picks: of those that match, the one with the lowest id, so that two offers of one name (two
   * repositories' "Debian 12") never make the choice change between two calls.
   *
   * @param offered what the panel offers
   * @param matches whether an offer has the wanted name
   * @param id an offer's id
   * @param <T> the offer's type
   * @return the offer, or empty when none matches
   */
  public static <T> Optional<T> lowestId(List<T> offered, Predicate<? super T> matches, ToLongFunction<? super T> id) {
    return offered.stream().filter(matches).min(Comparator.comparingLong(id));
  }

  /**
   * The end of a "not found" message: {@code  (it offers 'Debian 12', 'Ubuntu 22.04')}, at most 20 names.
   *
   * @param names the names offered
   * @return the text, starting with a space
   */
  public static String describe(List<String> names) {
    if (names.isEmpty()) {
      return " (it offers none)";
    }
    List<String> shown = names.size() > NAMES_SHOWN ? names.subList(0, NAMES_SHOWN) : names;
    return " (it offers '" + String.join("', '", shown) + "'" + (names.size() > NAMES_SHOWN ? ", ..." : "") + ")";
  }
}

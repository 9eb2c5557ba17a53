package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * The family of an OS template, {@code linux} or {@code windows} (inferred, see {@code docs/panel-contract.md}): it
 * decides which installation timeout of a processing module applies.
 *
 * <pre>{@code
 * Duration timeout = template.osFamily().equals(OsFamily.WINDOWS) ? windowsTimeout : linuxTimeout;
 * }</pre>
 *
 * <p>A value ispkit does not know is kept as sent (see {@link OpenEnum}).
 */
public final class OsFamily extends OpenEnum {
  /** Linux and other Unix-like systems. */
  public static final OsFamily LINUX = new OsFamily("linux", true);
  /** Windows. */
  public static final OsFamily WINDOWS = new OsFamily("windows", true);

  private static final Map<String, OsFamily> KNOWN = index(LINUX, WINDOWS);

  private OsFamily(String raw, boolean known) {
    super(raw, known);
  }

  /**
   * The value for a raw text: the known constant (ignoring case) or a new unknown value.
   *
   * @param raw the text as the panel writes it
   * @return the value
   * @throws dev.ispkit.client.core.InvalidInputException when the text is null or blank
   */
  public static OsFamily of(String raw) {
    return of("os_family", raw, KNOWN, unknown -> new OsFamily(unknown, false));
  }

  /** What the JSON reader calls: an empty text reads as no value rather than an error. */
  @JsonCreator
  static OsFamily fromPanel(String raw) {
    return raw == null || raw.isBlank() ? null : of(raw);
  }
}

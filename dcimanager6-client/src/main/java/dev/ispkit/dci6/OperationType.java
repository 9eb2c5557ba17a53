package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * What a DCImanager 6 operation does, its {@code type} (inferred, see {@code docs/panel-contract.md}).
 *
 * <pre>{@code
 * boolean installing = operation.type().map(OperationType.INSTALL::equals).orElse(false);
 * }</pre>
 *
 * <p>A value ispkit does not know is kept as sent (see {@link OpenEnum}).
 */
public final class OperationType extends OpenEnum {
  /** Diagnostics. */
  public static final OperationType DIAG = new OperationType("diag", true);
  /** OS installation. */
  public static final OperationType INSTALL = new OperationType("install", true);

  private static final Map<String, OperationType> KNOWN = index(DIAG, INSTALL);

  private OperationType(String raw, boolean known) {
    super(raw, known);
  }

  /**
   * The value for a raw text: the known constant (ignoring case) or a new unknown value.
   *
   * @param raw the text as the panel writes it
   * @return the value
   * @throws dev.ispkit.client.core.InvalidInputException when the text is null or blank
   */
  public static OperationType of(String raw) {
    return of("type", raw, KNOWN, unknown -> new OperationType(unknown, false));
  }

  /** What the JSON reader calls: an empty text reads as no value rather than an error. */
  @JsonCreator
  static OperationType fromPanel(String raw) {
    return raw == null || raw.isBlank() ? null : of(raw);
  }
}

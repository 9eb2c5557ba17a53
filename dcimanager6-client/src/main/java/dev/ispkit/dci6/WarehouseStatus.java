package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * Where a server physically is, its {@code warehouse_status}.
 *
 * <pre>{@code
 * boolean racked = server.warehouseStatus().map(WarehouseStatus.IN_RACK::equals).orElse(false);
 * }</pre>
 *
 * <p>A value ispkit does not know is kept as sent (see {@link OpenEnum}).
 */
public final class WarehouseStatus extends OpenEnum {
  /** Mounted in a rack (seen in a production answer). */
  public static final WarehouseStatus IN_RACK = new WarehouseStatus("in_rack", true);

  private static final Map<String, WarehouseStatus> KNOWN = index(IN_RACK);

  private WarehouseStatus(String raw, boolean known) {
    super(raw, known);
  }

  /**
   * The value for a raw text: the known constant (ignoring case) or a new unknown value.
   *
   * @param raw the text as the panel writes it
   * @return the value
   * @throws dev.ispkit.client.core.InvalidInputException when the text is null or blank
   */
  public static WarehouseStatus of(String raw) {
    return of("warehouse_status", raw, KNOWN, unknown -> new WarehouseStatus(unknown, false));
  }

  /** What the JSON reader calls: an empty text reads as no value rather than an error. */
  @JsonCreator
  static WarehouseStatus fromPanel(String raw) {
    return raw == null || raw.isBlank() ? null : of(raw);
  }
}

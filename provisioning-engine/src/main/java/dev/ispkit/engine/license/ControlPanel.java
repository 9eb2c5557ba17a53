package dev.ispkit.engine.license;

import dev.ispkit.engine.InvalidSettingException;
import java.util.OptionalLong;

/**
 * One value of the "Control panel license" resource: its internal name is the license server's pricelist id
 * ({@code 3541} for ISPmanager Lite), or {@code nopanel} for no license.
 *
 * <p>Example: {@code ControlPanel.of(3541, "ISPmanager Lite")}, {@code ControlPanel.NONE}.
 *
 * @param internalName the pricelist id as decimal digits, or {@code nopanel}
 * @param title the panel's name for people
 */
public record ControlPanel(String internalName, String title) {
  /** The internal name meaning "no license". */
  public static final String NO_PANEL = "nopanel";
  /** No control panel, no license. */
  public static final ControlPanel NONE = new ControlPanel(NO_PANEL, "No control panel");

  /** Validates the internal name: {@code nopanel} or a pricelist id (decimal digits, not starting with 0). */
  public ControlPanel {
    InvalidSettingException.requireText("control panel internal name", internalName);
    InvalidSettingException.requireText("control panel title", title);
    if (!internalName.equals(NO_PANEL) && !internalName.matches("[1-9][0-9]{0,17}")) {
      throw new InvalidSettingException("control panel internal name", internalName,
          "must be a license pricelist id (digits) or nopanel");
    }
  }

  /**
   * A panel sold as licenses of one pricelist.
   *
   * @param pricelistId the license server's pricelist id
   * @param title the panel's name
   * @return the panel
   */
  public static ControlPanel of(long pricelistId, String title) {
    InvalidSettingException.requireRange("pricelist id", pricelistId, 1, Long.MAX_VALUE, "");
    return new ControlPanel(Long.toString(pricelistId), title);
  }

  /** Whether this is {@code nopanel}. */
  public boolean isNone() {
    return internalName.equals(NO_PANEL);
  }

  /** The pricelist id to order or reuse; empty for {@code nopanel}. */
  public OptionalLong pricelistId() {
    return isNone() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(internalName));
  }
}

package dev.ispkit.engine.license;

import dev.ispkit.engine.InvalidSettingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of the "Control panel license" enumeration. {@link #defaults()} is the seed's catalogue; a provider
 * extends it with the pricelists it sells.
 *
 * <pre>{@code
 * ControlPanelCatalogue panels = ControlPanelCatalogue.defaults()
 *     .with(ControlPanel.of(55227, "ispmanager 6 Lite"));
 * ControlPanel panel = panels.require(service.resource("control_panel"));   // "3541" -> ISPmanager Lite
 * }</pre>
 */
public final class ControlPanelCatalogue {
  private final Map<String, ControlPanel> panels;

  private ControlPanelCatalogue(Map<String, ControlPanel> panels) {
    this.panels = panels;
  }

  /**
   * The seed's catalogue: nopanel; ISPmanager Lite 3541, Business 4601; BILLmanager 6 Startup 55331, Advanced
   * 55333, Corporate 55335; VMmanager KVM 3045, OVZ 3651, Cloud 3887.
   */
  public static ControlPanelCatalogue defaults() {
    return of(List.of(
        ControlPanel.NONE,
        ControlPanel.of(3541, "ISPmanager Lite"),
        ControlPanel.of(4601, "ISPmanager Business"),
        ControlPanel.of(55331, "BILLmanager 6 Startup"),
        ControlPanel.of(55333, "BILLmanager 6 Advanced"),
        ControlPanel.of(55335, "BILLmanager 6 Corporate"),
        ControlPanel.of(3045, "VMmanager KVM"),
        ControlPanel.of(3651, "VMmanager OVZ"),
        ControlPanel.of(3887, "VMmanager Cloud")));
  }

  /**
   * A catalogue of exactly these panels.
   *
   * @param panels the panels; internal names must be unique
   * @return the catalogue
   * @throws InvalidSettingException naming {@code control panel internal name} on a duplicate
   */
  public static ControlPanelCatalogue of(Collection<ControlPanel> panels) {
    InvalidSettingException.requireNoNulls("control panels", panels);
    Map<String, ControlPanel> byName = new LinkedHashMap<>();
    for (ControlPanel panel : panels) {
      add(byName, panel);
    }
    return new ControlPanelCatalogue(byName);
  }

  /**
   * This catalogue with more panels.
   *
   * @param more the panels to add; their internal names must be new
   * @return a new catalogue
   * @throws InvalidSettingException naming {@code control panel internal name} when one is already there
   */
  public ControlPanelCatalogue with(ControlPanel... more) {
    Map<String, ControlPanel> byName = new LinkedHashMap<>(panels);
    for (ControlPanel panel : more) {
      add(byName, InvalidSettingException.requirePresent("control panel", panel));
    }
    return new ControlPanelCatalogue(byName);
  }

  /** The panel with this internal name. */
  public Optional<ControlPanel> find(String internalName) {
    return Optional.ofNullable(internalName == null ? null : panels.get(internalName.trim()));
  }

  /**
   * The panel with this internal name.
   *
   * @throws InvalidSettingException naming {@code control panel} when the catalogue does not have it
   */
  public ControlPanel require(String internalName) {
    return find(internalName).orElseThrow(() -> new InvalidSettingException("control panel", internalName,
        "is not in the catalogue (known: " + String.join(", ", panels.keySet()) + ")"));
  }

  /** The panels in the order they were added. */
  public List<ControlPanel> panels() {
    return List.copyOf(new ArrayList<>(panels.values()));
  }

  private static void add(Map<String, ControlPanel> byName, ControlPanel panel) {
    ControlPanel earlier = byName.putIfAbsent(panel.internalName(), panel);
    if (earlier != null) {
      throw new InvalidSettingException("control panel internal name", panel.internalName(),
          "is already in the catalogue as " + earlier.title());
    }
  }
}

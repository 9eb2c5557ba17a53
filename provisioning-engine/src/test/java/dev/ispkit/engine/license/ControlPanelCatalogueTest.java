package dev.ispkit.engine.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlPanelCatalogueTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "3541, ISPmanager Lite", "4601, ISPmanager Business",
      "55331, BILLmanager 6 Startup", "55333, BILLmanager 6 Advanced", "55335, BILLmanager 6 Corporate",
      "3045, VMmanager KVM", "3651, VMmanager OVZ", "3887, VMmanager Cloud"})
  void internalNameIsTheLicenseServersPricelistId(String internalName, String title) {
    ControlPanel panel = ControlPanelCatalogue.defaults().require(internalName);

    assertThat(panel.title()).isEqualTo(title);
    assertThat(panel.pricelistId()).isEqualTo(OptionalLong.of(Long.parseLong(internalName)));
  }

  @Test
  void nopanelMeansNoLicense() {
    ControlPanel none = ControlPanelCatalogue.defaults().require("nopanel");

    assertThat(none.isNone()).isTrue();
    assertThat(none.pricelistId()).isEmpty();
  }

  @Test
  void usersExtendTheDefaultCatalogue() {
    ControlPanelCatalogue extended = ControlPanelCatalogue.defaults().with(ControlPanel.of(55227, "ispmanager 6 Lite"));

    assertThat(extended.find("55227")).contains(new ControlPanel("55227", "ispmanager 6 Lite"));
    assertThat(extended.panels()).hasSize(10);
    assertThat(ControlPanelCatalogue.defaults().find("55227")).isEmpty();
  }
}

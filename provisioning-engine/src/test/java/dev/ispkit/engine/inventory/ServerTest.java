package dev.ispkit.engine.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.TestServers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerTest {
  private static final String LABEL = "i9-9900K-64Gb-2x1024NVMe";

  @Test
  void keepsWhatTheAdapterGaveAndCopiesItWhole() {
    Server server = TestServers.available(3241, LABEL)
        .ownerId(930)
        .mac("AA-BB-CC-DD-EE-0F")
        .mainIpv4(" 94.198.51.220 ")
        .lastOperation(LastOperationStatus.RUNNING)
        .runningOperationId(77)
        .stateInfo("BMC is not responding")
        .power(PowerStatus.ON)
        .switchConnections(List.of(new SwitchConnection(900, 35, "GigabitEthernet0/14", false, true)))
        .build();

    assertThat(server.owned()).isTrue();
    assertThat(server.ownerId()).hasValue(930);
    assertThat(server.mac()).contains("aa:bb:cc:dd:ee:0f");
    assertThat(server.macNumber()).isEqualTo(0xAABBCCDDEE0FL);
    assertThat(server.mainIpv4()).contains("94.198.51.220");
    assertThat(server.runningOperationId()).hasValue(77);
    assertThat(server.stateInfo()).contains("BMC is not responding");
    assertThat(server.hasErrors()).isTrue();
    assertThat(server.locationId()).hasValue(TestServers.LOCATION);
    assertThat(server.isInLocation(TestServers.LOCATION)).isTrue();
    assertThat(server.switchConnections()).singleElement().satisfies(port -> {
      assertThat(port.portId()).isEqualTo(900);
      assertThat(port.switchId()).isEqualTo(35);
    });
    assertThat(server.toBuilder().build()).isEqualTo(server).hasSameHashCodeAs(server);
    assertThat(server.toBuilder().runningOperationId(78).build()).isNotEqualTo(server);
  }

  @Test
  void aServerNobodyKnowsAnythingAboutBuildsWithTheLeastAvailableDefaults() {
    Server server = Server.builder().id(5).build();

    assertThat(server.owned()).isFalse();
    assertThat(server.ownerId()).isEmpty();
    assertThat(server.locationId()).isEmpty();
    assertThat(server.isInLocation(0)).isFalse();
    assertThat(server.maintenance()).isEqualTo(MaintenanceMode.UNKNOWN);
    assertThat(server.diagnostics()).isEqualTo(DiagnosticsState.NOT_RUN);
    assertThat(server.lastOperation()).isEqualTo(LastOperationStatus.NONE);
    assertThat(server.runningOperationId()).isEmpty();
    assertThat(server.mac()).isEmpty();
    assertThat(server.unreadableMac()).isEmpty();
    assertThat(server.macNumber()).isEqualTo(-1);
    assertThat(server.mainIpv4()).isEmpty();
    assertThat(server.stateInfo()).isEmpty();
    assertThat(server.hasErrors()).isFalse();
    assertThat(server.power()).isEqualTo(PowerStatus.UNKNOWN);
    assertThat(server).hasToString("Server{id=5, name=, configuration=, location=unknown, owned=false}");
  }

  @Test
  void ownedWithoutAnIdIsKeptAndNotOwnedForgetsTheId() {
    assertThat(Server.builder().id(1).owned(true).build().ownerId()).isEmpty();
    assertThat(Server.builder().id(1).owned(true).build().owned()).isTrue();
    Server released = Server.builder().id(1).ownerId(930).owned(false).build();
    assertThat(released.owned()).isFalse();
    assertThat(released.ownerId()).isEmpty();
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({"AA:BB:CC:DD:EE:FF, aa:bb:cc:dd:ee:ff", "aa-bb-cc-dd-ee-ff, aa:bb:cc:dd:ee:ff",
      "aabb.ccdd.eeff, aa:bb:cc:dd:ee:ff", "0025904A1B2C, 00:25:90:4a:1b:2c"})
  void macAddressesAreOneNumberWhateverTheSeparators(String text, String normal) {
    Server server = Server.builder().id(1).mac(text).build();

    assertThat(server.mac()).contains(normal);
    assertThat(server.unreadableMac()).isEmpty();
    assertThat(server.macUnreadable()).isFalse();
  }

  @ParameterizedTest(name = "''{0}'' is kept as unreadable")
  @ValueSource(strings = {"AA:BB:CC:DD:EE", "zz:bb:cc:dd:ee:ff", "AA:BB:CC:DD:EE:FF:00", "unknown",
      "aa:bb:cc:dd:ee:\u0663\u0663"})
  void aTextThatIsNotAMacAddressIsKeptAsGivenNotThrown(String text) {
    Server server = Server.builder().id(1).mac(text).build();

    assertThat(server.mac()).isEmpty();
    assertThat(server.macNumber()).isEqualTo(-1);
    assertThat(server.unreadableMac()).contains(text);
    assertThat(server.macUnreadable()).isTrue();
  }

  @ParameterizedTest(name = "''{0}'' is no MAC at all")
  @ValueSource(strings = {"", "   "})
  void aBlankMacIsAnUnknownAddressNotAnUnreadableOne(String text) {
    Server server = Server.builder().id(1).mac(text).build();

    assertThat(server.mac()).isEmpty();
    assertThat(server.macUnreadable()).isFalse();
  }
}

package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.OpenEnums;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.client.core.transport.PanelJson;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** DCImanager's enumerations, read the one way core's OpenEnums reads every panel's words. */
final class OpenEnumsTest {
  @Test
  void knownValuesAreTheConstantsWhateverTheirCase() {
    assertThat(PowerStatus.of("on")).isSameAs(PowerStatus.ON);
    assertThat(PowerStatus.of("OFF")).isSameAs(PowerStatus.OFF);
    assertThat(PowerStatus.of("Unknown")).isSameAs(PowerStatus.UNKNOWN);
    assertThat(OperationStatus.of("canceled").isCanceled()).isTrue();
    assertThat(ExploitationStatus.of("in_exploitation")).isSameAs(ExploitationStatus.IN_EXPLOITATION);
  }

  @Test
  void anUnknownValueReadsAsUnknownAndItsTextStaysOnTheValueThatCarriedIt() throws IOException {
    Server server = PanelJson.newMapper().readValue("{\"id\":3,\"power_status\":\"sleeping\"}", Server.class);

    assertThat(server.rawPowerStatus()).contains("sleeping");
    assertThat(server.powerStatus()).isEqualTo(PowerStatus.UNKNOWN);
    // The same text in two enumerations is two different values.
    assertThat(PortStatus.of("up")).isNotEqualTo(OperationStatus.of("up"));
  }

  @Test
  void theValuesSwitch() {
    String action = switch (PowerStatus.of("off")) {
      case ON -> "nothing";
      case OFF -> "power on";
      case UNKNOWN -> "ask";
    };

    assertThat(action).isEqualTo("power on");
  }

  @Test
  void operationStatusesSortIntoSuccessFailureCancelAndRunning() {
    assertThat(OperationStatus.OK.isSucceeded()).isTrue();
    assertThat(OperationStatus.FAILED.isFailed()).isTrue();
    assertThat(OperationStatus.of("fail").isFailed()).isTrue();
    assertThat(OperationStatus.of("error").isFailed()).isTrue();
    assertThat(OperationStatus.CANCELED.isEnded()).isTrue();
    assertThat(OperationStatus.NEW.isEnded()).isFalse();
    assertThat(OperationStatus.RUNNING.isEnded()).isFalse();
    assertThat(OperationStatus.of("waiting_for_ipmi").isEnded()).isFalse();
  }

  @Test
  void aBlankOrMissingWordReadsAsUnknown() {
    assertThat(PowerStatus.of(" ")).isSameAs(PowerStatus.UNKNOWN);
    assertThat(OsFamily.of(null)).isSameAs(OsFamily.UNKNOWN);
  }
}

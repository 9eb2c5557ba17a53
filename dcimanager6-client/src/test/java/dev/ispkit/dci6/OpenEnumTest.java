package dev.ispkit.dci6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.client.core.InvalidInputException;
import org.junit.jupiter.api.Test;

final class OpenEnumTest {
  @Test
  void knownValuesAreTheConstantsWhateverTheirCase() {
    assertThat(PowerStatus.of("on")).isSameAs(PowerStatus.ON);
    assertThat(PowerStatus.of("OFF")).isSameAs(PowerStatus.OFF);
    assertThat(PowerStatus.of("Unknown").isKnown()).isTrue();
    assertThat(OperationStatus.of("canceled").isCanceled()).isTrue();
  }

  @Test
  void unknownValuesKeepTheirTextAndCompareByIt() {
    PowerStatus sleeping = PowerStatus.of("sleeping");

    assertThat(sleeping.raw()).isEqualTo("sleeping");
    assertThat(sleeping.toString()).isEqualTo("sleeping");
    assertThat(sleeping.isKnown()).isFalse();
    assertThat(sleeping).isEqualTo(PowerStatus.of("sleeping")).hasSameHashCodeAs(PowerStatus.of("sleeping"));
    assertThat(sleeping).isNotEqualTo(PowerStatus.UNKNOWN);
    // The same text in two enumerations is two different values.
    assertThat(PortStatus.of("up")).isNotEqualTo(OperationStatus.of("up"));
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
  void aBlankValueIsRefused() {
    assertThatThrownBy(() -> PowerStatus.of(" ")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("power_status");
    assertThatThrownBy(() -> OsFamily.of(null)).isInstanceOf(InvalidInputException.class);
  }
}

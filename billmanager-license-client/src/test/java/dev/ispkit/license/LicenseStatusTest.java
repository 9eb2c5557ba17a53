package dev.ispkit.license;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class LicenseStatusTest {
  @ParameterizedTest
  @CsvSource({"1, ORDERED", "2, ACTIVE", "3, SUSPENDED", "4, DELETED", "5, PROCESSING", "' 2 ', ACTIVE"})
  void readsBillmanagersCodes(String code, LicenseStatus status) {
    assertThat(LicenseStatus.of(code)).isEqualTo(status);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"0", "6", "active", "ACTIVE", "2.0", "02"})
  void anyOtherCodeIsUnknown(String code) {
    assertThat(LicenseStatus.of(code)).isEqualTo(LicenseStatus.UNKNOWN);
  }
}

package dev.ispkit.adapters.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.license.LicenseStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The license server's status codes, row by row, from the code as the client reads it to the engine's status. */
class LicenseWordsTest {

  @ParameterizedTest(name = "status ''{0}'' is {1}")
  @CsvSource(nullValues = "null", value = {
      "1, ORDERED", "2, ACTIVE", "' 2 ', ACTIVE", "3, SUSPENDED", "4, DELETED", "5, PROCESSING",
      // Codes nobody knows, the server's own "unknown", or none.
      "0, UNKNOWN", "6, UNKNOWN", "active, UNKNOWN", "'', UNKNOWN", "null, UNKNOWN"})
  void statusCodes(String code, LicenseStatus expected) {
    assertThat(LicenseWords.status(dev.ispkit.license.LicenseStatus.of(code))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "client {0} has a row of the same meaning")
  @EnumSource(dev.ispkit.license.LicenseStatus.class)
  void everyStatusTheClientKnowsHasARow(dev.ispkit.license.LicenseStatus status) {
    assertThat(LicenseWords.status(status).name()).isEqualTo(status.name());
  }
}

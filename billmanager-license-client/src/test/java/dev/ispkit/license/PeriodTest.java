package dev.ispkit.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PeriodTest {
  @ParameterizedTest
  @CsvSource({"-100, trial", "-50, day", "0, lifetime", "1, 1 month", "12, 12 months", "120, 120 months"})
  void everyKnownCodeReadsBackTheSame(int code, String text) {
    Period period = Period.ofCode(code);
    assertThat(period.code()).isEqualTo(code);
    assertThat(period).hasToString(text).isEqualTo(Period.parse(" " + code + " ").orElseThrow());
  }

  @Test
  void specialCodesAreNotMonths() {
    assertThat(Period.TRIAL.code()).isEqualTo(-100);
    assertThat(Period.DAY.code()).isEqualTo(-50);
    assertThat(Period.LIFETIME.code()).isZero();
    assertThat(Period.TRIAL.months()).isEmpty();
    assertThat(Period.LIFETIME.months()).isEmpty();
    assertThat(Period.months(12).months()).isEqualTo(OptionalInt.of(12));
    assertThat(Period.ofCode(-50)).isSameAs(Period.DAY);
  }

  @Test
  void textFromTheServerThatIsNoKnownCodeReadsAsNone() {
    assertThat(Period.parse(null)).isEmpty();
    assertThat(Period.parse("")).isEmpty();
    assertThat(Period.parse("null")).isEmpty();
    assertThat(Period.parse("-1")).isEmpty();
    assertThat(Period.parse("999")).isEmpty();
  }

  @Test
  void equalByCode() {
    assertThat(Period.months(3)).isEqualTo(Period.ofCode(3)).hasSameHashCodeAs(Period.ofCode(3))
        .isNotEqualTo(Period.months(6));
  }
}

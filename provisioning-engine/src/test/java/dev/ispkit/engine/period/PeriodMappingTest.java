package dev.ispkit.engine.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodMappingTest {
  private static final TariffScope DEDIC_15 = TariffScope.of("dedic", 15);
  private static final TariffScope DEDIC_16 = TariffScope.of("dedic", 16);
  private static final TariffScope VDS_15 = TariffScope.of("vds", 15);

  private final PeriodMapping mapping = PeriodMapping.builder(Set.of(Period.months(1), Period.months(12)))
      .rule(PeriodRule.general(Period.months(24), Period.months(12)))
      .rule(PeriodRule.general(Period.months(36), Period.months(12)))
      .rule(PeriodRule.forTariff(Period.months(24), Period.months(1), DEDIC_15))
      .rule(PeriodRule.forTariff(Period.months(3), Period.months(12), DEDIC_15))
      .build();

  @ParameterizedTest(name = "{0} months on {1} tariff {2} -> {3} months by {4}")
  @CsvSource({
      "24, dedic, 15, 1, TARIFF_RULE",
      "3, dedic, 15, 12, TARIFF_RULE",
      "24, dedic, 16, 12, GENERAL_RULE",
      "24, vds, 15, 12, GENERAL_RULE",
      "36, dedic, 15, 12, GENERAL_RULE",
      "12, dedic, 15, 12, SERVICE_PERIOD",
      "1, vds, 15, 1, SERVICE_PERIOD",
      "3, dedic, 16, 1, MINIMUM_PERIOD",
      "6, vds, 15, 1, MINIMUM_PERIOD",
      "0, dedic, 15, 1, MINIMUM_PERIOD",
      "-100, dedic, 15, 1, MINIMUM_PERIOD",
      "-50, dedic, 15, 1, MINIMUM_PERIOD"})
  void resolutionTriesTariffRuleThenGeneralRuleThenServicePeriodThenTheLicensesMinimum(int period,
      String productType, long tariff, int expected, PeriodResolution.Source source) {
    PeriodResolution resolution = mapping.resolve(Period.of(period), TariffScope.of(productType, tariff));

    assertThat(resolution).isEqualTo(new PeriodResolution(Period.of(expected), source));
  }

  @Test
  void minimumIsTheShortestPeriodToBuyNeverTheTrial() {
    assertThat(PeriodMapping.builder(List.of(Period.TRIAL, Period.months(12), Period.months(3))).build().minimum())
        .isEqualTo(Period.months(3));
    assertThat(PeriodMapping.builder(List.of(Period.LIFETIME, Period.DAY, Period.months(1))).build().minimum())
        .isEqualTo(Period.DAY);
    assertThat(PeriodMapping.builder(List.of(Period.LIFETIME)).build().minimum()).isEqualTo(Period.LIFETIME);
  }

  @Test
  void theSameSourceInDifferentScopesIsNoConflict() {
    PeriodMapping scoped = PeriodMapping.builder(Set.of(Period.months(1), Period.months(12)))
        .rule(PeriodRule.forTariff(Period.months(6), Period.months(1), DEDIC_15))
        .rule(PeriodRule.forTariff(Period.months(6), Period.months(12), DEDIC_16))
        .rule(PeriodRule.forTariff(Period.months(6), Period.months(12), VDS_15))
        .rule(PeriodRule.general(Period.months(6), Period.months(1)))
        .build();

    assertThat(scoped.resolve(Period.months(6), DEDIC_16).period()).isEqualTo(Period.months(12));
    assertThat(scoped.rules()).hasSize(4);
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource({"dedic, DEDICATED", "DEDIC, DEDICATED", "dedicated, DEDICATED", "' Dedic ', DEDICATED", "vds, VPS",
      "VDS, VPS", "vps, VPS", "VPS, VPS", "soft, LICENSE", "Soft, LICENSE", "license, LICENSE"})
  void productTypesReadBillmanagersNamesAndThePlainOnesInAnyCase(String name, ProductType type) {
    assertThat(ProductType.parse(name)).isEqualTo(type);
    assertThat(TariffScope.of(name, 15)).isEqualTo(new TariffScope(type, 15));
  }

  @Test
  void aRuleBoundToVpsInOnePlaceAppliesToVdsInAnother() {
    PeriodMapping scoped = PeriodMapping.builder(Set.of(Period.months(1), Period.months(12)))
        .rule(PeriodRule.forTariff(Period.months(24), Period.months(1), TariffScope.of("VPS", 15)))
        .rule(PeriodRule.general(Period.months(24), Period.months(12)))
        .build();

    assertThat(scoped.resolve(Period.months(24), TariffScope.of("vds", 15)))
        .isEqualTo(new PeriodResolution(Period.months(1), PeriodResolution.Source.TARIFF_RULE));
    assertThat(scoped.resolve(Period.months(24), new TariffScope(ProductType.VPS, 15)).source())
        .isEqualTo(PeriodResolution.Source.TARIFF_RULE);
    assertThat(scoped.resolve(Period.months(24), TariffScope.of("dedic", 15)).source())
        .isEqualTo(PeriodResolution.Source.GENERAL_RULE);
  }

  @ParameterizedTest(name = "code {0} reads {1}")
  @CsvSource({"-100, trial", "-50, day", "0, lifetime", "1, 1 month", "12, 12 months"})
  void periodCodesAreBillmanagers(int code, String text) {
    assertThat(Period.of(code)).hasToString(text);
  }
}

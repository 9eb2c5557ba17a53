package dev.ispkit.engine.period;

import dev.ispkit.engine.InvalidSettingException;
import java.util.Optional;

/**
 * A period mapping rule ("Periods comparison"): a service ordered for {@code source} gets its license for
 * {@code replacement}, for every tariff or only for one tariff of one product type.
 *
 * <pre>{@code
 * PeriodRule.general(Period.months(24), Period.months(12));               // 2 years -> licenses for 1 year
 * PeriodRule.forTariff(Period.months(3), Period.months(1), TariffScope.of("dedic", 15));
 * }</pre>
 *
 * @param source the service's period
 * @param replacement the license's period
 * @param tariff the tariff the rule is bound to; empty for a general rule
 */
public record PeriodRule(Period source, Period replacement, Optional<TariffScope> tariff) {
  /** Validates the values. */
  public PeriodRule {
    InvalidSettingException.requirePresent("source period", source);
    InvalidSettingException.requirePresent("replacement period", replacement);
    InvalidSettingException.requirePresent("tariff scope", tariff);
  }

  /**
   * A rule for every tariff.
   *
   * @param source the service's period
   * @param replacement the license's period
   * @return the rule
   */
  public static PeriodRule general(Period source, Period replacement) {
    return new PeriodRule(source, replacement, Optional.empty());
  }

  /**
   * A rule for one tariff of one product type.
   *
   * @param source the service's period
   * @param replacement the license's period
   * @param tariff the tariff
   * @return the rule
   */
  public static PeriodRule forTariff(Period source, Period replacement, TariffScope tariff) {
    return new PeriodRule(source, replacement, Optional.of(InvalidSettingException.requirePresent("tariff scope",
        tariff)));
  }
}

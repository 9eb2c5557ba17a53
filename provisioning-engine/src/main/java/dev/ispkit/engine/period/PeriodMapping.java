package dev.ispkit.engine.period;

import dev.ispkit.engine.InvalidSettingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The period mapping rules of one license pricelist, checked when built, and the resolution of a license period
 * for a service (seed 004, design.md "Periods").
 *
 * <p>Resolution, first that applies: a rule for the service's source period bound to its tariff; a general rule for
 * it; the service's own period when the license offers it; else the shortest period the license offers (1 month
 * for ISPsystem licenses). "Shortest" orders day, then months, then lifetime; the trial is never the fallback, as
 * it is not a period one buys.
 *
 * <pre>{@code
 * PeriodMapping mapping = PeriodMapping.builder(Set.of(Period.months(1), Period.months(12)))
 *     .rule(PeriodRule.general(Period.months(24), Period.months(12)))
 *     .build();
 * mapping.resolve(Period.months(24), TariffScope.of("dedic", 15)).period();   // 12 months
 * mapping.resolve(Period.months(3), TariffScope.of("dedic", 15)).period();    // 1 month (the minimum)
 * }</pre>
 *
 * <p>Rejected when built: two rules with the same source period and the same scope (even with the same
 * replacement: one of them is a mistake), and a rule whose replacement the license does not offer.
 */
public final class PeriodMapping {
  private final Set<Period> offered;
  private final Period minimum;
  private final Map<Period, Period> general;
  private final Map<TariffScope, Map<Period, Period>> byTariff;
  private final List<PeriodRule> rules;

  private PeriodMapping(Set<Period> offered, Period minimum, Map<Period, Period> general,
      Map<TariffScope, Map<Period, Period>> byTariff, List<PeriodRule> rules) {
    this.offered = offered;
    this.minimum = minimum;
    this.general = general;
    this.byTariff = byTariff;
    this.rules = rules;
  }

  /**
   * A builder for a license that offers these periods.
   *
   * @param offered the periods the license's pricelist offers, for example 1 and 12 months
   * @return the builder
   */
  public static Builder builder(Collection<Period> offered) {
    return new Builder(offered);
  }

  /** The periods the license offers. */
  public Set<Period> offered() {
    return offered;
  }

  /** The shortest period the license offers, the fallback. */
  public Period minimum() {
    return minimum;
  }

  /** The rules, in the order they were added. */
  public List<PeriodRule> rules() {
    return rules;
  }

  /**
   * Resolves the license period for a service.
   *
   * @param servicePeriod the period the service is ordered or prolonged for
   * @param tariff the service's tariff
   * @return the license period and the step that chose it
   */
  public PeriodResolution resolve(Period servicePeriod, TariffScope tariff) {
    InvalidSettingException.requirePresent("service period", servicePeriod);
    InvalidSettingException.requirePresent("tariff scope", tariff);
    Period tariffRule = byTariff.getOrDefault(tariff, Map.of()).get(servicePeriod);
    if (tariffRule != null) {
      return new PeriodResolution(tariffRule, PeriodResolution.Source.TARIFF_RULE);
    }
    Period generalRule = general.get(servicePeriod);
    if (generalRule != null) {
      return new PeriodResolution(generalRule, PeriodResolution.Source.GENERAL_RULE);
    }
    if (offered.contains(servicePeriod)) {
      return new PeriodResolution(servicePeriod, PeriodResolution.Source.SERVICE_PERIOD);
    }
    return new PeriodResolution(minimum, PeriodResolution.Source.MINIMUM_PERIOD);
  }

  /** Builds a {@link PeriodMapping}. */
  public static final class Builder {
    private final Set<Period> offered;
    private final List<PeriodRule> rules = new ArrayList<>();

    private Builder(Collection<Period> offered) {
      InvalidSettingException.requireNoNulls("offered periods", offered);
      if (offered.isEmpty()) {
        throw new InvalidSettingException("offered periods", offered, "a license offers at least one period");
      }
      this.offered = Set.copyOf(offered);
    }

    /** Adds a rule; conflicts are found by {@link #build()}. */
    public Builder rule(PeriodRule rule) {
      rules.add(InvalidSettingException.requirePresent("period rule", rule));
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @throws InvalidSettingException naming {@code offered periods} when only a trial is offered, or
     *     {@code period rule} when two rules share a source and scope or a replacement is not offered
     */
    public PeriodMapping build() {
      Optional<Period> minimum = offered.stream()
          .filter(period -> !period.isTrial())
          .min(Comparator.comparingInt(Period::lengthRank));
      if (minimum.isEmpty()) {
        throw new InvalidSettingException("offered periods", offered,
            "a license offers a period to buy, not only a trial");
      }
      Map<Period, Period> general = new HashMap<>();
      Map<TariffScope, Map<Period, Period>> byTariff = new HashMap<>();
      for (PeriodRule rule : rules) {
        if (!offered.contains(rule.replacement())) {
          throw new InvalidSettingException("period rule", describe(rule),
              "the license does not offer " + rule.replacement() + " (it offers " + sorted(offered) + ")");
        }
        Map<Period, Period> scope = rule.tariff().isPresent()
            ? byTariff.computeIfAbsent(rule.tariff().get(), t -> new HashMap<>())
            : general;
        Period earlier = scope.putIfAbsent(rule.source(), rule.replacement());
        if (earlier != null) {
          throw new InvalidSettingException("period rule", describe(rule),
              "conflicts with an earlier rule for the same source period and scope (" + rule.source() + " -> "
                  + earlier + ")");
        }
      }
      return new PeriodMapping(offered, minimum.get(), Map.copyOf(general), copy(byTariff), List.copyOf(rules));
    }

    private static Map<TariffScope, Map<Period, Period>> copy(Map<TariffScope, Map<Period, Period>> byTariff) {
      Map<TariffScope, Map<Period, Period>> copy = new HashMap<>();
      byTariff.forEach((tariff, rules) -> copy.put(tariff, Map.copyOf(rules)));
      return Map.copyOf(copy);
    }

    private static String describe(PeriodRule rule) {
      return rule.source() + " -> " + rule.replacement() + rule.tariff()
          .map(t -> " for tariff " + t.tariffId() + " of " + t.productType().intname())
          .orElse(" for every tariff");
    }

    private static String sorted(Set<Period> periods) {
      List<Period> list = new ArrayList<>(periods);
      list.sort(Comparator.comparingInt(Period::lengthRank));
      return String.join(", ", new LinkedHashSet<>(list.stream().map(Period::toString).toList()));
    }
  }
}

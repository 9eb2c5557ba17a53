package dev.ispkit.engine.period;

import dev.ispkit.engine.InvalidSettingException;

/**
 * One tariff plan of one product type, the scope a period rule can be bound to.
 *
 * <p>Example: {@code new TariffScope("dedic", 15)} for tariff 15 of dedicated servers.
 *
 * @param productType the product type, for example {@code dedic} or {@code vds}
 * @param tariffId the tariff plan's id
 */
public record TariffScope(String productType, long tariffId) {
  /** Validates the values. */
  public TariffScope {
    productType = InvalidSettingException.requireText("product type", productType).trim();
    InvalidSettingException.requireNotNegative("tariff id", tariffId);
  }
}

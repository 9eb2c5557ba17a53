package dev.ispkit.engine.period;

import dev.ispkit.engine.InvalidSettingException;

/**
 * One tariff plan of one product type, the scope a period rule can be bound to. Two scopes are equal when their
 * product types and tariff ids are, however the product type was spelt ({@link ProductType#parse}).
 *
 * <p>Example: {@code new TariffScope(ProductType.DEDICATED, 15)}, or {@code TariffScope.of("dedic", 15)} from the
 * product type's name as BILLmanager stores it.
 *
 * @param productType the product type
 * @param tariffId the tariff plan's id
 */
public record TariffScope(ProductType productType, long tariffId) {
  /** Validates the values. */
  public TariffScope {
    InvalidSettingException.requirePresent("product type", productType);
    InvalidSettingException.requireNotNegative("tariff id", tariffId);
  }

  /**
   * A scope from a product type's name.
   *
   * @param productType the product type's name, read by {@link ProductType#parse}: {@code dedic}, {@code vds},
   *     {@code VPS}, ...
   * @param tariffId the tariff plan's id
   * @return the scope
   * @throws InvalidSettingException naming {@code product type} when the name is not one ispkit knows
   */
  public static TariffScope of(String productType, long tariffId) {
    return new TariffScope(ProductType.parse(productType), tariffId);
  }
}

package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.module.ProcessingModule;
import dev.ispkit.engine.module.VirtualServerModule;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.period.ProductType;
import dev.ispkit.engine.period.TariffScope;

/** The license period bought for a service: the engine's period mapping, scoped by the tariff and its product type. */
final class LicensePeriods {
  private LicensePeriods() {}

  static Period forOrder(Environment environment, Order order, ProcessingModule module) {
    ProductType type = module instanceof VirtualServerModule ? ProductType.VPS : ProductType.DEDICATED;
    return environment.licensePeriods().resolve(order.period(), new TariffScope(type, order.tariffId())).period();
  }
}

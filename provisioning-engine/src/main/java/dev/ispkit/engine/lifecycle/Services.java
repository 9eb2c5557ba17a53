package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.port.Facts;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/** The service a host sees, made of the facts the lifecycles recorded. */
final class Services {
  private Services() {}

  static ProvisionedService provisioned(String serviceId, Facts facts) {
    ProvisionedService.Kind kind = ProvisionedService.Kind.valueOf(facts.requireText(FactNames.KIND));
    long machineId = kind == ProvisionedService.Kind.VPS ? facts.number(FactNames.VM_ID)
        : facts.number(FactNames.SERVER_ID);
    return new ProvisionedService(serviceId, kind, facts.number(FactNames.MODULE_ID),
        facts.number(FactNames.PANEL_USER_ID), machineId, addresses(facts), facts.optionalNumber(FactNames.LICENSE_ID));
  }

  static List<String> addresses(Facts facts) {
    String joined = facts.text(FactNames.IP_ADDRESSES).orElse("");
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  static OptionalLong license(Facts facts) {
    return facts.optionalNumber(FactNames.LICENSE_ID);
  }
}

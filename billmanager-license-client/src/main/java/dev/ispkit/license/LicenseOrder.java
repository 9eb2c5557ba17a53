package dev.ispkit.license;

import dev.ispkit.client.core.InvalidInputException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What to order from the license server ({@code soft.order.param}): checked when built, so a bad pricelist, IP,
 * period or name never reaches the server.
 *
 * <pre>{@code
 * LicenseOrder order = LicenseOrder.builder()
 *     .pricelist("3541")                       // ISPmanager Lite
 *     .period(1)                               // months
 *     .ip("192.0.2.10")
 *     .licenseName("Item #1042 addon vps1042.example.com")
 *     .remoteId("1042")
 *     .build();
 * long licenseId = client.order(order);
 * }</pre>
 */
@Value.Immutable
public abstract class LicenseOrder {
  LicenseOrder() {}

  /** A builder; pricelist, period, IP and license name are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The pricelist (tariff) id on the license server, digits only, for example {@code 3541}. */
  public abstract String pricelist();

  /**
   * The period to buy, as BILLmanager's period code: a number of months (1 to 120), {@code -100} trial, {@code -50}
   * one day, {@code 0} lifetime. ISPsystem licenses offer 1 and 12 months (and some a trial).
   */
  public abstract int period();

  /** The IPv4 or IPv6 address the license is for. */
  public abstract String ip();

  /** The license name ({@code licname}): not blank, at most 255 characters. */
  public abstract String licenseName();

  /**
   * The automatic renewal period ({@code autoprolong}): months (1 to 120) or {@code -50} one day; sent only when
   * set, so the server's default applies otherwise. The reselling docs say it must equal the period for renewal to
   * be switched on.
   */
  public abstract OptionalInt autoprolong();

  /** The caller's own id to store on the license ({@code remoteid}), for example its service id. */
  public abstract Optional<String> remoteId();

  /**
   * Add-ons, as add-on pricelist id to quantity, each sent as {@code addon_<id>=<quantity>}; for example {@code
   * 4602 -> 1} for one extra node of ISPmanager 5 Business.
   */
  public abstract Map<String, Integer> addons();

  @Value.Check
  void check() {
    InputChecks.pricelist("pricelist", pricelist());
    InputChecks.period("period", period());
    autoprolong().ifPresent(code -> InputChecks.renewalPeriod("autoprolong", code));
    InputChecks.ip("ip", ip());
    InputChecks.name("licenseName", licenseName());
    remoteId().ifPresent(id -> {
      if (id.isBlank() || id.chars().anyMatch(Character::isISOControl)) {
        throw new InvalidInputException("remoteId", id, "must not be blank or contain control characters");
      }
    });
    addons().forEach((addon, quantity) -> {
      InputChecks.pricelist("addons", addon);
      if (quantity == null || quantity < 0) {
        throw new InvalidInputException("addons", addon + "=" + quantity, "quantity must be zero or more");
      }
    });
  }

  /** Builds a {@link LicenseOrder}. */
  public static final class Builder extends ImmutableLicenseOrder.Builder {
    Builder() {}
  }
}

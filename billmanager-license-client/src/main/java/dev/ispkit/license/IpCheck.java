package dev.ispkit.license;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The license server's answer to "may a license of this pricelist be ordered for this IP?" ({@code soft.checkip}).
 *
 * <p>A refusal carries BILLmanager's error type (for example {@code exists} when a license of that kind is already
 * bound to the IP, {@code value} for an IP or pricelist it does not accept) and its message.
 *
 * <pre>{@code
 * IpCheck check = client.checkIp("3541", 1, "192.0.2.10");
 * if (!check.orderable()) {
 *   log.info("cannot order on 192.0.2.10: {}", check.refusal().orElse("-"));
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class IpCheck {
  IpCheck() {}

  /**
   * The answer "orderable".
   *
   * @return a check with no refusal
   */
  public static IpCheck allowed() {
    return ImmutableIpCheck.builder().orderable(true).build();
  }

  /**
   * The answer "not orderable".
   *
   * @param type BILLmanager's error type, or null
   * @param message BILLmanager's error message, or null
   * @return a check with the refusal
   */
  public static IpCheck refused(String type, String message) {
    return ImmutableIpCheck.builder().orderable(false)
        .refusalType(Optional.ofNullable(type)).refusal(Optional.ofNullable(message)).build();
  }

  /** Whether the server would accept the order. */
  public abstract boolean orderable();

  /** BILLmanager's error type for a refusal, for example {@code exists}. */
  public abstract Optional<String> refusalType();

  /** BILLmanager's message for a refusal. */
  public abstract Optional<String> refusal();
}

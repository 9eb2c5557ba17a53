package dev.ispkit.vm6;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.transport.Require;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Addresses to add to a virtual machine ({@code POST /vm/v3/host/{id}/ip}): how many more IPv4 addresses (the
 * difference, not the new total), from which pools, and whether to give it an IPv6 network.
 *
 * <pre>{@code
 * vm6.vms().addIps(vmId, IpAddition.ipv4(1));
 * }</pre>
 */
@Value.Immutable
public abstract class IpAddition {
  IpAddition() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * More IPv4 addresses from the cluster's usual pool.
   *
   * @param count how many more, at least 1
   * @return the addition
   */
  public static IpAddition ipv4(int count) {
    return builder().ipv4Number(count).build();
  }

  /** How many IPv4 addresses to add; default 0. */
  @Value.Default
  public int ipv4Number() {
    return 0;
  }

  /** The pools to take them from; the panel's choice when empty. */
  public abstract List<Long> ipv4Pools();

  /** Whether to turn the VM's IPv6 network on or off; unchanged when empty. */
  public abstract Optional<Boolean> ipv6Enabled();

  /** The IPv6 prefix length, with {@code ipv6Enabled(true)}. */
  public abstract OptionalInt ipv6Prefix();

  @Value.Check
  void check() {
    Require.notNegative("ipv4Number", ipv4Number());
    Require.ids("ipv4Pools", ipv4Pools());
    if (ipv4Number() == 0 && ipv6Enabled().isEmpty()) {
      throw new InvalidInputException("ipv4Number", 0, "must be at least 1 unless ipv6Enabled is set");
    }
    ipv6Prefix().ifPresent(prefix -> {
      if (!ipv6Enabled().orElse(false) || prefix < 1 || prefix > 128) {
        throw new InvalidInputException("ipv6Prefix", prefix, "must be 1 to 128, and only with ipv6Enabled(true)");
      }
    });
  }

  Map<String, Object> toBody() {
    return new JsonBody()
        .put("ipv4_number", ipv4Number())
        .putNonEmpty("ipv4_pool", ipv4Pools())
        .put("ipv6_enabled", ipv6Enabled())
        .put("ipv6_prefix", ipv6Prefix())
        .toMap();
  }

  /** Builds an {@link IpAddition}. */
  public static final class Builder extends ImmutableIpAddition.Builder {
    Builder() {}
  }
}

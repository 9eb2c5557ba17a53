package dev.ispkit.dci6;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.transport.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which addresses to give a server ({@code POST /dci/v3/server/{id}/ip}, inferred, see {@code
 * docs/panel-contract.md}): a number of addresses of one family from a pool (the location's allocation pool when
 * none is named), or one given address.
 *
 * <pre>{@code
 * dci.ips().add(serverId, IpRequest.builder().count(2).pool(publicPoolId).build());
 * dci.ips().add(serverId, IpRequest.builder().address("94.198.51.220").build());
 * }</pre>
 */
@Value.Immutable
public abstract class IpRequest {
  IpRequest() {}

  /** A builder; every value has a default (one IPv4 address from the location's allocation pool). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A number of IPv4 addresses from the location's allocation pool.
   *
   * @param count how many, at least 1
   * @return the request
   */
  public static IpRequest ipv4(int count) {
    return builder().count(count).build();
  }

  /** IPv4 or IPv6 (not {@link IpFamily#UNKNOWN}, which has no word to send); default IPv4. */
  @Value.Default
  public IpFamily family() {
    return IpFamily.IPV4;
  }

  /** How many addresses; default 1. */
  @Value.Default
  public int count() {
    return 1;
  }

  /** The pool to take them from; the panel's own choice (the allocation pool) when empty. */
  public abstract Optional<Long> pool();

  /** One given address instead of any free one (sent as {@code name}); then {@link #count()} must be 1. */
  public abstract Optional<String> address();

  @Value.Check
  void check() {
    if (count() < 1) {
      throw new InvalidInputException("count", count(), "must be at least 1");
    }
    if (family() == IpFamily.UNKNOWN) {
      throw new InvalidInputException("family", family(), "must be IPV4 or IPV6");
    }
    pool().ifPresent(pool -> Require.id("pool", pool));
    address().ifPresent(address -> {
      Require.notBlank("address", address);
      if (count() != 1) {
        throw new InvalidInputException("count", count(), "must be 1 when an address is given");
      }
    });
  }

  /** Builds an {@link IpRequest}. */
  public static final class Builder extends ImmutableIpRequest.Builder {
    Builder() {}
  }
}

package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An IP address of a server, an element of the server's {@code ip} list and of the answer that adds addresses:
 * {@code {"id": 19367, "name": "94.198.51.220", "family": "ipv4", "gateway": "94.198.51.254", "network":
 * "94.198.51.0/24", "status": "ok", ...}}.
 *
 * <pre>{@code
 * List<String> addresses = dci.ips().list(serverId).stream().map(Ip::address).collect(Collectors.toList());
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableIp.class)
public abstract class Ip {
  Ip() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The address's id, what removing it takes. */
  @JsonProperty("id")
  public abstract long id();

  /** The address itself, the panel's {@code name}, for example {@code 94.198.51.220}. */
  @JsonProperty("name")
  public abstract String address();

  /** The domain name the address points to. */
  @JsonProperty("domain")
  public abstract Optional<String> domain();

  /** The panel's {@code family} as sent, a word {@link #family()} may not know. */
  @JsonProperty("family")
  public abstract Optional<String> rawFamily();

  /**
   * IPv4 or IPv6; {@link IpFamily#UNKNOWN} when the panel's word is unknown or missing ({@link #rawFamily()} keeps
   * the word).
   */
  public IpFamily family() {
    return IpFamily.of(rawFamily().orElse(null));
  }

  /** The gateway. */
  @JsonProperty("gateway")
  public abstract Optional<String> gateway();

  /** The network in CIDR notation, for example {@code 94.198.51.0/24}. */
  @JsonProperty("network")
  public abstract Optional<String> network();

  /** The panel's {@code status} as sent, a word {@link #status()} may not know. */
  @JsonProperty("status")
  public abstract Optional<String> rawStatus();

  /**
   * Whether the address is assigned yet; {@link IpStatus#UNKNOWN} when the panel's word is unknown or missing
   * ({@link #rawStatus()} keeps the word).
   */
  public IpStatus status() {
    return IpStatus.of(rawStatus().orElse(null));
  }

  /** Whether the address is temporary (given for diagnostics from the deallocation pool, for example). */
  @JsonProperty("temporary")
  @Value.Default
  public boolean temporary() {
    return false;
  }

  /** The address's type as the panel writes it, for example {@code common}. */
  @JsonProperty("type")
  public abstract Optional<String> type();

  /** Builds an {@link Ip}. */
  public static final class Builder extends ImmutableIp.Builder {
    Builder() {}
  }
}

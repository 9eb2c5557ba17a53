package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The server's main address of one family, its {@code main_ipv4_info} or {@code main_ipv6_info}. The panel writes
 * every field as null when there is none, and adds a {@code first} number (seen as {@code 1e39}) whose meaning is
 * unknown and which ispkit does not read.
 *
 * <pre>{@code
 * String address = server.mainIpv4Info().flatMap(MainIp::address).orElse("-");
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMainIp.class)
public abstract class MainIp {
  MainIp() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The address's id. */
  @JsonProperty("id")
  public abstract Optional<Long> id();

  /** The address itself ({@code name}). */
  @JsonProperty("name")
  public abstract Optional<String> address();

  /** The domain name the address points to. */
  @JsonProperty("domain")
  public abstract Optional<String> domain();

  /** Builds a {@link MainIp}. */
  public static final class Builder extends ImmutableMainIp.Builder {
    Builder() {}
  }
}

package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * How many free servers the panel counts for one configuration: an element of {@code GET
 * /dci/v3/server/configuration}, {@code {"configuration": "i9-9900K-64Gb-2x1024NVMe", "free_server_count": 42}}.
 *
 * <pre>{@code
 * int free = dci.servers().configurations().stream()
 *     .filter(c -> c.configuration().equals(wanted)).mapToInt(ConfigurationCount::freeServerCount).sum();
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableConfigurationCount.class)
public abstract class ConfigurationCount {
  ConfigurationCount() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The configuration label, for example {@code i9-9900K-64Gb-2x1024NVMe}; empty when the panel gave none. */
  @JsonProperty("configuration")
  @Value.Default
  public String configuration() {
    return "";
  }

  /** How many servers with this configuration are free. */
  @JsonProperty("free_server_count")
  public abstract int freeServerCount();

  /** Builds a {@link ConfigurationCount}. */
  public static final class Builder extends ImmutableConfigurationCount.Builder {
    Builder() {}
  }
}

package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rack a server is mounted in, the server's {@code rack}: where a build or purchase task sends the technician.
 *
 * <pre>{@code
 * String where = server.rack().flatMap(Rack::name).orElse("?")
 *     + ", unit " + server.unit().map(String::valueOf).orElse("?");
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRack.class)
public abstract class Rack {
  Rack() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rack's id. */
  @JsonProperty("id")
  public abstract Optional<Long> id();

  /** The rack's name, for example {@code DP-M16-I13}. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** Builds a {@link Rack}. */
  public static final class Builder extends ImmutableRack.Builder {
    Builder() {}
  }
}

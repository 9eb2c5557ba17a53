package dev.ispkit.vm6;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A pool of IP addresses bound to clusters. VMmanager takes a new machine's address from the cluster's pool with
 * the lowest id, and the next one when it is used up; a billing application names pools to choose otherwise.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableIpPool.class)
public abstract class IpPool {
  IpPool() {}

  /** The pool's id. */
  public abstract long id();

  /** The pool's name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** The administrator's note. */
  public abstract Optional<String> note();

  /** How many addresses the pool holds. */
  @JsonProperty("total_ip")
  public abstract OptionalLong totalIp();

  /** How many of them are in use. */
  @JsonProperty("using_ip")
  public abstract OptionalLong usingIp();

  /** The clusters the pool is bound to. */
  public abstract List<Ref> clusters();

  /** Every field of the panel's answer this class does not map, as JSON. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}

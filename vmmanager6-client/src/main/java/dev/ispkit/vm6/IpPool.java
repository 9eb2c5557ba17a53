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
 * A pool of IP addresses bound to clusters ({@code GET /vm/v3/ippool}). VMmanager takes a new machine's address from
 * the cluster's pool with the lowest id, and the next one when it is used up; a billing application names pools to
 * choose otherwise.
 *
 * <p>The counts are read whether the panel writes them as numbers or as numeric strings ({@code "total_ip": "254"},
 * as one public typed client declares them).
 *
 * <pre>{@code
 * List<IpPool> pools = vm6.clusters().ipPools(moduleClusterId);
 * boolean exhausted = pools.stream().allMatch(pool -> pool.usingIp().orElse(0) >= pool.totalIp().orElse(0));
 * }</pre>
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

  /**
   * Whether the pool is bound to a cluster.
   *
   * @param clusterId the cluster
   * @return whether {@link #clusters()} names it
   */
  public boolean isBoundTo(long clusterId) {
    return clusters().stream().anyMatch(cluster -> cluster.id() == clusterId);
  }

  /** Every field of the panel's answer this class does not map, as JSON. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}

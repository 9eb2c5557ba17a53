package dev.ispkit.vm6;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A VMmanager 6 cluster: the group of nodes a processing module creates its virtual machines on, with its
 * virtualization type.
 *
 * <pre>{@code
 * Cluster cluster = vm6.clusters().get(moduleClusterId);
 * if (cluster.virtualizationType() == VirtualizationType.LXD) { ... offer only LXD images ... }
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCluster.class)
public abstract class Cluster {
  Cluster() {}

  /** The cluster's id. */
  public abstract long id();

  /** The cluster's name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** The administrator's comment. */
  public abstract Optional<String> comment();

  /** The panel's word for the virtualization type, as given ({@code kvm}, {@code lxd}, ...). */
  @JsonProperty("virtualization_type")
  public abstract Optional<String> rawVirtualizationType();

  /** The virtualization type; {@link VirtualizationType#UNKNOWN} when the panel's word is unknown or missing. */
  public VirtualizationType virtualizationType() {
    return VirtualizationType.of(rawVirtualizationType().orElse(null));
  }

  /** The data center type, as the panel words it. */
  @JsonProperty("datacenter_type")
  public abstract Optional<String> datacenterType();

  /** The cluster's state, as the panel words it. */
  public abstract Optional<String> state();

  /** How many nodes the cluster has. */
  @JsonProperty("node_count")
  public abstract OptionalInt nodeCount();

  /** How many virtual machines run on it. */
  @JsonProperty("host_count")
  public abstract OptionalInt hostCount();

  /** The most virtual machines one node may hold, when limited. */
  @JsonProperty("host_per_node_limit")
  public abstract OptionalInt hostPerNodeLimit();

  /**
   * The IP pools bound to the cluster, as the cluster's list item names them ({@code ippools}; read so by a script of
   * ISPsystem's staff, {@code GET /vm/v3/cluster?where=(id EQ 1)} then {@code list[0].ippools[0].id}). Empty when the
   * panel leaves them out; {@link Clusters#ipPools(long)} reads the pools themselves.
   */
  @JsonProperty("ippools")
  public abstract List<Ref> ipPools();

  /** Every field of the panel's answer this class does not map, as JSON (resources, storages, networks, ...). */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}

package dev.ispkit.vm6;

import dev.ispkit.client.core.transport.Listing;
import dev.ispkit.client.core.PanelListing;
import dev.ispkit.client.core.transport.Require;
import java.util.List;

/**
 * VMmanager's clusters ({@code /vm/v3/cluster}): where a processing module creates its virtual machines. The list
 * calls ({@code list}, {@code stream}, {@code first}) come from {@link PanelListing}.
 *
 * <pre>{@code
 * Cluster cluster = vm6.clusters().get(1);
 * List<IpPool> pools = vm6.clusters().ipPools(1);
 * }</pre>
 */
public final class Clusters extends Listing<Cluster> {
  private final Vm6Api api;

  Clusters(Vm6Api api) {
    super(api::clusters, Vm6.PAGE_SIZE);
    this.api = api;
  }

  /**
   * One cluster ({@code GET /vm/v3/cluster/{id}}).
   *
   * @param clusterId the cluster's id
   * @return the cluster
   * @throws dev.ispkit.client.core.PanelNotFoundException when there is no such cluster
   */
  public Cluster get(long clusterId) {
    return api.cluster(Require.id("clusterId", clusterId));
  }

  /**
   * The IP pools bound to a cluster ({@code GET /vm/v3/cluster/{id}/ippool}). The path is seen in a public client;
   * the answer's shape is inferred to be the pool list's ({@code GET /vm/v3/ippool}).
   *
   * @param clusterId the cluster's id
   * @return its pools
   */
  public List<IpPool> ipPools(long clusterId) {
    return api.clusterIpPools(Require.id("clusterId", clusterId)).list();
  }
}

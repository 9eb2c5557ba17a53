package dev.ispkit.vm6;

import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.PanelListing;
import dev.ispkit.client.core.transport.Listing;
import dev.ispkit.client.core.transport.Require;
import java.util.Comparator;
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
  private final PanelListing<IpPool> ipPools;

  Clusters(Vm6Api api, PanelListing<IpPool> ipPools) {
    super(api::clusters, Vm6.PAGE_SIZE);
    this.api = api;
    this.ipPools = ipPools;
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
   * The IP pools bound to a cluster, lowest id first (the order VMmanager takes addresses in): every pool of {@code
   * GET /vm/v3/ippool} whose {@code clusters} name the cluster. Public code reads a cluster's pools this way, or from
   * the {@code ippools} of the cluster's list item ({@link Cluster#ipPools()}); {@code /vm/v3/cluster/{id}/ippool} is
   * seen only as the POST that binds pools, so it is not read here.
   *
   * @param clusterId the cluster's id
   * @return its pools
   */
  public List<IpPool> ipPools(long clusterId) {
    Require.id("clusterId", clusterId);
    return ipPools.stream(ListQuery.all())
        .filter(pool -> pool.isBoundTo(clusterId))
        .sorted(Comparator.comparingLong(IpPool::id))
        .toList();
  }
}

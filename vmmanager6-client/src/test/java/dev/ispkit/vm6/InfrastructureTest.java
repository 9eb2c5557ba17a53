package dev.ispkit.vm6;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.OrderBy;
import dev.ispkit.client.core.PanelList;
import dev.ispkit.client.core.Where;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Clusters, nodes, OS templates, recipes and IP pools: what a processing module looks up. */
final class InfrastructureTest extends LoggedInPanel {
  @Test
  void listsClustersWithTheirVirtualizationTypeKeepingUnknownOnes(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/cluster")).willReturn(okJson("""
        {"last_notify": 0, "list": [
          {"id": 1, "name": "kvm-cluster", "virtualization_type": "kvm", "datacenter_type": "common",
           "state": "active", "node_count": 2, "host_count": 40, "host_per_node_limit": 100,
           "cpu_number": {"total": 64, "used": 20}, "overselling": 1.5},
          {"id": 2, "name": "lxd-cluster", "virtualization_type": "lxd", "node_count": 1},
          {"id": 3, "name": "next", "virtualization_type": "firecracker"}],
         "size": 3}
        """)));

    PanelList<Cluster> page = vm6.clusters().list(ListQuery.all());

    assertThat(page.size()).hasValue(3);
    assertThat(page.list()).extracting(Cluster::virtualizationType)
        .containsExactly(VirtualizationType.KVM, VirtualizationType.LXD, VirtualizationType.UNKNOWN);
    assertThat(page.list().get(2).rawVirtualizationType()).contains("firecracker");
    Cluster kvm = page.list().get(0);
    assertThat(kvm.name()).isEqualTo("kvm-cluster");
    assertThat(kvm.datacenterType()).contains("common");
    assertThat(kvm.state()).contains("active");
    assertThat(kvm.nodeCount()).hasValue(2);
    assertThat(kvm.hostCount()).hasValue(40);
    assertThat(kvm.hostPerNodeLimit()).hasValue(100);
    assertThat(kvm.otherFields()).containsOnlyKeys("cpu_number", "overselling");
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/cluster"))
        .withQueryParam("where", absent())));
  }

  @Test
  void readsOneClusterAndItsPoolsFromThePoolList(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/cluster/1"))
        .willReturn(okJson("{\"id\":1,\"name\":\"kvm-cluster\",\"virtualization_type\":\"kvm\"}")));
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/ippool")).willReturn(okJson("""
        {"last_notify": 0, "size": 4, "list": [
          {"id": 7, "name": "private", "total_ip": "254", "using_ip": "3", "clusters": [{"id": 1, "interface": 1}]},
          {"id": 4, "name": "lxd", "total_ip": 254, "using_ip": 0, "clusters": [{"id": 2, "interface": 0}]},
          {"id": 3, "name": "public", "note": "", "total_ip": 254, "using_ip": 40,
           "clusters": [{"id": 2, "interface": 0}, {"id": 1, "interface": 0}]},
          {"id": 9, "name": "unbound", "clusters": []}]}
        """)));

    Cluster cluster = vm6.clusters().get(1);
    List<IpPool> pools = vm6.clusters().ipPools(1);

    assertThat(cluster.virtualizationType()).isEqualTo(VirtualizationType.KVM);
    assertThat(pools).extracting(IpPool::id).containsExactly(3L, 7L);
    assertThat(pools.get(1).totalIp()).hasValue(254);
    assertThat(pools.get(1).usingIp()).hasValue(3);
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/cluster/1"))));
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/ippool"))
        .withQueryParam("limit", equalTo("0,100")).withQueryParam("where", absent())));
    wm.getWireMock().verifyThat(0, getRequestedFor(urlPathEqualTo("/vm/v3/cluster/1/ippool")));
  }

  @Test
  void aClusterListItemNamesItsPools(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/cluster")).withQueryParam("where", equalTo("id EQ '1'"))
        .willReturn(okJson("""
            {"last_notify": 0, "list": [{"id": 1, "name": "kvm-cluster", "virtualization_type": "kvm",
              "ippools": [{"id": 3, "name": "public"}, {"id": 7}], "storage": {"id": 2}}]}
            """)));

    Cluster cluster = vm6.clusters().first(Where.field("id").eq("1")).orElseThrow();

    assertThat(cluster.ipPools()).extracting(Ref::id).containsExactly(3L, 7L);
    assertThat(cluster.ipPools().get(0).name()).contains("public");
    assertThat(cluster.otherFields()).containsOnlyKeys("storage");
  }

  @Test
  void poolCountsReadAsNumbersOrAsNumericStrings(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/ippool")).willReturn(okJson("""
        {"list": [
          {"id": 1, "name": "numbers", "total_ip": 1000, "using_ip": 12, "clusters": [{"id": 1}]},
          {"id": 2, "name": "strings", "total_ip": "1000", "using_ip": "12", "clusters": [{"id": 1}]},
          {"id": 3, "name": "blank", "total_ip": "", "using_ip": null, "clusters": [{"id": 1}]}]}
        """)));

    List<IpPool> pools = vm6.ipPools().list(ListQuery.all()).list();

    assertThat(pools.get(0).totalIp()).hasValue(1000);
    assertThat(pools.get(0).usingIp()).hasValue(12);
    assertThat(pools.get(1).totalIp()).hasValue(1000);
    assertThat(pools.get(1).usingIp()).hasValue(12);
    assertThat(pools.get(2).totalIp()).isEmpty();
    assertThat(pools.get(2).usingIp()).isEmpty();
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/ippool"))));
  }

  @Test
  void streamsNodesPageByPageWithTheFilter(WireMockRuntimeInfo wm) {
    String where = "cluster.id EQ 1";
    StringBuilder firstPage = new StringBuilder();
    for (int id = 1; id <= 100; id++) {
      firstPage.append(id == 1 ? "" : ",").append("{\"id\":").append(id).append(",\"name\":\"node").append(id)
          .append("\",\"cluster\":{\"id\":1,\"name\":\"kvm-cluster\"},\"host_creation_blocked\":").append(id == 2)
          .append("}");
    }
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/node")).withQueryParam("where", equalTo(where))
        .withQueryParam("limit", equalTo("0,100")).willReturn(okJson("{\"list\":[" + firstPage + "],\"size\":101}")));
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/node")).withQueryParam("where", equalTo(where))
        .withQueryParam("limit", equalTo("100,100")).willReturn(okJson(
            "{\"list\":[{\"id\":101,\"name\":\"node101\",\"state\":\"active\",\"host_count\":3,\"host_limit\":50}],"
                + "\"size\":101}")));

    List<Node> nodes = vm6.nodes().stream(ListQuery.where(Where.field("cluster.id").eq(1)))
        .collect(Collectors.toList());

    assertThat(nodes).hasSize(101);
    assertThat(nodes.get(1).hostCreationBlocked()).isTrue();
    assertThat(nodes.get(0).cluster().orElseThrow().name()).contains("kvm-cluster");
    Node last = nodes.get(100);
    assertThat(last.state()).contains("active");
    assertThat(last.hostCount()).hasValue(3);
    assertThat(last.hostLimit()).hasValue(50);
    wm.getWireMock().verifyThat(2, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/node"))));
  }

  @Test
  void findsOsTemplatesByNameAndTellsWhereTheyAreAvailable(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/os"))
        .withQueryParam("where", equalTo("name EQ 'Ubuntu 22.04'"))
        .withQueryParam("orderby", equalTo("id asc"))
        .willReturn(okJson("""
            {"last_notify": 0, "size": 1, "list": [
              {"id": 25, "name": "Ubuntu 22.04", "state": "active", "os_group": "unix", "repository": "ISPsystem",
               "repository_id": 1, "adminonly": false, "is_lxd_image": false, "efi_boot": true,
               "min_ram_mib": 512, "hdd_mib_required": 5120, "cpu_mode": null, "comment": null,
               "tags": ["linux"], "updated_at": "2026-10-01 00:00:00",
               "clusters": [{"id": 1, "name": "kvm-cluster"}],
               "nodes": [{"id": 3, "ip_addr": "10.0.0.3", "name": "node3", "ssh_port": 22}]}]}
            """)));

    OsTemplate os = vm6.osTemplates().list(ListQuery.builder()
        .where(Where.field("name").eq("Ubuntu 22.04")).addOrderBy(OrderBy.asc("id")).build()).list().get(0);

    assertThat(os.id()).isEqualTo(25);
    assertThat(os.billingKey()).isEqualTo("ISPsystem__Ubuntu 22.04");
    assertThat(os.availableOn(1)).isTrue();
    assertThat(os.availableOn(2)).isFalse();
    assertThat(os.adminOnly()).isFalse();
    assertThat(os.lxdImage()).isFalse();
    assertThat(os.efiBoot()).isTrue();
    assertThat(os.minRamMib()).hasValue(512);
    assertThat(os.hddMibRequired()).hasValue(5120);
    assertThat(os.osGroup()).contains("unix");
    assertThat(os.state()).contains("active");
    assertThat(os.tags()).containsExactly("linux");
    assertThat(os.otherFields()).containsKeys("repository_id", "nodes", "updated_at");
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/os"))
        .withQueryParam("where", equalTo("name EQ 'Ubuntu 22.04'")).withQueryParam("orderby", equalTo("id asc"))));
  }

  @Test
  void aClusterGivenAsOneObjectReadsAsAList(WireMockRuntimeInfo wm) {
    // One typed wrapper declares an OS template's clusters as an object, another as an array: both read.
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/os")).willReturn(okJson(
        "{\"list\":[{\"id\":26,\"name\":\"Debian 12\",\"repository\":\"local\",\"clusters\":{\"id\":2}}]}")));

    OsTemplate os = vm6.osTemplates().stream(ListQuery.all()).findFirst().orElseThrow();

    assertThat(os.availableOn(2)).isTrue();
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/os"))));
  }

  @Test
  void listsRecipesAndIpPools(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/recipe")).willReturn(okJson("""
        {"last_notify": 0, "list": [{"id": 5, "name": "LAMP", "repository": "ISPsystem", "updated_at": "2026-01-01",
          "tags": ["unix"], "has_email": false, "access": "public", "params_count": 2}]}
        """)));
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/ippool")).willReturn(okJson("""
        {"last_notify": 0, "list": [{"id": 3, "name": "public", "note": "main", "total_ip": 254, "using_ip": 40,
          "clusters": [{"id": 1, "interface": 0}]}]}
        """)));

    Recipe recipe = vm6.recipes().first(Where.field("name").eq("LAMP")).orElseThrow();
    IpPool pool = vm6.ipPools().list(ListQuery.all()).list().get(0);

    assertThat(recipe.id()).isEqualTo(5);
    assertThat(recipe.name()).isEqualTo("LAMP");
    assertThat(recipe.repository()).contains("ISPsystem");
    assertThat(recipe.tags()).containsExactly("unix");
    assertThat(recipe.paramsCount()).hasValue(2);
    assertThat(recipe.otherFields()).containsOnlyKeys("updated_at", "has_email", "access");
    assertThat(pool.name()).isEqualTo("public");
    assertThat(pool.note()).contains("main");
    assertThat(pool.totalIp()).hasValue(254);
    assertThat(pool.usingIp()).hasValue(40);
    assertThat(pool.clusters()).extracting(Ref::id).containsExactly(1L);
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/recipe"))
        .withQueryParam("where", equalTo("name EQ 'LAMP'"))));
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/ippool"))));
  }
}

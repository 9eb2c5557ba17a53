package dev.ispkit.vm6;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import dev.ispkit.client.core.PanelNotFoundException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading one VM in the list form, and every field of the full host object. */
final class VmReadTest extends LoggedInPanel {
  private static void answerHost(WireMockRuntimeInfo wm, String body) {
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/host"))
        .withQueryParam("where", equalTo("id EQ '101'"))
        .willReturn(okJson(body)));
  }

  @Test
  void readsOneVmThroughTheListFormWithOnlyTheFilter(WireMockRuntimeInfo wm) {
    answerHost(wm, Vm6Panel.resource("host-list.json"));

    Vm vm = vm6.vms().get(101);

    assertThat(vm.id()).isEqualTo(101);
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/host"))
        .withQueryParam("where", equalTo("id EQ '101'"))
        .withQueryParam("limit", absent())
        .withQueryParam("orderby", absent())));
  }

  @Test
  void everyFieldOfTheFullHostObjectIsTyped(WireMockRuntimeInfo wm) {
    answerHost(wm, Vm6Panel.resource("host-list.json"));

    Vm vm = vm6.vms().get(101);

    assertThat(vm.name()).isEqualTo("vps-10482");
    assertThat(vm.domain()).contains("vps-10482.example.com");
    assertThat(vm.comment()).contains("order 10482");
    assertThat(vm.state()).isEqualTo(VmState.ACTIVE);
    assertThat(vm.rawState()).contains("active");
    assertThat(vm.expandPart()).contains("/dev/vda1");
    assertThat(vm.ip4()).extracting(Vm.Address::ip).containsExactly("203.0.113.10", "203.0.113.11");
    assertThat(vm.ip4().get(0).interfaceName()).contains("vnet0");
    assertThat(vm.ip6()).extracting(Vm.Address::ip).containsExactly("2001:db8::10");
    assertThat(vm.interfaces()).hasSize(2);
    Vm.NetworkInterface second = vm.interfaces().get(1);
    assertThat(second.hostInterface()).contains("vnet1");
    assertThat(second.mac()).contains("52:54:00:12:34:57");
    assertThat(second.nodeInterface()).hasValue(1);
    assertThat(second.dhcp()).isTrue();
    Vm.NodePlacement node = vm.node().orElseThrow();
    assertThat(node.id()).isEqualTo(3);
    assertThat(node.name()).contains("node3");
    assertThat(node.ipAddr()).contains("10.0.0.3");
    assertThat(node.liveMigrationAllowed()).isTrue();
    assertThat(node.maintenanceMode()).isFalse();
    assertThat(node.hotPlugMemory()).isTrue();
    assertThat(vm.cluster().orElseThrow().id()).isEqualTo(1);
    assertThat(vm.cluster().orElseThrow().name()).contains("kvm-cluster");
    assertThat(vm.account().orElseThrow().id()).isEqualTo(7);
    assertThat(vm.account().orElseThrow().email()).contains("client@example.com");
    assertThat(vm.os().orElseThrow().id()).isEqualTo(25);
    Vm.Disk disk = vm.disk().orElseThrow();
    assertThat(disk.id()).isEqualTo(55);
    assertThat(disk.diskMib()).hasValue(10240);
    assertThat(disk.diskMibNew()).hasValue(20480);
    assertThat(vm.diskCount()).hasValue(1);
    assertThat(vm.cpuNumber()).hasValue(2);
    assertThat(vm.cpuNumberNew()).hasValue(4);
    assertThat(vm.ramMib()).hasValue(2048);
    assertThat(vm.ramMibNew()).hasValue(4096);
    assertThat(vm.efiBoot()).isFalse();
    assertThat(vm.hotPlug()).isTrue();
    assertThat(vm.liveResize()).isTrue();
    assertThat(vm.hotPlugCellCounter()).hasValue(2);
    assertThat(vm.netBandwidthMbitps()).hasValue(100);
    assertThat(vm.netBandwidthMbitpsChanged()).isTrue();
    assertThat(vm.ipAutomation()).contains("cloud_init");
    assertThat(vm.ipSummary()).contains("203.0.113.10 +1");
    assertThat(vm.netIsSynced()).isTrue();
    assertThat(vm.osName()).contains("Ubuntu 22.04");
    assertThat(vm.osGroup()).contains("unix");
    assertThat(vm.uptime()).hasValue(86400);
    assertThat(vm.rescueMode()).isFalse();
    assertThat(vm.isoMounted()).isTrue();
    assertThat(vm.isoReboot()).isFalse();
    assertThat(vm.isoStatus()).contains("mounted");
    assertThat(vm.cpuMode()).contains("host-passthrough");
    assertThat(vm.nesting()).isTrue();
    assertThat(vm.cpuCustomModel()).contains("");
    assertThat(vm.cpuWeight()).hasValue(1024);
    assertThat(vm.ioWeight()).hasValue(500);
    assertThat(vm.ioReadMbitps()).hasValue(200);
    assertThat(vm.ioWriteMbitps()).hasValue(150);
    assertThat(vm.ioReadIops()).hasValue(2000);
    assertThat(vm.ioWriteIops()).hasValue(1500);
    assertThat(vm.netInMbitps()).hasValue(100);
    assertThat(vm.netOutMbitps()).hasValue(90);
    assertThat(vm.netWeight()).hasValue(10);
    assertThat(vm.antiSpoofing()).isTrue();
    assertThat(vm.antiSpoofingSettings()).containsExactly(Map.entry("vlan", true));
    assertThat(vm.disabled()).isFalse();
    assertThat(vm.tcpConnectionsIn()).hasValue(1000);
    assertThat(vm.tcpConnectionsOut()).hasValue(2000);
    assertThat(vm.processNumber()).hasValue(0);
    Vm.Vxlan vxlan = vm.vxlan().orElseThrow();
    assertThat(vxlan.id()).isEqualTo(9);
    assertThat(vxlan.name()).contains("private-9");
    assertThat(vxlan.tag()).hasValue(1009);
    Vm.FirewallRule rule = vm.firewallRules().get(0);
    assertThat(rule.action()).contains("drop");
    assertThat(rule.direction()).contains("in");
    assertThat(rule.protocols()).containsExactly("tcp", "udp");
    assertThat(rule.portStart()).hasValue(25);
    assertThat(rule.portEnd()).hasValue(25);
    assertThat(vm.hasNonameIface()).isFalse();
    assertThat(vm.isProtected()).isTrue();
    assertThat(vm.extendedProtection()).isFalse();
    assertThat(vm.vm5Restrictions()).hasSize(6).containsEntry("ipv6", true).containsEntry("iso", false);
    assertThat(vm.spiceEnabled()).isTrue();
    assertThat(vm.spiceAdditionalEnabled()).isFalse();
    assertThat(vm.snapshotCount()).hasValue(2);
    assertThat(vm.snapshotLimit()).hasValue(5);
    assertThat(vm.snapshotRam()).isTrue();
    assertThat(vm.snapshotCurr()).hasValue(12);
    assertThat(vm.snapshotsAllowed()).isTrue();
    assertThat(vm.balancerMode()).contains("auto");
    assertThat(vm.linkedCloneImage().orElseThrow().id()).isZero();
    assertThat(vm.monInstallDate()).contains("2026-11-20 09:15:00");
    assertThat(vm.createDate()).contains("2026-11-20 09:00:00");
  }

  @Test
  void fieldsTheClientDoesNotMapSurviveAsJson(WireMockRuntimeInfo wm) {
    answerHost(wm, Vm6Panel.resource("host-list.json"));

    Vm vm = vm6.vms().get(101);

    assertThat(vm.otherFields()).containsOnlyKeys("tags", "ispkit_test_future_field");
    assertThat(vm.otherFields().get("tags").get(0).path("name").asText()).isEqualTo("premium");
    assertThat(vm.otherFields().get("ispkit_test_future_field").path("values").toString()).isEqualTo("[1,2]");
  }

  @Test
  void anUnknownStateReadsAsUnknownAndKeepsThePanelsWord(WireMockRuntimeInfo wm) {
    answerHost(wm, Vm6Panel.resource("host-list.json").replace("\"state\": \"active\"", "\"state\": \"migrating\""));

    Vm vm = vm6.vms().get(101);

    assertThat(vm.state()).isEqualTo(VmState.UNKNOWN);
    assertThat(vm.rawState()).contains("migrating");
  }

  @Test
  void aSparseObjectReadsWithEmptyValues(WireMockRuntimeInfo wm) {
    answerHost(wm, "{\"list\":[{\"id\":101,\"state\":\"creating\"}]}");

    Vm vm = vm6.vms().get(101);

    assertThat(vm.state()).isEqualTo(VmState.CREATING);
    assertThat(vm.name()).isEmpty();
    assertThat(vm.ip4()).isEmpty();
    assertThat(vm.cluster()).isEmpty();
    assertThat(vm.cpuNumber()).isEmpty();
    assertThat(vm.isProtected()).isFalse();
    assertThat(vm.otherFields()).isEmpty();
  }

  @Test
  void aMissingVmIsEmptyForFindAndNotFoundForGet(WireMockRuntimeInfo wm) {
    answerHost(wm, "{\"last_notify\":1,\"list\":[],\"size\":0}");

    assertThat(vm6.vms().find(101)).isEmpty();
    assertThatThrownBy(() -> vm6.vms().get(101))
        .isInstanceOf(PanelNotFoundException.class)
        .hasMessage("VMmanager 6 has no VM 101");
  }

  @Test
  void aPanelIgnoringTheFilterCannotHandBackAnotherVm(WireMockRuntimeInfo wm) {
    answerHost(wm, "{\"list\":[{\"id\":100,\"name\":\"someone-else\"},{\"id\":101,\"name\":\"vps-10482\"}]}");

    assertThat(vm6.vms().get(101).name()).isEqualTo("vps-10482");
    answerHost(wm, "{\"list\":[{\"id\":100,\"name\":\"someone-else\"}]}");
    assertThat(vm6.vms().find(101)).isEmpty();
  }

  @Test
  void listsTheIpv4AddressesWithTheirIds(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/host/101/ipv4")).willReturn(okJson("""
        {"last_notify": 0, "size": 1,
         "list": [{"id": 900, "ip_addr": "203.0.113.10", "domain": "vps.example.com", "gateway": "203.0.113.1",
                   "mask": "255.255.255.0", "state": "active", "family": 4, "ippool": 3, "network": 12,
                   "host": {"id": 101, "name": "vps-10482", "interface": 1, "interface_name": "vnet0"},
                   "cluster_interface": 0, "vxlan": {"id": 0, "name": "", "tag": 0}}]}
        """)));

    List<Ipv4Address> addresses = vm6.vms().ipv4(101);

    assertThat(addresses).hasSize(1);
    Ipv4Address address = addresses.get(0);
    assertThat(address.id()).isEqualTo(900);
    assertThat(address.ipAddr()).isEqualTo("203.0.113.10");
    assertThat(address.domain()).contains("vps.example.com");
    assertThat(address.gateway()).contains("203.0.113.1");
    assertThat(address.mask()).contains("255.255.255.0");
    assertThat(address.state()).contains("active");
    assertThat(address.family()).hasValue(4);
    assertThat(address.ipPool()).hasValue(3);
    assertThat(address.network()).hasValue(12);
    assertThat(address.host().orElseThrow().id()).isEqualTo(101);
    assertThat(address.clusterInterface()).hasValue(0);
    assertThat(address.otherFields()).containsOnlyKeys("vxlan");
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/host/101/ipv4"))));
  }
}

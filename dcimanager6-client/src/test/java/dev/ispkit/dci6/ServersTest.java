package dev.ispkit.dci6;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.OrderBy;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelList;
import dev.ispkit.client.core.Where;
import java.util.List;
import java.util.stream.Collectors;

@WireMockTest
final class ServersTest {
  private static final String PRODUCTION_PAGE = TestPanel.resource("/fixtures/server-list-production.json");

  @BothPrefixes
  void listSendsFilterSortAndWindowAndParsesTheRealProductionElement(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server"))).willReturn(okJson(PRODUCTION_PAGE)));

      PanelList<Server> page = panel.dci.servers().list(ListQuery.builder()
          .where(Where.field("owner_email").eq("client@example.com").and(Where.field("location_id").eq(3)))
          .addOrderBy(OrderBy.asc("configuration"))
          .limit(4, 18)
          .build());

      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server")))
          .withQueryParam("where", equalTo("(owner_email EQ 'client@example.com') AND (location_id EQ 3)"))
          .withQueryParam("orderby", equalTo("configuration asc"))
          .withQueryParam("limit", equalTo("4,18")));
      assertThat(page.size()).hasValue(22);
      assertThat(page.lastNotify()).hasValue(10308673);
      assertThat(page.list()).hasSize(1);
      assertProductionServer(page.list().get(0));
    }
  }

  /** Every field the availability rule and the lifecycles read, from the verbatim production element (§4.1). */
  static void assertProductionServer(Server server) {
    assertThat(server.id()).isEqualTo(3241);
    assertThat(server.name()).contains("cs59019");
    assertThat(server.domain()).contains("cs59019.com");
    assertThat(server.barcode()).contains("cs59019");
    assertThat(server.uuid()).contains("b6725b2d-2590-4f9d-83e4-c6efbf077f9b");
    assertThat(server.owner()).hasValueSatisfying(owner -> {
      assertThat(owner.id()).isEqualTo(930);
      assertThat(owner.email()).contains("<client email>");
    });
    assertThat(server.ownerEmail()).contains("<client email>");
    assertThat(server.configuration()).isEmpty();
    assertThat(server.generatedConfiguration()).contains("");
    assertThat(server.isCustomConfiguration()).isFalse();
    assertThat(server.exploitationStatus()).isEqualTo(ExploitationStatus.IN_EXPLOITATION);
    assertThat(server.hasErrors()).isFalse();
    assertThat(server.diagError()).isEmpty();
    assertThat(server.operation()).isEmpty();
    assertThat(server.maintenanceMode()).isEmpty();
    assertThat(server.mac()).isEmpty();
    assertThat(server.state()).isEqualTo(ServerState.OK);
    assertThat(server.stateInfo()).isEmpty();
    assertThat(server.warehouseStatus()).isEqualTo(WarehouseStatus.IN_RACK);
    assertThat(server.location()).hasValueSatisfying(location -> {
      assertThat(location.id()).isEqualTo(3);
      assertThat(location.name()).contains("DataPro Moscow I (RU)");
      assertThat(location.geolocation()).contains("Russia, Moscow, Aviamotornaya 69");
    });
    assertThat(server.locationId()).contains(3L);
    assertThat(server.powerStatus()).isEqualTo(PowerStatus.ON);
    assertThat(server.isNew()).isFalse();
    assertThat(server.hardwareInfo()).isEmpty();
    assertThat(server.osTemplate()).isEmpty();
    assertThat(server.rack()).hasValueSatisfying(rack -> assertThat(rack.name()).contains("DP-M16-I13"));
    assertThat(server.unit()).contains(3);

    assertThat(server.switchConnections()).singleElement().satisfies(port -> {
      assertThat(port.id()).isEqualTo(900);
      assertThat(port.switchId()).contains(35L);
      assertThat(port.switchName()).contains("DP.M16.RI13-sw-1_35563");
      assertThat(port.connectionId()).contains(5930L);
      assertThat(port.description()).contains("GigabitEthernet0/14");
      assertThat(port.adminStatus()).isEqualTo(PortStatus.UP);
      assertThat(port.operStatus()).isEqualTo(PortStatus.UP);
      assertThat(port.isIpmiConnection()).isFalse(); // 0 in the answer
      assertThat(port.hiddenConnection()).isFalse();
    });
    assertThat(server.networkSwitchConnections()).hasSize(1);

    assertThat(server.pduConnections()).singleElement().satisfies(pdu -> {
      assertThat(pdu.connectionId()).contains(2795L);
      assertThat(pdu.identity()).contains("20");
      assertThat(pdu.pduId()).contains(34L);
      assertThat(pdu.pduName()).contains("sm_m16_i13_pdu_1_e35331");
      assertThat(pdu.portId()).contains(660L);
      assertThat(pdu.powerStatus()).isEqualTo(PortStatus.UP);
    });

    assertThat(server.ips()).hasSize(2);
    assertThat(server.ips().get(0)).satisfies(ip -> {
      assertThat(ip.id()).isEqualTo(19367);
      assertThat(ip.address()).isEqualTo("94.198.51.220");
      assertThat(ip.domain()).contains("cs59019.com");
      assertThat(ip.family()).isEqualTo(IpFamily.IPV4);
      assertThat(ip.gateway()).contains("94.198.51.254");
      assertThat(ip.network()).contains("94.198.51.0/24");
      assertThat(ip.status()).isEqualTo(IpStatus.OK);
      assertThat(ip.temporary()).isFalse();
      assertThat(ip.type()).contains("common");
    });
    assertThat(server.ips().get(1).address()).isEqualTo("152.89.217.119");

    // "first": 1e39 sits in main_ipv4_info and must not break anything.
    assertThat(server.mainIpv4()).contains(19367L);
    assertThat(server.mainIpv4Info()).hasValueSatisfying(main -> {
      assertThat(main.id()).contains(19367L);
      assertThat(main.address()).contains("94.198.51.220");
    });
    assertThat(server.mainIpv4Address()).contains("94.198.51.220");
    assertThat(server.mainIpv6()).isEmpty();
    assertThat(server.mainIpv6Info()).hasValueSatisfying(main -> assertThat(main.address()).isEmpty());
  }

  @BothPrefixes
  void streamWalksThreePagesWithTheSameFilter(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      String[] pages = {"{\"id\":1},{\"id\":2}", "{\"id\":3},{\"id\":4}", "{\"id\":5}"};
      for (int page = 0; page < pages.length; page++) {
        panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server")))
            .withQueryParam("limit", equalTo((page * 2) + ",2"))
            .willReturn(okJson("{\"last_notify\":1,\"list\":[" + pages[page] + "],\"size\":5}")));
      }
      ListQuery free = ListQuery.builder().where(Where.field("owner_email").isNull()).addOrderBy(OrderBy.asc("id"))
          .build();

      List<Long> ids = panel.dci.servers().stream(free, 2).map(Server::id).collect(Collectors.toList());

      assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
      for (String limit : List.of("0,2", "2,2", "4,2")) {
        panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server")))
            .withQueryParam("where", equalTo("owner_email IS null"))
            .withQueryParam("orderby", equalTo("id asc"))
            .withQueryParam("limit", equalTo(limit)));
      }
      assertThat(panel.panelCalls()).hasSize(3);
    }
  }

  @BothPrefixes
  void freeInLocationAsksForUnownedServersOfTheLocation(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server")))
          .willReturn(okJson("{\"last_notify\":1,\"list\":[{\"id\":7,\"owner\":null,\"location_id\":3},"
              + "{\"id\":9,\"owner\":null,\"location_id\":3}],\"size\":2}")));

      List<Server> free = panel.dci.servers().freeInLocation(3);

      assertThat(free).extracting(Server::id).containsExactly(7L, 9L);
      assertThat(free).allSatisfy(server -> assertThat(server.owner()).isEmpty());
      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server")))
          .withQueryParam("where", equalTo("(owner_email IS null) AND (location_id EQ 3)"))
          .withQueryParam("orderby", equalTo("id asc"))
          .withQueryParam("limit", equalTo("0,500")));
    }
  }

  @BothPrefixes
  void inLocationReadsTheWholeInventoryOfTheLocation(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server")))
          .willReturn(okJson("{\"list\":[{\"id\":7,\"owner\":{\"id\":2,\"email\":\"a@example.com\"}}],\"size\":1}")));

      List<Server> all = panel.dci.servers().inLocation(5);

      assertThat(all).singleElement().satisfies(server -> assertThat(server.owner()).isPresent());
      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server")))
          .withQueryParam("where", equalTo("location_id EQ 5"))
          .withQueryParam("limit", equalTo("0,500")));
    }
  }

  @BothPrefixes
  void getReadsOneServerWithItsHardware(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3241"))).willReturn(okJson(
          "{\"id\":3241,\"configuration\":\"E-2146G-64Gb-1920SSD-3840SSD\",\"mac\":\"0c:c4:7a:1e:2f:30\","
              + "\"maintenance_mode\":0,\"has_errors\":1,\"diag_error\":\"SMART: sdb reallocated sectors\","
              + "\"operation\":{\"id\":1,\"status\":\"ok\",\"status_info\":null,\"progress_info\":[]},"
              + "\"hardware_info\":{\"motherboard\":{\"model\":\"X11SCL-F\"},\"ram\":[{\"size\":32768},null]},"
              + "\"location\":{\"id\":3,\"name\":\"DataPro\"}}")));

      Server server = panel.dci.servers().get(3241);

      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241"))));
      assertThat(server.configuration()).isEqualTo("E-2146G-64Gb-1920SSD-3840SSD");
      assertThat(server.mac()).contains("0c:c4:7a:1e:2f:30");
      assertThat(server.maintenanceMode()).contains(false);
      assertThat(server.hasErrors()).isTrue();
      assertThat(server.diagError().map(PanelValue::text)).contains("SMART: sdb reallocated sectors");
      assertThat(server.operation()).hasValueSatisfying(op -> {
        assertThat(op.id()).isEqualTo(1);
        assertThat(op.status()).isEqualTo(OperationStatus.OK);
        assertThat(op.isEnded()).isTrue();
      });
      assertThat(server.hardwareInfo().flatMap(hw -> hw.textAt("motherboard", "model"))).contains("X11SCL-F");
      assertThat(server.hardwareInfo().orElseThrow().asMap()).containsKeys("motherboard", "ram");
      // No location_id in the answer: the embedded location's id stands in.
      assertThat(server.locationId()).contains(3L);
    }
  }

  @BothPrefixes
  void configurationsCountFreeServers(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/configuration"))).willReturn(okJson(
          "{\"list\":[{\"configuration\":\"i9-9900K-64Gb-2x1024NVMe\",\"free_server_count\":42},"
              + "{\"configuration\":\"E-2146G-64Gb-1920SSD-3840SSD\",\"free_server_count\":\"3\"}]}")));

      List<ConfigurationCount> counts = panel.dci.servers().configurations();

      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/configuration"))));
      assertThat(counts).extracting(ConfigurationCount::configuration, ConfigurationCount::freeServerCount)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("i9-9900K-64Gb-2x1024NVMe", 42),
              org.assertj.core.groups.Tuple.tuple("E-2146G-64Gb-1920SSD-3840SSD", 3));
    }
  }

  @BothPrefixes
  void setOwnerPostsTheUserThenReadsTheServerBack(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/owner")))
          .willReturn(okJson("{\"id\":3241}")));
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3241"))).willReturn(okJson(
          "{\"id\":3241,\"owner\":{\"id\":930,\"email\":\"client@example.com\"},"
              + "\"owner_email\":\"client@example.com\"}")));

      Server claimed = panel.dci.servers().setOwner(3241, 930);

      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/owner")))
          .withHeader("Content-Type", equalTo("application/json"))
          .withRequestBody(equalToJson("{\"owner\":930}")));
      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241"))));
      assertThat(panel.panelCalls()).extracting(r -> r.getMethod().getName()).containsExactly("POST", "GET");
      assertThat(claimed.owner().map(Owner::id)).contains(930L);
    }
  }

  @BothPrefixes
  void setOwnerRefusedWith400ForAServerAnotherUserOwnsIsAConflict(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/owner"))).willReturn(aResponse()
          .withStatus(400).withHeader("Content-Type", "application/json")
          .withBody("{\"error\":{\"code\":5002,\"msg\":\"Server 3241 already has an owner\",\"value\":{}}}")));
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3241"))).willReturn(okJson(
          "{\"id\":3241,\"owner\":{\"id\":77,\"email\":\"first@example.com\"},"
              + "\"owner_email\":\"first@example.com\"}")));

      assertThatThrownBy(() -> panel.dci.servers().setOwner(3241, 930))
          .isInstanceOfSatisfying(PanelConflictException.class, e -> {
            assertThat(e.httpStatus()).hasValue(400);
            assertThat(e.panelCode()).contains("5002");
            assertThat(e.getMessage()).contains("owned by user 77, not 930").contains("already has an owner");
            assertThat(e.getCause()).isInstanceOf(PanelInvalidRequestException.class);
          });
      assertThat(panel.panelCalls()).extracting(r -> r.getMethod().getName()).containsExactly("POST", "GET");
    }
  }

  @BothPrefixes
  void setOwnerRefusedWith400ForAnotherReasonStaysAnInvalidRequest(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/owner"))).willReturn(aResponse()
          .withStatus(400).withHeader("Content-Type", "application/json")
          .withBody("{\"error\":{\"code\":5000,\"msg\":\"Property 'owner' is invalid\",\"value\":{}}}")));
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3241")))
          .willReturn(okJson("{\"id\":3241,\"owner\":null,\"owner_email\":null}")));

      assertThatThrownBy(() -> panel.dci.servers().setOwner(3241, 930))
          .isExactlyInstanceOf(PanelInvalidRequestException.class)
          .hasMessageContaining("Property 'owner' is invalid");
    }
  }

  @BothPrefixes
  void setOwnerRefusedWith409IsAConflictWithoutAnotherRead(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/owner"))).willReturn(aResponse()
          .withStatus(409).withHeader("Content-Type", "application/json")
          .withBody("{\"error\":{\"code\":5002,\"msg\":\"Server 3241 already has an owner\"}}")));

      assertThatThrownBy(() -> panel.dci.servers().setOwner(3241, 930)).isInstanceOf(PanelConflictException.class);
      assertThat(panel.panelCalls()).extracting(r -> r.getMethod().getName()).containsExactly("POST");
    }
  }

  @BothPrefixes
  void removeOwnerDeletesThenReadsTheServerBack(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(delete(urlPathEqualTo(panel.path("/dci/v3/server/3241/owner")))
          .willReturn(okJson("{\"id\":3241}")));
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3241")))
          .willReturn(okJson("{\"id\":3241,\"owner\":null,\"owner_email\":null}")));

      Server freed = panel.dci.servers().removeOwner(3241);

      panel.verifyOnce(deleteRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/owner"))));
      assertThat(panel.panelCalls()).extracting(r -> r.getMethod().getName()).containsExactly("DELETE", "GET");
      assertThat(freed.owner()).isEmpty();
      assertThat(freed.ownerEmail()).isEmpty();
    }
  }

  /** The first owner removal of server 3241 is lost after the panel acted; the repeat is answered as given. */
  private static void ownerRemovalLostThen(TestPanel panel, int status, String body) {
    String owner = panel.path("/dci/v3/server/3241/owner");
    panel.wm.register(delete(urlPathEqualTo(owner)).inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("removed").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    panel.wm.register(delete(urlPathEqualTo(owner)).inScenario("lost").whenScenarioStateIs("removed")
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
  }

  @BothPrefixes
  void removeOwnerRepeatedAfterALostAnswerThatFindsItGoneReadsTheServerBackUnowned(String prefix,
      WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      ownerRemovalLostThen(panel, 404, "{\"error\":{\"code\":3080,\"msg\":\"Owner not found\"}}");
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3241")))
          .willReturn(okJson("{\"id\":3241,\"owner\":null,\"owner_email\":null}")));

      Server freed = panel.dci.servers().removeOwner(3241);

      assertThat(panel.panelCalls()).extracting(r -> r.getMethod().getName())
          .containsExactly("DELETE", "DELETE", "GET");
      assertThat(freed.owner()).isEmpty();
    }
  }

  @BothPrefixes
  void removeOwnerRepeatedAfterALostAnswerThatIsRefusedOtherwiseFailsWithTheRefusal(String prefix,
      WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      ownerRemovalLostThen(panel, 400, "{\"error\":{\"code\":5002,\"msg\":\"Server has no owner\"}}");

      assertThatThrownBy(() -> panel.dci.servers().removeOwner(3241))
          .isInstanceOf(PanelInvalidRequestException.class)
          .hasMessageContaining("Server has no owner");
      assertThat(panel.panelCalls()).extracting(r -> r.getMethod().getName()).containsExactly("DELETE", "DELETE");
    }
  }
}

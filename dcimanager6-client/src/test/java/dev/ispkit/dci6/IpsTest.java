package dev.ispkit.dci6;

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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.util.List;

@WireMockTest
final class IpsTest {
  private static final String TWO_IPS = "{\"id\":3241,\"ip\":["
      + "{\"id\":19367,\"name\":\"94.198.51.220\",\"family\":\"ipv4\",\"status\":\"ok\",\"temporary\":0},"
      + "{\"id\":19390,\"name\":\"152.89.217.119\",\"family\":\"ipv4\",\"status\":\"ok\",\"temporary\":1}]}";

  @BothPrefixes
  void listReadsTheServersAddresses(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3241"))).willReturn(okJson(TWO_IPS)));

      List<Ip> ips = panel.dci.ips().list(3241);

      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241"))));
      assertThat(ips).extracting(Ip::address).containsExactly("94.198.51.220", "152.89.217.119");
      assertThat(ips.get(1).temporary()).isTrue();
    }
  }

  @BothPrefixes
  void addSendsFamilyCountAndPoolAndReadsTheAddedAddresses(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/ip"))).willReturn(okJson(
          "{\"list\":[{\"id\":20001,\"name\":\"94.198.51.221\",\"family\":\"ipv4\",\"gateway\":\"94.198.51.254\","
              + "\"network\":\"94.198.51.0/24\",\"status\":\"ok\"},"
              + "{\"id\":20002,\"name\":\"94.198.51.222\",\"family\":\"ipv4\",\"status\":\"allocating\"}]}")));

      List<Ip> added = panel.dci.ips().add(3241, IpRequest.builder().count(2).pool(7L).build());

      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/ip")))
          .withHeader("Content-Type", equalTo("application/json"))
          .withRequestBody(equalToJson("{\"family\":\"ipv4\",\"count\":2,\"pool\":7}")));
      assertThat(added).extracting(Ip::id).containsExactly(20001L, 20002L);
      assertThat(added.get(1).status()).isEqualTo(IpStatus.ALLOCATING);
    }
  }

  @BothPrefixes
  void addOneGivenAddress(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/ip"))).willReturn(okJson(
          "{\"list\":[{\"id\":20003,\"name\":\"2a01:4f8::3\",\"family\":\"ipv6\",\"status\":\"ok\"}]}")));

      List<Ip> added = panel.dci.ips().add(3241,
          IpRequest.builder().family(IpFamily.IPV6).address("2a01:4f8::3").build());

      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/ip")))
          .withRequestBody(equalToJson("{\"family\":\"ipv6\",\"count\":1,\"name\":\"2a01:4f8::3\"}")));
      assertThat(added).singleElement().satisfies(ip -> assertThat(ip.family()).isEqualTo(IpFamily.IPV6));
    }
  }

  @BothPrefixes
  void removeDeletesOneAddress(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(delete(urlPathEqualTo(panel.path("/dci/v3/server/3241/ip/19367")))
          .willReturn(okJson("{\"id\":19367}")));

      panel.dci.ips().remove(3241, 19367);

      panel.verifyOnce(deleteRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/ip/19367"))));
    }
  }

  @BothPrefixes
  void removeAllDeletesEveryAddressOfTheServer(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3241"))).willReturn(okJson(TWO_IPS)));
      panel.wm.register(delete(urlPathMatching(panel.path("/dci/v3/server/3241/ip/\\d+")))
          .willReturn(okJson("{\"id\":1}")));

      List<Ip> removed = panel.dci.ips().removeAll(3241);

      assertThat(removed).extracting(Ip::id).containsExactly(19367L, 19390L);
      panel.verifyOnce(deleteRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/ip/19367"))));
      panel.verifyOnce(deleteRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/ip/19390"))));
      assertThat(panel.panelCalls()).hasSize(3);
    }
  }
}

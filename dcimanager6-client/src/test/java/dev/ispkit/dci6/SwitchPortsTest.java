package dev.ispkit.dci6;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.PanelResponseException;
import java.util.List;

@WireMockTest
final class SwitchPortsTest {
  // Two network ports (flags as 0/1 and as booleans) and the BMC's port, which must never be touched.
  private static final String SERVER = "{\"id\":3241,\"switch_connection\":["
      + "{\"admin_status\":\"up\",\"id\":900,\"is_ipmi_connection\":0,\"switch\":35},"
      + "{\"admin_status\":\"down\",\"id\":901,\"is_ipmi_connection\":false,\"switch\":36},"
      + "{\"admin_status\":\"up\",\"id\":902,\"is_ipmi_connection\":1,\"switch\":35}]}";

  @BothPrefixes
  void disableTurnsDownEveryPortButTheBmcs(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3241"))).willReturn(okJson(SERVER)));
      panel.wm.register(post(urlPathMatching(panel.path("/dci/v3/switch/\\d+/port/\\d+")))
          .willReturn(okJson("{\"id\":1}")));

      List<SwitchConnection> ports = panel.dci.switchPorts().disable(3241);

      assertThat(ports).extracting(SwitchConnection::id).containsExactly(900L, 901L);
      for (String path : List.of("/dci/v3/switch/35/port/900", "/dci/v3/switch/36/port/901")) {
        panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path(path)))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("{\"admin_status\":\"down\"}")));
      }
      panel.wm.verifyThat(0, postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/switch/35/port/902"))));
    }
  }

  @BothPrefixes
  void enableTurnsUpEveryPortButTheBmcs(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3241"))).willReturn(okJson(SERVER)));
      panel.wm.register(post(urlPathMatching(panel.path("/dci/v3/switch/\\d+/port/\\d+")))
          .willReturn(okJson("{\"id\":1}")));

      List<SwitchConnection> ports = panel.dci.switchPorts().enable(3241);

      assertThat(ports).hasSize(2);
      for (String path : List.of("/dci/v3/switch/35/port/900", "/dci/v3/switch/36/port/901")) {
        panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path(path)))
            .withRequestBody(equalToJson("{\"admin_status\":\"up\"}")));
      }
      assertThat(panel.panelCalls()).hasSize(3);
    }
  }

  @BothPrefixes
  void aServerWithoutSwitchPortsChangesNothingAndSaysSo(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/7")))
          .willReturn(okJson("{\"id\":7,\"switch_connection\":[]}")));

      assertThat(panel.dci.switchPorts().disable(7)).isEmpty();
      assertThat(panel.panelCalls()).hasSize(1);
    }
  }

  @BothPrefixes
  void aConnectionWithoutItsSwitchStopsBeforeAnyPortChanges(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/8"))).willReturn(okJson(
          "{\"id\":8,\"switch_connection\":[{\"id\":1,\"switch\":3},{\"id\":2,\"switch\":null}]}")));

      assertThatThrownBy(() -> panel.dci.switchPorts().disable(8)).isInstanceOf(PanelResponseException.class)
          .hasMessageContaining("switch connection 2 names no switch");
      assertThat(panel.panelCalls()).hasSize(1);
    }
  }

  @BothPrefixes
  void setChangesOnePort(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/switch/35/port/900")))
          .willReturn(okJson("{\"id\":900}")));

      panel.dci.switchPorts().set(35, 900, PortStatus.DOWN);

      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/switch/35/port/900")))
          .withRequestBody(equalToJson("{\"admin_status\":\"down\"}")));
    }
  }
}

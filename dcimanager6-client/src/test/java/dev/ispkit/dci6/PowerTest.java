package dev.ispkit.dci6;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ispkit.client.core.PanelConflictException;

@WireMockTest
final class PowerTest {
  @BothPrefixes
  void onOffAndResetPostAnEmptyObject(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      for (String command : new String[] {"power_on", "power_off", "power_reset"}) {
        panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/" + command)))
            .willReturn(okJson("{\"id\":3241}")));
      }

      panel.dci.power().on(3241);
      panel.dci.power().off(3241);
      panel.dci.power().reset(3241);

      for (String command : new String[] {"power_on", "power_off", "power_reset"}) {
        panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/" + command)))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("{}")));
      }
      assertThat(panel.panelCalls()).hasSize(3);
    }
  }

  @BothPrefixes
  void statusIsReadFromTheServer(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/1")))
          .willReturn(okJson("{\"id\":1,\"power_status\":\"off\"}")));
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/2"))).willReturn(okJson("{\"id\":2}")));

      assertThat(panel.dci.power().status(1)).isEqualTo(PowerStatus.OFF);
      assertThat(panel.dci.power().status(2)).isEqualTo(PowerStatus.UNKNOWN);
      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/1"))));
    }
  }

  @BothPrefixes
  void aRefusedCommandIsAConflictAndIsNotRepeated(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/5/power_on"))).willReturn(aResponse()
          .withStatus(409).withHeader("Content-Type", "application/json")
          .withBody("{\"error\":{\"code\":4009,\"msg\":\"Server 5 is already powered on\"}}")));

      assertThatThrownBy(() -> panel.dci.power().on(5)).isInstanceOf(PanelConflictException.class)
          .hasMessageContaining("already powered on");
      assertThat(panel.panelCalls()).hasSize(1);
    }
  }

  @BothPrefixes
  void aWakingPanelsAnswer503IsRepeatedEvenForAPost(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/5/power_off"))).inScenario("waking")
          .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("awake")
          .willReturn(aResponse().withStatus(503).withBody("Unavailable")));
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/5/power_off"))).inScenario("waking")
          .whenScenarioStateIs("awake").willReturn(okJson("{\"id\":5}")));

      panel.dci.power().off(5);

      panel.wm.verifyThat(2, TestPanel.withSession(postRequestedFor(urlPathEqualTo(panel.path(
          "/dci/v3/server/5/power_off"))).withRequestBody(equalToJson("{}"))));
      assertThat(panel.time.sleeps).hasSize(1);
    }
  }

  @BothPrefixes
  void aRefusedSessionLogsInAgainOnceAndRepeatsTheCall(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/5"))).inScenario("expired")
          .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("renewed")
          .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
              .withBody("{\"error\":{\"code\":1000,\"msg\":\"Token expired\"}}")));
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/5"))).inScenario("expired")
          .whenScenarioStateIs("renewed").willReturn(okJson("{\"id\":5,\"power_status\":\"on\"}")));

      assertThat(panel.dci.power().status(5)).isEqualTo(PowerStatus.ON);

      panel.wm.verifyThat(2, postRequestedFor(urlPathEqualTo(panel.path("/auth/v4/public/token")))
          .withRequestBody(equalToJson("{\"email\":\"" + TestPanel.EMAIL + "\",\"password\":\""
              + TestPanel.PASSWORD + "\"}")));
      panel.wm.verifyThat(2, TestPanel.withSession(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/5")))));
    }
  }
}

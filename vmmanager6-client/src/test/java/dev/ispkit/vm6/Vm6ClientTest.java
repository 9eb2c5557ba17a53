package dev.ispkit.vm6;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.transport.FakeTime;
import org.junit.jupiter.api.Test;

/** The facade: VMmanager's paths without /api by default, core's auth v4 session shared by every group. */
@WireMockTest
final class Vm6ClientTest {
  private final FakeTime time = new FakeTime();

  @Test
  void logsInOnceForCallsOfEveryGroup(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Vm6Panel.login());
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/cluster")).willReturn(okJson("{\"list\":[]}")));
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/account")).willReturn(okJson("{\"list\":[]}")));
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/task/777")).willReturn(okJson("{\"id\":777}")));

    try (Vm6Client vm6 = Vm6Panel.client(wm.getHttpBaseUrl(), time)) {
      vm6.clusters().list(ListQuery.all());
      vm6.accounts().list(ListQuery.all());
      vm6.tasks().get(777);
    }

    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/auth/v4/public/token"))
        .withRequestBody(equalToJson("{\"email\":\"admin@example.com\",\"password\":\"" + Vm6Panel.PASSWORD + "\"}")));
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/cluster"))));
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/account"))));
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/task/777"))));
  }

  @Test
  void anApiPrefixPutsEveryPathBelowIt(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/api/auth/v4/public/token"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"token\":\"" + Vm6Panel.TOKEN + "\"}")));
    wm.getWireMock().register(get(urlPathEqualTo("/api/vm/v3/cluster/1")).willReturn(okJson("{\"id\":1}")));

    try (Vm6Client vm6 = Vm6Client.create(Vm6Panel.config(wm.getHttpBaseUrl(), time).apiPrefix("/api").build())) {
      assertThat(vm6.clusters().get(1).id()).isEqualTo(1);
    }

    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/api/vm/v3/cluster/1"))));
  }

  @Test
  void aRefusedSessionLogsInAgainAndRepeatsTheCall(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Vm6Panel.login());
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/cluster/1")).inScenario("expiry").whenScenarioStateIs(STARTED)
        .willSetStateTo("refused").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"code\":1000,\"msg\":\"Token expired\"}}")));
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/cluster/1")).inScenario("expiry")
        .whenScenarioStateIs("refused")
        .willReturn(okJson("{\"id\":1,\"virtualization_type\":\"lxd\"}")));

    try (Vm6Client vm6 = Vm6Panel.client(wm.getHttpBaseUrl(), time)) {
      assertThat(vm6.clusters().get(1).virtualizationType()).isEqualTo(VirtualizationType.LXD);
    }

    wm.getWireMock().verifyThat(2, postRequestedFor(urlPathEqualTo("/auth/v4/public/token")));
    wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo("/vm/v3/cluster/1"))
        .withHeader("x-xsrf-token", equalTo(Vm6Panel.TOKEN)));
  }
}

package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.HttpLogLevel;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelOutcomeUnknownException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Failures that come after the answer's status and headers (a broken chunk, a body slower than the read timeout):
 * each is a {@link PanelException}, at any log level (FULL reads the body for its log before any decoder does), and
 * the retry rule is the one for a failure before the headers: a read is repeated, a POST is not, and its caller
 * learns that the panel may have acted.
 */
@WireMockTest
final class AnswerFaultTest {
  private final FakeTime time = new FakeTime();

  private SampleApi api(String baseUrl, HttpLogLevel level) {
    ClientConfig config = Panels.config(baseUrl, time).readTimeout(Duration.ofMillis(500)).logLevel(level).build();
    return Panels.transport(config).target(SampleApi.class, Authenticator.NONE);
  }

  private SampleApi api(WireMockRuntimeInfo wm, HttpLogLevel level) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    return Panels.loggedIn(Panels.config(wm.getHttpBaseUrl(), time).logLevel(level).build());
  }

  private static ResponseDefinitionBuilder brokenChunk() {
    return aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK);
  }

  @ParameterizedTest(name = "at {0}")
  @EnumSource(value = HttpLogLevel.class, names = {"NONE", "FULL"})
  void aReadIsRepeatedAfterABrokenChunk(HttpLogLevel level, WireMockRuntimeInfo wm) {
    SampleApi api = api(wm, level);
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).inScenario("body")
        .whenScenarioStateIs(STARTED).willSetStateTo("whole").willReturn(brokenChunk()));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).inScenario("body")
        .whenScenarioStateIs("whole").willReturn(okJson("{\"id\":5}")));

    assertThat(api.server(5)).containsEntry("id", 5);

    wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5")));
  }

  @ParameterizedTest(name = "at {0}")
  @EnumSource(value = HttpLogLevel.class, names = {"NONE", "FULL"})
  void aReadThatKeepsBreakingOffEndsInAConnectionFailureWithTheStatus(HttpLogLevel level, WireMockRuntimeInfo wm) {
    SampleApi api = api(wm, level);
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(brokenChunk()));

    assertThatThrownBy(() -> api.server(5))
        .isInstanceOf(PanelConnectionException.class)
        .hasMessageContaining("answered 200 to GET /api/dci/v3/server/5, but the answer broke off after its headers")
        .hasMessageContaining("gave up after")
        .satisfies(e -> assertThat(((PanelException) e).httpStatus()).hasValue(200));
  }

  @ParameterizedTest(name = "at {0}")
  @EnumSource(value = HttpLogLevel.class, names = {"NONE", "FULL"})
  void aPostWhoseAnswerBreaksOffIsNotRepeatedAndMayHaveActed(HttpLogLevel level, WireMockRuntimeInfo wm) {
    SampleApi api = api(wm, level);
    wm.getWireMock().register(post(urlPathEqualTo("/api/dci/v3/server/5/power_on")).willReturn(brokenChunk()));

    assertThatThrownBy(() -> api.powerOn(5, Map.of()))
        .isInstanceOf(PanelOutcomeUnknownException.class)
        .hasMessageContaining("answered 200 to POST /api/dci/v3/server/5/power_on, but the answer broke off")
        .hasMessageContaining("the panel may have acted on it: read its state before trying again");
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/dci/v3/server/5/power_on")));
  }

  @ParameterizedTest(name = "at {0}")
  @EnumSource(value = HttpLogLevel.class, names = {"NONE", "FULL"})
  void aReadWhoseBodyStallsPastTheReadTimeoutIsRepeated(HttpLogLevel level) throws Exception {
    try (StallingPanel panel = new StallingPanel(1, "{\"id\":5,\"name\":\"cs59019\"}")) {
      assertThat(api(panel.baseUrl(), level).server(5)).containsEntry("name", "cs59019");
      assertThat(panel.requests()).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "at {0}")
  @EnumSource(value = HttpLogLevel.class, names = {"NONE", "FULL"})
  void aPostWhoseBodyStallsPastTheReadTimeoutIsNotRepeated(HttpLogLevel level) throws Exception {
    try (StallingPanel panel = new StallingPanel(1, "{\"id\":5,\"name\":\"cs59019\"}")) {
      assertThatThrownBy(() -> api(panel.baseUrl(), level).powerOn(5, Map.of()))
          .isInstanceOf(PanelOutcomeUnknownException.class)
          .hasMessageContaining("answered 200 to POST /api/dci/v3/server/5/power_on, but the answer broke off")
          .hasMessageContaining("SocketTimeoutException");
      assertThat(panel.requests()).isEqualTo(1);
    }
  }

  @Test
  void aVoidCallWhoseSuccessBodyBreaksOffSucceeds(WireMockRuntimeInfo wm) {
    SampleApi api = api(wm, HttpLogLevel.NONE);
    wm.getWireMock().register(delete(urlPathEqualTo("/api/dci/v3/server/5/owner")).willReturn(brokenChunk()));

    api.removeOwner(5);

    wm.getWireMock().verifyThat(1, deleteRequestedFor(urlPathEqualTo("/api/dci/v3/server/5/owner")));
  }
}

package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelServerException;
import dev.ispkit.client.core.PanelUnavailableException;
import dev.ispkit.client.core.RetryPolicy;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
final class RetryTest {
  private static final String SUSPENDED = "{\"error\":{\"code\":503,\"msg\":\"Service suspended\"}}";

  private final FakeTime time = new FakeTime();
  private SampleApi api;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    api = api(Panels.config(wm.getHttpBaseUrl(), time).build());
  }

  private static SampleApi api(ClientConfig config) {
    PanelTransport transport = Panels.transport(config);
    return transport.target(SampleApi.class, AuthV4TokenSource.create(transport));
  }

  /** Three 503s, then the answer: a scenario that moves on with each call. */
  private static void threeTimes503Then(WireMockRuntimeInfo wm, Function<String, MappingBuilder> call, String answer) {
    String state = STARTED;
    for (int i = 1; i <= 3; i++) {
      wm.getWireMock().register(call.apply("503").inScenario("waking").whenScenarioStateIs(state)
          .willSetStateTo("after-" + i).willReturn(aResponse().withStatus(503).withBody(SUSPENDED)));
      state = "after-" + i;
    }
    wm.getWireMock().register(call.apply("ok").inScenario("waking").whenScenarioStateIs(state)
        .willReturn(okJson(answer)));
  }

  @Test
  void aGetAnswered503ThreeTimesIsRepeatedUntilItSucceeds(WireMockRuntimeInfo wm) {
    threeTimes503Then(wm, any -> get(urlPathEqualTo("/api/dci/v3/server/5")), "{\"id\":5}");

    assertThat(api.server(5)).containsEntry("id", 5);

    wm.getWireMock().verifyThat(4, getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5")));
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
  }

  @Test
  void aPostAnswered503ThreeTimesIsRepeatedToo(WireMockRuntimeInfo wm) {
    threeTimes503Then(wm, any -> post(urlPathEqualTo("/api/dci/v3/server/5/power_on")), "{\"id\":5}");

    assertThat(api.powerOn(5, Map.of())).containsEntry("id", 5);

    wm.getWireMock().verifyThat(4, postRequestedFor(urlPathEqualTo("/api/dci/v3/server/5/power_on")));
  }

  @Test
  void a503ThatLastsLongerThanTheBudgetEndsInPanelUnavailable(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .willReturn(aResponse().withStatus(503).withBody(SUSPENDED)));

    assertThatThrownBy(() -> api.server(5))
        .isInstanceOf(PanelUnavailableException.class)
        .hasMessageContaining("DCImanager 6 answered 503 to GET /api/dci/v3/server/5: Service suspended")
        .hasMessageContaining("gave up after");
    Duration total = time.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    assertThat(total).isLessThanOrEqualTo(Duration.ofSeconds(60)).isGreaterThan(Duration.ofSeconds(50));
    assertThat(time.sleeps).allSatisfy(pause -> assertThat(pause).isLessThanOrEqualTo(Duration.ofSeconds(5)));
  }

  @Test
  void jitterSpreadsPausesWithinItsBounds(WireMockRuntimeInfo wm) {
    SampleApi jittery = api(Panels.config(wm.getHttpBaseUrl(), time)
        .retryPolicy(RetryPolicy.builder().sleeper(time).jitter(0.5).maxAttempts(6).build()).build());
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .willReturn(aResponse().withStatus(503).withBody(SUSPENDED)));

    assertThatThrownBy(() -> jittery.server(5)).isInstanceOf(PanelUnavailableException.class)
        .hasMessageContaining("gave up after 6 attempts");
    long[] nominal = {200, 400, 800, 1600, 3200};
    assertThat(time.sleeps).hasSize(5);
    for (int i = 0; i < nominal.length; i++) {
      assertThat(time.sleeps.get(i).toMillis()).isBetween(nominal[i] / 2, nominal[i] * 3 / 2);
    }
  }

  /** A client that gives up reading after half a second, for the timeout tests (the default is generous for CI). */
  private SampleApi impatient(WireMockRuntimeInfo wm) {
    return api(Panels.config(wm.getHttpBaseUrl(), time).readTimeout(Duration.ofMillis(500)).build());
  }

  @Test
  void aPostThatTimesOutReadingIsNotRepeated(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/api/dci/v3/server/5/power_on"))
        .willReturn(okJson("{\"id\":5}").withFixedDelay(2_000)));

    SampleApi api = impatient(wm);
    assertThatThrownBy(() -> api.powerOn(5, Map.of()))
        .isInstanceOf(PanelConnectionException.class)
        .hasMessageContaining("no answer to POST /api/dci/v3/server/5/power_on")
        .satisfies(e -> assertThat(((PanelConnectionException) e).httpStatus()).isEmpty());
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/dci/v3/server/5/power_on")));
  }

  @Test
  void aGetThatTimesOutReadingIsRepeated(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).inScenario("slow")
        .whenScenarioStateIs(STARTED).willSetStateTo("fast")
        .willReturn(okJson("{\"id\":5}").withFixedDelay(2_000)));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).inScenario("slow")
        .whenScenarioStateIs("fast").willReturn(okJson("{\"id\":5}")));
    SampleApi api = impatient(wm);

    assertThat(api.server(5)).containsEntry("id", 5);
    wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5")));
  }

  @Test
  void aConnectionResetOnAPostIsNotRepeated(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/api/dci/v3/server/5/power_on"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> api.powerOn(5, Map.of())).isInstanceOf(PanelConnectionException.class);
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/dci/v3/server/5/power_on")));
  }

  @Test
  void a500OnAPostIsNotRepeatedButOnAGetItIs(WireMockRuntimeInfo wm) {
    String failure = "{\"error\":{\"code\":1,\"msg\":\"Internal error\"}}";
    wm.getWireMock().register(post(urlPathEqualTo("/api/dci/v3/server/5/power_on"))
        .willReturn(aResponse().withStatus(500).withBody(failure)));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).inScenario("flaky")
        .whenScenarioStateIs(STARTED).willSetStateTo("fine")
        .willReturn(aResponse().withStatus(500).withBody(failure)));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).inScenario("flaky")
        .whenScenarioStateIs("fine").willReturn(okJson("{\"id\":5}")));

    assertThatThrownBy(() -> api.powerOn(5, Map.of()))
        .isInstanceOf(PanelServerException.class)
        .hasMessageContaining("Internal error");
    assertThat(api.server(5)).containsEntry("id", 5);
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/dci/v3/server/5/power_on")));
    wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5")));
  }

  @Test
  void aRefusedConnectionIsRepeatedForAPostAndEndsInPanelConnection() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SampleApi unreachable = api(Panels.config("http://127.0.0.1:" + closedPort, time)
        .retryPolicy(RetryPolicy.builder().sleeper(time).jitter(0).maxAttempts(4).build()).build());

    assertThatThrownBy(() -> unreachable.powerOn(5, Map.of()))
        .isInstanceOf(PanelConnectionException.class)
        .hasMessageContaining("no answer to POST /api/auth/v4/public/token")
        .hasMessageContaining("gave up after 4 attempts");
    assertThat(time.sleeps).hasSize(3);
  }

  @Test
  void noRetriesMeansOneAttempt(WireMockRuntimeInfo wm) {
    SampleApi once = api(Panels.config(wm.getHttpBaseUrl(), time).retryPolicy(RetryPolicy.noRetries()).build());
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .willReturn(aResponse().withStatus(503).withBody(SUSPENDED)));

    assertThatThrownBy(() -> once.server(5)).isInstanceOf(PanelUnavailableException.class)
        .hasMessageNotContaining("gave up");
    wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5")));
  }
}

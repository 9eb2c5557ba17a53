package dev.ispkit.client.core.transport;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.PanelAuthenticationException;
import dev.ispkit.client.core.PanelServerException;
import dev.ispkit.client.core.PanelUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
final class AuthV4TokenSourceTest {
  private final FakeTime time = new FakeTime();
  private PanelTransport transport;
  private SampleApi api;
  private AuthV4TokenSource auth;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    transport = Panels.transport(Panels.config(wm.getHttpBaseUrl(), time).build());
    auth = AuthV4TokenSource.create(transport);
    api = transport.target(SampleApi.class, auth);
  }

  @Test
  void logsInOnceAndReusesTheTokenForTenCalls(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(okJson("{\"id\":5}")));

    for (int i = 0; i < 10; i++) {
      assertThat(api.server(5)).containsEntry("id", 5);
    }

    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/auth/v4/public/token"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"email\":\"admin@example.com\",\"password\":\"" + Panels.PASSWORD + "\"}")));
    wm.getWireMock().verifyThat(10, getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN))
        .withHeader("Cookie", equalTo("ses6=" + Panels.TOKEN))
        .withHeader("isp-box-instance", equalTo("true"))
        .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void acceptsALoginAnsweredWith200(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/api/auth/v4/public/token"))
        .willReturn(okJson("{\"token\":\"" + Panels.TOKEN + "\"}")));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(okJson("{\"id\":5}")));

    assertThat(api.server(5)).containsEntry("id", 5);
  }

  @Test
  void logsInAgainAfterTheSessionStoragePeriod(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(okJson("{\"id\":5}")));

    api.server(5);
    time.advance(Duration.ofMinutes(29));
    api.server(5);
    time.advance(Duration.ofMinutes(2));
    api.server(5);

    wm.getWireMock().verifyThat(2, postRequestedFor(urlPathEqualTo("/api/auth/v4/public/token")));
  }

  @Test
  void a401LogsInAgainOnceAndRepeatsTheCall(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN).inScenario("login").whenScenarioStateIs(STARTED)
        .willSetStateTo("second"));
    wm.getWireMock().register(Panels.login(Panels.TOKEN_2).inScenario("login").whenScenarioStateIs("second"));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN))
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"code\":1000,\"msg\":\"Session expired\"}}")));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN_2))
        .willReturn(okJson("{\"id\":5}")));

    assertThat(api.server(5)).containsEntry("id", 5);

    wm.getWireMock().verifyThat(2, postRequestedFor(urlPathEqualTo("/api/auth/v4/public/token")));
    wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN_2))
        .withHeader("Cookie", equalTo("ses6=" + Panels.TOKEN_2)));
  }

  @Test
  void code3001WithStatus403AlsoMeansLogInAgain(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN).inScenario("login").whenScenarioStateIs(STARTED)
        .willSetStateTo("second"));
    wm.getWireMock().register(Panels.login(Panels.TOKEN_2).inScenario("login").whenScenarioStateIs("second"));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN))
        .willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":3001,\"msg\":\"Unauthorized\"}}")));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN_2))
        .willReturn(okJson("{\"id\":5}")));

    assertThat(api.server(5)).containsEntry("id", 5);
  }

  @Test
  void aSecondRefusalRightAfterAFreshLoginIsAnAuthenticationError(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"code\":1000,\"msg\":\"Session expired\"}}")));

    assertThatThrownBy(() -> api.server(5))
        .isInstanceOf(PanelAuthenticationException.class)
        .hasMessageContaining("DCImanager 6 answered 401 to GET /api/dci/v3/server/5")
        .hasMessageContaining("refused again right after a fresh login")
        .hasMessageNotContaining(Panels.TOKEN)
        .hasMessageNotContaining(Panels.PASSWORD);
    wm.getWireMock().verifyThat(2, postRequestedFor(urlPathEqualTo("/api/auth/v4/public/token")));
    wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5")));
  }

  @Test
  void aRefusedLoginIsAnAuthenticationErrorAndIsNotRepeated(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/api/auth/v4/public/token"))
        .willReturn(aResponse().withStatus(401)
            .withBody("{\"error\":{\"code\":3001,\"msg\":\"Wrong email or password\"}}")));

    assertThatThrownBy(() -> api.server(5))
        .isInstanceOf(PanelAuthenticationException.class)
        .hasMessageContaining("Wrong email or password")
        .hasMessageNotContaining(Panels.PASSWORD);
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/auth/v4/public/token")));
  }

  @Test
  void eightThreadsRefusedAtOnceCauseExactlyOneLogin(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(Panels.login(Panels.TOKEN).inScenario("login").whenScenarioStateIs(STARTED)
        .willSetStateTo("second"));
    wm.getWireMock().register(Panels.login(Panels.TOKEN_2).inScenario("login").whenScenarioStateIs("second")
        .willSetStateTo("third"));
    wm.getWireMock().register(Panels.login("a-third-token-that-must-never-be-asked-for")
        .inScenario("login").whenScenarioStateIs("third"));
    // The old token is refused after a delay, so all eight requests are in flight with it at once.
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN))
        .willReturn(aResponse().withStatus(401).withFixedDelay(300)
            .withBody("{\"error\":{\"code\":1000,\"msg\":\"Session expired\"}}")));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN_2))
        .willReturn(okJson("{\"id\":5}")));
    auth.token();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Map<String, Object>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return api.server(5);
        }));
      }
      start.countDown();
      for (Future<Map<String, Object>> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).containsEntry("id", 5);
      }
    } finally {
      pool.shutdownNow();
    }

    // One login before, one (and only one) after the eight refusals.
    wm.getWireMock().verifyThat(2, postRequestedFor(urlPathEqualTo("/api/auth/v4/public/token")));
    wm.getWireMock().verifyThat(8, getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN)));
    wm.getWireMock().verifyThat(8, getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN_2)));
  }

  @Test
  void theApiPrefixCanBeEmpty(WireMockRuntimeInfo wm) {
    PanelTransport rootTransport = Panels.transport(Panels.config(wm.getHttpBaseUrl(), time).apiPrefix("").build());
    SampleApi rootApi = rootTransport.target(SampleApi.class, AuthV4TokenSource.create(rootTransport));
    wm.getWireMock().register(post(urlPathEqualTo("/auth/v4/public/token"))
        .willReturn(aResponse().withStatus(201).withBody("{\"token\":\"" + Panels.TOKEN + "\"}")));
    wm.getWireMock().register(get(urlPathEqualTo("/dci/v3/server/5")).willReturn(okJson("{\"id\":5}")));

    assertThat(rootApi.server(5)).containsEntry("id", 5);
    wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo("/dci/v3/server/5"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN)));
  }

  /** Runs {@code api.server(5)} on 64 threads at once and returns what each one threw. */
  private List<Throwable> sixtyFourCallersAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(64);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Throwable>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> {
          start.await();
          try {
            api.server(5);
            return null;
          } catch (RuntimeException e) {
            return e;
          }
        }));
      }
      start.countDown();
      List<Throwable> thrown = new ArrayList<>();
      for (Future<Throwable> result : results) {
        thrown.add(result.get(60, TimeUnit.SECONDS));
      }
      return thrown;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedLoginIsMadeOnceAndItsFailureIsSharedByEveryWaitingCaller(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(post(urlPathEqualTo("/api/auth/v4/public/token"))
        .willReturn(aResponse().withStatus(500).withFixedDelay(300)
            .withBody("{\"error\":{\"code\":1,\"msg\":\"Internal error\"}}")));

    List<Throwable> thrown = sixtyFourCallersAtOnce();

    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/auth/v4/public/token")));
    wm.getWireMock().verifyThat(0, getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5")));
    assertThat(thrown).hasSize(64).allSatisfy(e -> assertThat(e)
        .isInstanceOf(PanelServerException.class)
        .hasMessageContaining("answered 500 to POST /api/auth/v4/public/token")
        .hasMessageNotContaining(Panels.PASSWORD));
  }

  @Test
  void aLoginThatStays503IsTriedForOneCallsBudgetNotOncePerCaller(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(post(urlPathEqualTo("/api/auth/v4/public/token"))
        .willReturn(aResponse().withStatus(503)
            .withBody("{\"error\":{\"code\":503,\"msg\":\"Service suspended\"}}")));

    List<Throwable> thrown = sixtyFourCallersAtOnce();

    assertThat(thrown).hasSize(64).allSatisfy(e -> assertThat(e).isInstanceOf(PanelUnavailableException.class));
    // One login call's retries (pauses of 0.2 s doubling to 5 s, at most 60 s of them): 16 attempts, for all 64.
    wm.getWireMock().verifyThat(16, postRequestedFor(urlPathEqualTo("/api/auth/v4/public/token")));
    assertThat(time.slept()).isLessThanOrEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aFailedLoginIsSharedForFiveSecondsThenTriedAgain(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/api/auth/v4/public/token")).inScenario("login")
        .whenScenarioStateIs(STARTED).willSetStateTo("fixed")
        .willReturn(aResponse().withStatus(401)
            .withBody("{\"error\":{\"code\":3001,\"msg\":\"Wrong email or password\"}}")));
    wm.getWireMock().register(Panels.login(Panels.TOKEN).inScenario("login").whenScenarioStateIs("fixed"));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(okJson("{\"id\":5}")));

    assertThatThrownBy(() -> api.server(5)).isInstanceOf(PanelAuthenticationException.class);
    time.advance(Duration.ofSeconds(4));
    assertThatThrownBy(() -> api.server(5))
        .isInstanceOf(PanelAuthenticationException.class)
        .hasMessageContaining("Wrong email or password")
        .hasMessageContaining("a login failed 4000 ms ago; it is not repeated for 5 s");
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/auth/v4/public/token")));

    time.advance(Duration.ofSeconds(1));
    assertThat(api.server(5)).containsEntry("id", 5);
    wm.getWireMock().verifyThat(2, postRequestedFor(urlPathEqualTo("/api/auth/v4/public/token")));
  }
}

package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelCallListener;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.PanelOutcome;
import dev.ispkit.client.core.WaitOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a {@link PanelCallListener} hears of real calls on WireMock: each call by its method's name with its retries
 * and outcome, the login it needed with its cause, a wait by its kind, and nothing at all of a listener that throws.
 */
@WireMockTest
final class CallListenerTest {
  private static final String SUSPENDED = "{\"error\":{\"code\":503,\"msg\":\"Service suspended\"}}";

  private final FakeTime time = new FakeTime();
  private final Heard heard = new Heard();

  private PanelTransport transport(WireMockRuntimeInfo wm, PanelCallListener listener) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    ClientConfig config = Panels.config(wm.getHttpBaseUrl(), time).callListener(listener).build();
    return Panels.transport(config);
  }

  private SampleApi api(WireMockRuntimeInfo wm, PanelCallListener listener) {
    PanelTransport transport = transport(wm, listener);
    return transport.target(SampleApi.class, AuthV4TokenSource.create(transport));
  }

  @Test
  void aCallIsHeardByItsMethodWithTheLoginItNeededInside(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(okJson("{\"id\":5}")));
    SampleApi api = api(wm, heard);

    api.server(5);
    api.server(5);

    assertThat(heard.lines).containsExactly(
        "start DCImanager 6 SampleApi#server(long)",
        "login DCImanager 6 first",
        "start DCImanager 6 AuthV4Api#login(LoginRequest)",
        "end AuthV4Api#login(LoginRequest) ok",
        "end login ok",
        "end SampleApi#server(long) ok",
        "start DCImanager 6 SampleApi#server(long)",
        "end SampleApi#server(long) ok");
  }

  @Test
  void a503BurstIsHeardAsRetriesWithTheirPauses(WireMockRuntimeInfo wm) {
    String state = STARTED;
    for (int i = 1; i <= 3; i++) {
      wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).inScenario("waking")
          .whenScenarioStateIs(state).willSetStateTo("after-" + i)
          .willReturn(aResponse().withStatus(503).withBody(SUSPENDED)));
      state = "after-" + i;
    }
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).inScenario("waking")
        .whenScenarioStateIs(state).willReturn(okJson("{\"id\":5}")));
    SampleApi api = api(wm, heard);

    api.server(5);

    assertThat(heard.lines).filteredOn(line -> line.startsWith("retry") || line.startsWith("end SampleApi"))
        .containsExactly(
            "retry SampleApi#server(long) unavailable PT0.2S",
            "retry SampleApi#server(long) unavailable PT0.4S",
            "retry SampleApi#server(long) unavailable PT0.8S",
            "end SampleApi#server(long) ok");
  }

  @Test
  void aRefusedSessionIsARetryAfterARelogin(WireMockRuntimeInfo wm) {
    // The panel refuses the session once (as after its restart); the next login's session is accepted.
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).inScenario("restart")
        .whenScenarioStateIs(STARTED).willSetStateTo("restarted")
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"code\":1000,\"msg\":\"Session expired\"}}")));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).inScenario("restart")
        .whenScenarioStateIs("restarted").willReturn(okJson("{\"id\":5}")));
    SampleApi api = api(wm, heard);

    api.server(5);

    assertThat(heard.lines).filteredOn(line -> !line.contains("AuthV4Api")).containsExactly(
        "start DCImanager 6 SampleApi#server(long)",
        "login DCImanager 6 first",
        "end login ok",
        "retry SampleApi#server(long) authentication PT0S",
        "login DCImanager 6 refused",
        "end login ok",
        "end SampleApi#server(long) ok");
  }

  @Test
  void aSessionPastItsStoragePeriodIsAnExpiredLogin(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(okJson("{\"id\":5}")));
    SampleApi api = api(wm, heard);

    api.server(5);
    time.advance(Duration.ofMinutes(31));
    api.server(5);

    assertThat(heard.lines).filteredOn(line -> line.startsWith("login"))
        .containsExactly("login DCImanager 6 first", "login DCImanager 6 expired");
  }

  @Test
  void aFailedCallEndsWithTheKindOfItsException(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"code\":3080,\"msg\":\"No server\"}}")));
    SampleApi api = api(wm, heard);

    assertThatThrownBy(() -> api.server(5)).isInstanceOf(PanelNotFoundException.class);

    assertThat(heard.lines).last().isEqualTo("end SampleApi#server(long) not-found");
  }

  @Test
  void aWaitIsHeardByItsKindAndEndsWithItsOutcome(WireMockRuntimeInfo wm) {
    PanelTransport transport = transport(wm, heard);
    WaitOptions options = WaitOptions.builder().timeout(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(20))
        .build();
    List<String> statuses = new ArrayList<>(List.of("running", "ok"));

    OperationPoller.await(transport, "operation", "operation 17", () -> statuses.remove(0),
        status -> status.equals("ok") ? OperationPoller.Outcome.SUCCEEDED : OperationPoller.Outcome.RUNNING,
        status -> status, options, null);
    assertThatThrownBy(() -> OperationPoller.await(transport, "operation", "operation 18", () -> "running",
        status -> OperationPoller.Outcome.RUNNING, status -> status, options, null))
        .isInstanceOf(OperationTimeoutException.class);

    assertThat(heard.lines).containsExactly(
        "wait DCImanager 6 operation", "end wait ok",
        "wait DCImanager 6 operation", "end wait operation-timeout");
    assertThat(time.sleeps).hasSize(1 + 3);
  }

  @Test
  void aListenerThatThrowsEverywhereChangesNothing(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(okJson("{\"id\":5}")));
    PanelCallListener failing = new PanelCallListener() {
      @Override
      public Call callStart(String panel, String call) {
        return new Call() {
          @Override
          public void end(PanelOutcome outcome) {
            throw new IllegalStateException("the host's listener is broken");
          }
        };
      }

      @Override
      public Activity loginStart(String panel, LoginCause cause) {
        throw new IllegalStateException("the host's listener is broken");
      }
    };

    assertThat(api(wm, failing).server(5)).containsEntry("id", 5);
  }

  @ParameterizedTest
  @EnumSource(ErrorKind.class)
  void everyErrorKindHasTheOutcomeOfItsName(ErrorKind kind) {
    PanelOutcome outcome = PanelOutcomes.of(kind.create("failed", PanelErrorDetails.none(), null));

    assertThat(outcome.name()).isEqualTo(kind.name());
  }

  @Test
  void whatIsNoPanelExceptionHasAnOutcomeToo() {
    assertThat(PanelOutcomes.of(null)).isEqualTo(PanelOutcome.OK);
    assertThat(PanelOutcomes.of(new InvalidInputException("id", -1, "must be positive")))
        .isEqualTo(PanelOutcome.INVALID_INPUT);
    assertThat(PanelOutcomes.of(new IllegalStateException())).isEqualTo(PanelOutcome.ERROR);
    assertThat(Arrays.stream(PanelOutcome.values()).map(PanelOutcome::tagValue))
        .contains("ok", "not-found", "outcome-unknown", "operation-timeout");
  }

  /** Writes down every event, each start's name carried to its end. */
  private static final class Heard implements PanelCallListener {
    final List<String> lines = new ArrayList<>();

    @Override
    public synchronized Call callStart(String panel, String call) {
      lines.add("start " + panel + " " + call);
      return new Call() {
        @Override
        public void retry(PanelOutcome cause, Duration pause) {
          add("retry " + call + " " + cause.tagValue() + " " + pause);
        }

        @Override
        public void end(PanelOutcome outcome) {
          add("end " + call + " " + outcome.tagValue());
        }
      };
    }

    @Override
    public synchronized Activity loginStart(String panel, LoginCause cause) {
      lines.add("login " + panel + " " + cause.tagValue());
      return outcome -> add("end login " + outcome.tagValue());
    }

    @Override
    public synchronized Activity waitStart(String panel, String kind) {
      lines.add("wait " + panel + " " + kind);
      return outcome -> add("end wait " + outcome.tagValue());
    }

    private synchronized void add(String line) {
      lines.add(line);
    }
  }
}

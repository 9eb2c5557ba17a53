package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelUnavailableException;
import dev.ispkit.client.core.RetryPolicy;
import dev.ispkit.client.core.WaitOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A call's deadline covers its attempts and pauses; a wait's timeout covers the reads it makes. */
@WireMockTest
final class DeadlineTest {
  private static final String SUSPENDED = "{\"error\":{\"code\":503,\"msg\":\"Service suspended\"}}";

  private final FakeTime time = new FakeTime();

  @Test
  void theDefaultDeadlineIsTwoMinutes() {
    assertThat(RetryPolicy.defaults().deadline()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void a503SpellLongerThanTheDeadlineEndsAtTheDeadline(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .willReturn(aResponse().withStatus(503).withBody(SUSPENDED)));
    SampleApi api = Panels.loggedIn(Panels.config(wm.getHttpBaseUrl(), time)
        .retryPolicy(RetryPolicy.builder().sleeper(time).jitter(0).deadline(Duration.ofSeconds(10)).build())
        .build());

    assertThatThrownBy(() -> api.server(5))
        .isInstanceOf(PanelUnavailableException.class)
        .hasMessageContaining("deadline of PT10S");
    // 0.2 + 0.4 + 0.8 + 1.6 + 3.2 = 6.2 s; one more pause of 5 s would end past the 10 s deadline.
    assertThat(time.slept()).isEqualTo(Duration.ofMillis(6_200));
    wm.getWireMock().verifyThat(6, getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5")));
  }

  @Test
  void aHangingReadEndsAtTheDeadlineNotAfterFiftyReadTimeouts(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .willReturn(okJson("{\"id\":5}").withFixedDelay(5_000)));
    // The real clock measures the deadline; pauses are recorded only.
    SampleApi api = Panels.loggedIn(Panels.config(wm.getHttpBaseUrl(), time)
        .clock(Clock.systemUTC())
        .readTimeout(Duration.ofMillis(300))
        .retryPolicy(RetryPolicy.builder().sleeper(time).jitter(0).deadline(Duration.ofSeconds(1)).build())
        .build());

    assertThatThrownBy(() -> api.server(5))
        .isInstanceOf(PanelConnectionException.class)
        .hasMessageContaining("no answer to GET /api/dci/v3/server/5")
        .hasMessageContaining("deadline of PT1S");
    // Each attempt takes at least the 300 ms read timeout, so at most four fit in the second.
    assertThat(wm.getWireMock().find(getRequestedFor(urlPathEqualTo("/api/dci/v3/server/5")))).hasSizeBetween(1, 4);
  }

  @Test
  void aHalfSecondWaitOnAPanelAnswering503EndsAtHalfASecond(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .willReturn(aResponse().withStatus(503).withBody(SUSPENDED)));
    SampleApi api = Panels.loggedIn(Panels.config(wm.getHttpBaseUrl(), time).build());
    Instant start = time.instant();

    assertThatThrownBy(() -> OperationPoller.await("operation 17 on server 5", () -> api.server(5),
        server -> OperationPoller.Outcome.RUNNING, Map::toString,
        WaitOptions.builder().timeout(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(100)).build(),
        null, time, time))
        .isInstanceOf(OperationTimeoutException.class)
        .hasCauseInstanceOf(PanelUnavailableException.class);
    assertThat(Duration.between(start, time.instant())).isEqualTo(Duration.ofMillis(500));
  }
}

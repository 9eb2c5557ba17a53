package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelNotFoundException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A DELETE whose first answer was lost after the panel acted is repeated and finds the object gone: that is the
 * success it was. A 404 to a first attempt, or to a repeat after an answer that says nothing was done, stays a 404.
 */
@WireMockTest
final class RepeatedDeleteTest {
  private static final String IP = "/api/dci/v3/server/5/ip/7";
  private static final String HOST = "/api/vm/v3/host/101";
  private static final String NOT_FOUND = "{\"error\":{\"code\":2001,\"msg\":\"Object not found\"}}";
  private static final String BEING_DELETED =
      "{\"error\":{\"code\":5002,\"msg\":\"Host 101 is being deleted\",\"value\":{\"state\":\"deleting\"}}}";

  private SampleApi api;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    api = Panels.loggedIn(Panels.config(wm.getHttpBaseUrl(), new FakeTime()).build());
  }

  private static void firstThenNotFound(WireMockRuntimeInfo wm, String path, ResponseDefinitionBuilder first) {
    wm.getWireMock().register(delete(urlPathEqualTo(path)).inScenario("lost").whenScenarioStateIs(STARTED)
        .willSetStateTo("gone").willReturn(first));
    wm.getWireMock().register(delete(urlPathEqualTo(path)).inScenario("lost").whenScenarioStateIs("gone")
        .willReturn(aResponse().withStatus(404).withBody(NOT_FOUND)));
  }

  @Test
  void aDeleteRepeatedAfterAResetThatFindsTheObjectGoneSucceeds(WireMockRuntimeInfo wm) {
    firstThenNotFound(wm, IP, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    api.removeIp(5, 7);

    wm.getWireMock().verifyThat(2, deleteRequestedFor(urlPathEqualTo(IP)));
  }

  @Test
  void aDeleteRepeatedAfterA500ThatFindsTheObjectGoneAnswersWithoutATask(WireMockRuntimeInfo wm) {
    firstThenNotFound(wm, HOST, aResponse().withStatus(500).withBody("{\"error\":{\"code\":1,\"msg\":\"x\"}}"));

    assertThat(api.deleteHost(101)).isEmpty();
    wm.getWireMock().verifyThat(2, deleteRequestedFor(urlPathEqualTo(HOST)));
  }

  @Test
  void theResultOfAWatchedDeleteSaysARepeatFoundTheObjectGone(WireMockRuntimeInfo wm) {
    firstThenNotFound(wm, HOST, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    RepeatedDelete.Result<Map<String, Object>> deleted =
        RepeatedDelete.alsoGoneWhen(failure -> false, () -> api.deleteHost(101));

    assertThat(deleted.answer()).isEmpty();
    assertThat(deleted.foundGone()).containsInstanceOf(PanelNotFoundException.class);
    wm.getWireMock().verifyThat(2, deleteRequestedFor(urlPathEqualTo(HOST)));
  }

  @Test
  void theResultOfAWatchedDeleteSaysARepeatFoundTheObjectGoingByThePanelsRule(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(delete(urlPathEqualTo(HOST)).inScenario("lost").whenScenarioStateIs(STARTED)
        .willSetStateTo("going").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wm.getWireMock().register(delete(urlPathEqualTo(HOST)).inScenario("lost").whenScenarioStateIs("going")
        .willReturn(aResponse().withStatus(400).withBody(BEING_DELETED)));

    RepeatedDelete.Result<Map<String, Object>> deleted = RepeatedDelete.alsoGoneWhen(
        failure -> failure.panelMessage().orElse("").contains("is being deleted"), () -> api.deleteHost(101));

    assertThat(deleted.answer()).isEmpty();
    assertThat(deleted.foundGone()).get().isInstanceOf(PanelInvalidRequestException.class)
        .extracting(failure -> failure.panelMessage().orElseThrow()).isEqualTo("Host 101 is being deleted");
  }

  @Test
  void theResultOfADeleteAnsweredAtOnceFoundNothingGone(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(delete(urlPathEqualTo(HOST)).willReturn(okJson("{\"id\":101,\"task\":5553}")));

    RepeatedDelete.Result<Map<String, Object>> deleted =
        RepeatedDelete.alsoGoneWhen(failure -> true, () -> api.deleteHost(101));

    assertThat(deleted.answer()).containsEntry("task", 5553);
    assertThat(deleted.foundGone()).isEmpty();
  }

  @Test
  void aFirstDeleteAnsweredBeingDeletedIsStillAFailure(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(delete(urlPathEqualTo(HOST))
        .willReturn(aResponse().withStatus(400).withBody(BEING_DELETED)));

    assertThatThrownBy(() -> RepeatedDelete.alsoGoneWhen(failure -> true, () -> api.deleteHost(101)))
        .isInstanceOf(PanelInvalidRequestException.class);
  }

  @Test
  void aDeleteRepeatedAfterA503StillReportsNotFound(WireMockRuntimeInfo wm) {
    // 503 says the panel did nothing, so the 404 that follows is about an object that never was there.
    firstThenNotFound(wm, IP, aResponse().withStatus(503).withBody("{\"error\":{\"code\":503,\"msg\":\"x\"}}"));

    assertThatThrownBy(() -> api.removeIp(5, 7)).isInstanceOf(PanelNotFoundException.class);
  }

  @Test
  void aFirstDeleteAnswered404IsNotFound(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(delete(urlPathEqualTo(IP)).willReturn(aResponse().withStatus(404).withBody(NOT_FOUND)));

    assertThatThrownBy(() -> api.removeIp(5, 7)).isInstanceOf(PanelNotFoundException.class)
        .hasMessageContaining("Object not found");
    wm.getWireMock().verifyThat(1, deleteRequestedFor(urlPathEqualTo(IP)));
  }
}

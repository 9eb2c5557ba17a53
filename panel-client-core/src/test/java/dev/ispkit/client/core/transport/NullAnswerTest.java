package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.PanelResponseException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON literal {@code null} where an answer is expected: a typed error naming the call, never a null. */
@WireMockTest
final class NullAnswerTest {
  private SampleApi api;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    api = Panels.loggedIn(Panels.config(wm.getHttpBaseUrl(), new FakeTime()).build());
  }

  @Test
  void aNullObjectIsAResponseErrorNamingTheCall(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(okJson("null")));

    assertThatThrownBy(() -> api.server(5))
        .isExactlyInstanceOf(PanelResponseException.class)
        .hasMessageContaining("DCImanager 6 answered 200 to GET /api/dci/v3/server/5 with null");
  }

  @Test
  void aNullPageIsAResponseErrorNamingTheCall(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server")).willReturn(okJson(" null ")));

    assertThatThrownBy(() -> api.servers(Map.of()))
        .isExactlyInstanceOf(PanelResponseException.class)
        .hasMessageContaining("answered 200 to GET /api/dci/v3/server with null");
  }
}

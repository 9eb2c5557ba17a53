package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.HttpLogLevel;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelResponseException;
import org.junit.jupiter.api.Test;

/** Secrets in cut-off answers, in the panel's own messages and in the internal login records never show. */
@WireMockTest
final class SecretLeakTest {
  private static final String TOKEN_PREFIX = Panels.TOKEN.substring(0, 4);

  private SampleApi api(WireMockRuntimeInfo wm) {
    return Panels.loggedIn(Panels.config(wm.getHttpBaseUrl(), new FakeTime())
        .logLevel(HttpLogLevel.FULL).build());
  }

  @Test
  void aLoginAnswerCutInsideTheTokenShowsNoPartOfIt(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/api/auth/v4/public/token"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"17\",\"token\":\"" + TOKEN_PREFIX)));
    SampleApi api = api(wm);

    PanelException[] thrown = new PanelException[1];
    String log = CapturedLog.during(() ->
        thrown[0] = catchThrowableOfType(PanelResponseException.class, () -> api.server(5)));

    assertThat(thrown[0]).hasMessageContaining("\"token\":\"****\"").hasMessageNotContaining(TOKEN_PREFIX);
    assertThat(log).contains("\"token\":\"****\"").doesNotContain("\"token\":\"" + TOKEN_PREFIX);
  }

  @Test
  void aPanelMessageQuotingAPasswordIsMaskedInTheMessageAndInPanelMessage(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(aResponse().withStatus(400)
        .withBody("{\"error\":{\"code\":1012,\"msg\":\"Password 'Tr0ub4dor' is too weak\"}}")));
    SampleApi api = api(wm);

    assertThatThrownBy(() -> api.server(5))
        .isInstanceOf(PanelInvalidRequestException.class)
        .hasMessageContaining("Password '****' is too weak")
        .hasMessageNotContaining("Tr0ub4dor")
        .satisfies(e -> assertThat(((PanelException) e).panelMessage()).contains("Password '****' is too weak"));
  }

  @Test
  void theConfiguredPasswordAndTheSessionTokenAreMaskedWhereverThePanelRepeatsThem(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(aResponse().withStatus(400)
        .withBody("{\"error\":{\"code\":1012,\"msg\":\"User admin@example.com with " + Panels.PASSWORD
            + " and session " + Panels.TOKEN + " cannot do this\"}}")));
    SampleApi api = api(wm);

    String log = CapturedLog.during(() -> assertThatThrownBy(() -> api.server(5))
        .isInstanceOf(PanelInvalidRequestException.class)
        .hasMessageContaining("User admin@example.com with **** and session **** cannot do this")
        .satisfies(e -> assertThat(((PanelException) e).panelMessage().orElseThrow())
            .doesNotContain(Panels.PASSWORD).doesNotContain(Panels.TOKEN)));

    assertThat(log).contains("cannot do this").doesNotContain(Panels.PASSWORD).doesNotContain(Panels.TOKEN);
  }

  @Test
  void theLoginRecordsPrintNoSecret() {
    assertThat(new AuthV4Api.LoginRequest(Panels.EMAIL, Panels.PASSWORD).toString())
        .contains(Panels.EMAIL).doesNotContain(Panels.PASSWORD);
    assertThat(new AuthV4Api.TokenAnswer("17", Panels.TOKEN, "2026-11-22 11:00:00", true).toString())
        .contains("17").doesNotContain(Panels.TOKEN);
    assertThat(new AuthV4Api.KeyAnswer("4", "4-74e7c0e9-a5ff").toString())
        .contains("4").doesNotContain("74e7c0e9");
  }
}

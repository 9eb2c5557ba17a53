package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.PanelPermissionException;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.PanelServerException;
import dev.ispkit.client.core.PanelUnavailableException;
import dev.ispkit.client.core.RetryPolicy;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@WireMockTest
final class ErrorMappingTest {
  private final FakeTime time = new FakeTime();
  private SampleApi api;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    PanelTransport transport = Panels.transport(Panels.config(wm.getHttpBaseUrl(), time)
        .retryPolicy(RetryPolicy.builder().sleeper(time).maxAttempts(2).build()).build());
    api = transport.target(SampleApi.class, AuthV4TokenSource.create(transport));
  }

  static Stream<Arguments> errorAnswers() {
    return Stream.of(
        Arguments.of(400, 1012, "Field 'email' is invalid", PanelInvalidRequestException.class),
        Arguments.of(403, 1004, "Access denied", PanelPermissionException.class),
        Arguments.of(404, 1106, "Handler not found", PanelNotFoundException.class),
        Arguments.of(400, 3080, "Instance not found", PanelNotFoundException.class),
        Arguments.of(409, 1020, "Server is busy with another operation", PanelConflictException.class),
        Arguments.of(422, 1012, "Value out of range", PanelInvalidRequestException.class),
        Arguments.of(429, 1, "Too many requests", PanelUnavailableException.class),
        Arguments.of(500, 1, "Internal error", PanelServerException.class),
        Arguments.of(502, 1, "Bad gateway", PanelUnavailableException.class),
        Arguments.of(503, 503, "Service suspended", PanelUnavailableException.class),
        Arguments.of(504, 1, "Gateway timeout", PanelUnavailableException.class));
  }

  @ParameterizedTest(name = "{0} with code {1} -> {3}")
  @MethodSource("errorAnswers")
  void eachErrorAnswerBecomesItsException(
      int status, int code, String message, Class<? extends PanelException> expected, WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"code\":" + code + ",\"msg\":\"" + message.replace("'", "\\u0027")
                + "\",\"value\":{\"field\":\"x\"}}}")));

    assertThatThrownBy(() -> api.server(5))
        .isExactlyInstanceOf(expected)
        .hasMessageStartingWith("DCImanager 6 answered " + status + " to GET /api/dci/v3/server/5: " + message
            + " (code " + code + ")")
        .satisfies(thrown -> {
          PanelException e = (PanelException) thrown;
          assertThat(e.httpStatus()).hasValue(status);
          assertThat(e.panelCode()).contains(String.valueOf(code));
          assertThat(e.panelMessage()).contains(message);
          assertThat(e.call()).contains(new PanelCall("GET", "/api/dci/v3/server/5"));
        });
  }

  @Test
  void anHtmlErrorPageFromAProxyShowsItsStatusAndFirstBytes(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
            .withBody("<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx/1.24.0</body></html>")));

    assertThatThrownBy(() -> api.server(5))
        .isExactlyInstanceOf(PanelUnavailableException.class)
        .hasMessageContaining("DCImanager 6 answered 502 to GET /api/dci/v3/server/5 with a body that is not the "
            + "panel's JSON (text/html): <html> <head><title>502 Bad Gateway</title>")
        .hasNoCause();
  }

  @Test
  void anHtmlPageWithStatus200IsAResponseErrorNotAJacksonTrace(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
            .withBody("<!DOCTYPE html><html><body>Please log in</body></html>")));

    assertThatThrownBy(() -> api.server(5))
        .isExactlyInstanceOf(PanelResponseException.class)
        .hasMessageContaining("answered 200 to GET /api/dci/v3/server/5 with a body that is not the JSON expected "
            + "(text/html): <!DOCTYPE html><html><body>Please log in</body></html>");
  }

  @Test
  void aRedirectSaysToCheckTheBaseUrl(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .willReturn(aResponse().withStatus(301).withHeader("Location", "https://panel.example.com/api/dci/v3/server/5")));

    assertThatThrownBy(() -> api.server(5))
        .isExactlyInstanceOf(PanelResponseException.class)
        .hasMessageContaining("answered 301")
        .hasMessageContaining("a redirect to https://panel.example.com/api/dci/v3/server/5: check the base URL");
  }

  @Test
  void aVoidCallWithAnEmptyAnswerSucceeds(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(delete(urlPathEqualTo("/api/dci/v3/server/5/owner")).willReturn(aResponse().withStatus(200)));

    api.removeOwner(5);

    wm.getWireMock().verifyThat(1, deleteRequestedFor(urlPathEqualTo("/api/dci/v3/server/5/owner"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN)));
  }

  @Test
  void anEmptyBodyWhereAnObjectIsExpectedIsAResponseError(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(okJson("")));

    assertThatThrownBy(() -> api.server(5)).isExactlyInstanceOf(PanelResponseException.class)
        .hasMessageContaining("(empty body)");
  }
}

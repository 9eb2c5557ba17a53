package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.HttpLogLevel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Logs every exchange at FULL (slf4j-simple writes {@code dev.ispkit.http} at DEBUG to System.err in tests, see
 * simplelogger.properties) and checks that the lines are there and no secret is.
 */
@WireMockTest
final class HttpLoggingTest {
  private static final String LOGIN_KEY = "4-74e7c0e9-a5ff-4f52-a2ac-ed03c6ed1e21";

  @Test
  void fullLoggingShowsTheExchangeButNoSecret(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/api/auth/v4/public/token"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withHeader("Set-Cookie", "ses6=" + Panels.TOKEN + "; Path=/")
            .withBody("{\"id\":\"17\",\"token\":\"" + Panels.TOKEN + "\",\"confirmed\":true}")));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server/5"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":5,\"name\":\"cs59019\"}")));
    wm.getWireMock().register(post(urlPathEqualTo("/api/auth/v4/user/client%40example.com/key"))
        .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"4\",\"key\":\"" + LOGIN_KEY + "\"}")));
    wm.getWireMock().register(post(urlPathEqualTo("/api/dci/v3/server/5/power_on"))
        .willReturn(aResponse().withStatus(200).withBody("{\"id\":5}")));
    FakeTime time = new FakeTime();
    PanelTransport transport = Panels.transport(Panels.config(wm.getHttpBaseUrl(), time)
        .logLevel(HttpLogLevel.FULL).build());
    AuthV4TokenSource auth = AuthV4TokenSource.create(transport);
    SampleApi api = transport.target(SampleApi.class, auth);

    String log = CapturedLog.during(() -> {
      api.server(5);
      AuthV4LoginKeys.create(transport, auth).create("client@example.com");
      api.powerOn(5, Map.of("password", "an-os-root-password"));
    });

    assertThat(log)
        .contains("[DCImanager 6] [AuthV4Api#login] ---> POST " + wm.getHttpBaseUrl() + "/api/auth/v4/public/token")
        .contains("\"email\":\"admin@example.com\"")
        .contains("\"password\":\"****\"")
        .contains("<--- HTTP/1.1 201")
        .contains("\"token\":\"****\"")
        .contains("x-xsrf-token: ****")
        .contains("Cookie: ****")
        .contains("\"name\":\"cs59019\"")
        .contains("\"key\":\"****\"")
        .doesNotContain(Panels.PASSWORD)
        .doesNotContain(Panels.TOKEN)
        .doesNotContain(LOGIN_KEY)
        .doesNotContain("an-os-root-password");
  }
}

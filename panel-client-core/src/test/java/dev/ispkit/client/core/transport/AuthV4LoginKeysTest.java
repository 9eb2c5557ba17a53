package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.LoginKey;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
final class AuthV4LoginKeysTest {
  private static final String KEY = "4-74e7c0e9-a5ff-4f52-a2ac-ed03c6ed1e21";
  private AuthV4LoginKeys keys;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    PanelTransport transport = Panels.transport(Panels.config(wm.getHttpBaseUrl(), new FakeTime()).build());
    keys = AuthV4LoginKeys.create(transport, AuthV4TokenSource.create(transport));
  }

  @Test
  void createsAKeyAsTheAdministratorAndBuildsTheBrowserLink(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/api/auth/v4/user/client%40example.com/key"))
        .willReturn(okJson("{\"id\":\"4\",\"key\":\"" + KEY + "\"}")));

    LoginKey key = keys.create("client@example.com");

    assertThat(key.id()).contains("4");
    assertThat(key.key()).isEqualTo(KEY);
    assertThat(key.loginUrl()).isEqualTo(URI.create(wm.getHttpBaseUrl() + "/auth/key-v4/" + KEY));
    assertThat(key.toString()).doesNotContain(KEY);
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/auth/v4/user/client%40example.com/key"))
        .withHeader("x-xsrf-token", equalTo(Panels.TOKEN))
        .withRequestBody(equalToJson("{}")));
  }

  @Test
  void refusesAUserThatWouldChangeThePath() {
    assertThatThrownBy(() -> keys.create("../../token")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("user");
    assertThatThrownBy(() -> keys.create(" ")).isInstanceOf(InvalidInputException.class);
  }
}

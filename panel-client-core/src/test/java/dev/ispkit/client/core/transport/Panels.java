package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;

/** Test fixtures: a configuration pointing at WireMock, and the panel's login answer. */
final class Panels {
  static final String EMAIL = "admin@example.com";
  static final String PASSWORD = "Pa55-w0rd-never-logged";
  static final String TOKEN = "6BA7C69DCB7DF4DACFFC7E56";
  static final String TOKEN_2 = "E6900A56BE7DF0FB28ED7BE7";

  private Panels() {}

  static ClientConfig.Builder config(String baseUrl, FakeTime time) {
    return time.clientConfig(baseUrl, Credentials.of(EMAIL, PASSWORD));
  }

  static PanelTransport transport(ClientConfig config) {
    return PanelTransport.builder(config).panelName("DCImanager 6").defaultApiPrefix("/api").build();
  }

  /** The sample calls on a transport of the configuration, logged in with auth v4. */
  static SampleApi loggedIn(ClientConfig config) {
    PanelTransport transport = transport(config);
    return transport.target(SampleApi.class, AuthV4TokenSource.create(transport));
  }

  /** The panel's answer to a login, as VMmanager 6 gives it (201). */
  static MappingBuilder login(String token) {
    return post(urlPathEqualTo("/api/auth/v4/public/token"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"17\",\"token\":\"" + token + "\",\"expires_at\":\"2026-11-22 11:00:00\",\"confirmed\":true}"));
  }
}

package dev.ispkit.dci6;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.transport.FakeTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A DCImanager 6 client pointed at WireMock with one API prefix, logged in with a fixed token, on fake time: what
 * every test of this module starts from.
 */
final class TestPanel implements AutoCloseable {
  static final String EMAIL = "admin@example.com";
  static final String PASSWORD = "Adm1n-pa55-never-logged";
  static final String TOKEN = "6BA7C69DCB7DF4DACFFC7E56";

  final WireMock wm;
  final String prefix;
  final FakeTime time = new FakeTime();
  final Dci6Client dci;

  private TestPanel(WireMockRuntimeInfo info, String prefix) {
    this.wm = info.getWireMock();
    this.prefix = prefix;
    wm.register(post(urlPathEqualTo(prefix + "/auth/v4/public/token"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"1\",\"token\":\"" + TOKEN + "\",\"expires_at\":\"2026-11-22 11:00:00\","
                + "\"confirmed\":true}")));
    ClientConfig.Builder config = time.clientConfig(info.getHttpBaseUrl(), Credentials.of(EMAIL, PASSWORD));
    // "/api" is the client's default: leave it unset to prove that; set the empty prefix explicitly.
    if (!prefix.equals("/api")) {
      config.apiPrefix(prefix);
    }
    this.dci = Dci6Client.create(config.build());
  }

  static TestPanel start(WireMockRuntimeInfo info, String prefix) {
    return new TestPanel(info, prefix);
  }

  /** A panel path with this panel's API prefix. */
  String path(String path) {
    return prefix + path;
  }

  /** The request pattern with the session headers every authenticated call must carry. */
  static RequestPatternBuilder withSession(RequestPatternBuilder pattern) {
    return pattern
        .withHeader("x-xsrf-token", equalTo(TOKEN))
        .withHeader("Cookie", equalTo("ses6=" + TOKEN))
        .withHeader("isp-box-instance", equalTo("true"));
  }

  /** Asserts exactly one request matched, carrying the session headers. */
  void verifyOnce(RequestPatternBuilder pattern) {
    wm.verifyThat(1, withSession(pattern));
  }

  /** Every request except the login, in order. */
  List<LoggedRequest> panelCalls() {
    return wm.find(RequestPatternBuilder.allRequests()).stream()
        .filter(request -> !request.getUrl().endsWith("/auth/v4/public/token"))
        .collect(java.util.stream.Collectors.toList());
  }

  static String resource(String name) {
    try (InputStream in = TestPanel.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    dci.close();
  }
}

package dev.ispkit.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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
import java.util.stream.Collectors;

/**
 * A panel on WireMock for the adapters' unit tests: a DCImanager 6 or VMmanager 6 that answers the login with a
 * fixed token, or a license server at {@code /manager/billmgr}; clients configured on a {@link FakeTime} (waits and
 * retries take no wall time); the captured answers of {@code src/test/resources/fixtures}.
 */
public final class PanelStub {
  /** The token every v6 call must carry after the login. */
  public static final String TOKEN = "6BA7C69DCB7DF4DACFFC7E56";
  /** The license server's path. */
  public static final String BILLMGR = "/manager/billmgr";
  private static final String ADMIN = "admin@example.com";
  private static final String ADMIN_PASSWORD = "Adm1n-pa55-never-logged";

  /** The stub server. */
  public final WireMock wm;
  /** The clients' time. */
  public final FakeTime time = new FakeTime();
  private final WireMockRuntimeInfo info;

  public PanelStub(WireMockRuntimeInfo info) {
    this.info = info;
    this.wm = info.getWireMock();
  }

  /** A v6 panel whose API is below {@code prefix} ({@code /api} for DCImanager, empty for VMmanager). */
  public ClientConfig v6(String prefix) {
    wm.register(post(urlPathEqualTo(prefix + "/auth/v4/public/token")).willReturn(json(201,
        "{\"id\":\"1\",\"token\":\"" + TOKEN + "\",\"expires_at\":\"2026-11-22 11:00:00\",\"confirmed\":true}")));
    return time.clientConfig(info.getHttpBaseUrl(), Credentials.of(ADMIN, ADMIN_PASSWORD)).apiPrefix(prefix).build();
  }

  /** The license server's reseller configuration. */
  public ClientConfig licenseServer() {
    return time.clientConfig(info.getHttpBaseUrl() + BILLMGR, Credentials.of("reseller", ADMIN_PASSWORD)).build();
  }

  /** An answer with a JSON body. */
  public static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** A v6 panel's error answer: {@code {"error":{"code","msg"}}}. */
  public static ResponseDefinitionBuilder error(int status, int code, String message) {
    return json(status, "{\"error\":{\"code\":" + code + ",\"msg\":\"" + message + "\"}}");
  }

  /** The pattern with the session a v6 call carries after the login. */
  public static RequestPatternBuilder withSession(RequestPatternBuilder pattern) {
    return pattern.withHeader("x-xsrf-token", equalTo(TOKEN)).withHeader("isp-box-instance", equalTo("true"));
  }

  /** Every request but the login, oldest first, as {@code METHOD url}. */
  public List<String> calls() {
    return wm.find(RequestPatternBuilder.allRequests()).stream()
        .filter(request -> !request.getUrl().endsWith("/auth/v4/public/token"))
        .map(request -> request.getMethod() + " " + java.net.URLDecoder.decode(request.getUrl(),
            StandardCharsets.UTF_8))
        .collect(Collectors.toList());
  }

  /** The only request matching a pattern. */
  public LoggedRequest only(RequestPatternBuilder pattern) {
    List<LoggedRequest> found = wm.find(pattern);
    if (found.size() != 1) {
      throw new AssertionError("expected one request, got " + found.size() + ": " + calls());
    }
    return found.get(0);
  }

  /** A fixture of {@code src/test/resources/fixtures}. */
  public static String fixture(String name) {
    try (InputStream in = PanelStub.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

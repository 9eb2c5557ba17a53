package dev.ispkit.client.core.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * DCImanager 6 or VMmanager 6 as a fault matrix sees it: auth v4 login below the API prefix, errors as {@code
 * {"error":{"code","msg"}}}, an expired session refused with 401 and {@code {"error":{"code":3001,"msg":
 * "Unauthorized"}}} (the body VMmanager's docs show).
 *
 * <pre>{@code
 * MatrixPanel<Dci6Client> panel =
 *     new AuthV4Panel<>("/api", Credentials.of(email, password), token, Dci6Client::create);
 * }</pre>
 *
 * @param <C> the client facade
 */
public final class AuthV4Panel<C extends AutoCloseable> implements MatrixPanel<C> {
  private final String apiPrefix;
  private final Credentials credentials;
  private final String token;
  private final Function<ClientConfig, C> connect;

  /**
   * A panel.
   *
   * @param apiPrefix where the API is below the host: {@code /api} for DCImanager, empty for VMmanager
   * @param credentials the administrator's login
   * @param token the token the login answers with
   * @param connect makes the client
   */
  public AuthV4Panel(String apiPrefix, Credentials credentials, String token, Function<ClientConfig, C> connect) {
    this.apiPrefix = Objects.requireNonNull(apiPrefix, "apiPrefix");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.token = Objects.requireNonNull(token, "token");
    this.connect = Objects.requireNonNull(connect, "connect");
  }

  @Override
  public String basePath() {
    return "";
  }

  @Override
  public Credentials credentials() {
    return credentials;
  }

  @Override
  public C connect(ClientConfig config) {
    return connect.apply(config);
  }

  @Override
  public MappingBuilder login() {
    return post(urlPathEqualTo(apiPrefix + "/auth/v4/public/token"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":\"1\",\"token\":\"" + token + "\",\"expires_at\":\"2026-11-22 11:00:00\","
                + "\"confirmed\":true}"));
  }

  @Override
  public boolean isLogin(LoggedRequest request) {
    return request.getUrl().endsWith("/auth/v4/public/token");
  }

  @Override
  public ResponseDefinitionBuilder error(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"code\":" + status + ",\"msg\":\"" + (status == 503 ? "Service suspended"
            : "Internal error") + "\"}}");
  }

  @Override
  public ResponseDefinitionBuilder sessionRefused() {
    return aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"code\":3001,\"msg\":\"Unauthorized\"}}");
  }

  @Override
  public List<String> secrets() {
    return List.of(credentials.password(), token);
  }
}

package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelResponseException;
import feign.Request;
import feign.RequestTemplate;
import java.util.Collection;

/**
 * The login of DCImanager 6 and VMmanager 6 (auth v4): logs in with the configured administrator's email and
 * password, reuses the token for the session storage period, and logs in again when the panel refuses it.
 *
 * <p>Each request carries the token three ways, as the panels' own examples do: the {@code x-xsrf-token} header,
 * the {@code ses6} cookie, and {@code isp-box-instance: true}.
 *
 * <p>Single flight ({@link SessionCache}): however many threads find the token missing or refused at once, exactly
 * one logs in and the others wait for its token, or share its failure. A refusal is matched to the token the refused
 * request carried, so a late refusal of an old token never throws away a fresh one.
 *
 * <pre>{@code
 * AuthV4TokenSource auth = AuthV4TokenSource.create(transport);
 * ServerApi servers = transport.target(ServerApi.class, auth);
 * }</pre>
 */
public final class AuthV4TokenSource implements Authenticator {
  static final String TOKEN_HEADER = "x-xsrf-token";
  static final String BOX_HEADER = "isp-box-instance";

  private final AuthV4Api api;
  private final ClientConfig config;
  private final String panelName;
  private final SessionCache sessions;

  private AuthV4TokenSource(PanelTransport transport) {
    this.api = transport.target(AuthV4Api.class, Authenticator.NONE);
    this.config = transport.config();
    this.panelName = transport.panelName();
    this.sessions = SessionCache.create(transport, this::login);
  }

  /**
   * A token source logging in through the transport's auth v4 service, with the transport's credentials.
   *
   * @param transport the transport
   * @return the token source
   */
  public static AuthV4TokenSource create(PanelTransport transport) {
    return new AuthV4TokenSource(transport);
  }

  @Override
  public void authenticate(RequestTemplate template) {
    String token = token();
    template.removeHeader(TOKEN_HEADER);
    template.header(TOKEN_HEADER, token);
    template.removeHeader("Cookie");
    template.header("Cookie", "ses6=" + token);
    template.removeHeader(BOX_HEADER);
    template.header(BOX_HEADER, "true");
  }

  @Override
  public boolean rejected(Request request) {
    Collection<String> sent = request.headers().get(TOKEN_HEADER);
    if (sent == null || sent.isEmpty()) {
      return false;
    }
    sessions.refused(sent.iterator().next());
    return true;
  }

  /**
   * The current token, logging in first when there is none or it is older than the session storage period.
   *
   * @return the token
   */
  public String token() {
    return sessions.current();
  }

  private String login() {
    AuthV4Api.TokenAnswer answer = api.login(
        new AuthV4Api.LoginRequest(config.credentials().username(), config.credentials().password()));
    if (answer == null || answer.token() == null || answer.token().isBlank()) {
      PanelCall call = new PanelCall("POST", "/auth/v4/public/token");
      throw new PanelResponseException(panelName + " answered the login without a token",
          new PanelErrorDetails(-1, null, null, call), null);
    }
    return answer.token();
  }
}

package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.LoginKey;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelResponseException;
import java.net.URI;
import java.util.Map;

/**
 * One-time login keys of auth v4 ({@code POST /auth/v4/user/{email or id}/key}), shared by the DCImanager 6 and
 * VMmanager 6 clients: a billing application's "log in to the panel" link for a client, made with the
 * administrator's session and without the client's password.
 */
public final class AuthV4LoginKeys {
  private final AuthV4Api api;
  private final URI baseUri;
  private final String panelName;

  private AuthV4LoginKeys(PanelTransport transport, Authenticator authenticator) {
    this.api = transport.target(AuthV4Api.class, authenticator);
    this.baseUri = transport.config().baseUri();
    this.panelName = transport.panelName();
  }

  /**
   * Login keys through the transport, authenticated as its administrator.
   *
   * @param transport the transport
   * @param authenticator the administrator's session
   * @return the login keys
   */
  public static AuthV4LoginKeys create(PanelTransport transport, Authenticator authenticator) {
    return new AuthV4LoginKeys(transport, authenticator);
  }

  /**
   * Creates a one-time login key for a panel user.
   *
   * @param user the user's email or numeric id
   * @return the key and its browser link
   * @throws InvalidInputException when the user is blank or contains a {@code /}
   */
  public LoginKey create(String user) {
    if (user == null || user.isBlank() || user.contains("/") || user.contains("\\")) {
      throw new InvalidInputException("user", user, "must be a user's email or numeric id");
    }
    AuthV4Api.KeyAnswer answer = api.key(user.strip(), Map.of());
    if (answer == null || answer.key() == null || answer.key().isBlank()) {
      throw new PanelResponseException(panelName + " answered the login key request without a key",
          new PanelErrorDetails(-1, null, null, new PanelCall("POST", "/auth/v4/user/" + user + "/key")), null);
    }
    URI link = URI.create(baseUri.toString() + "/auth/key-v4/" + answer.key());
    return LoginKey.of(answer.id(), answer.key(), link);
  }
}

package dev.ispkit.license;

import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.transport.Authenticator;
import feign.Request;
import feign.RequestTemplate;
import java.util.Map;
import java.util.Set;

/** {@link AuthMode#AUTHINFO}: {@code authinfo=<user>:<password>} in the form body of every request. */
final class AuthinfoAuthenticator implements Authenticator {
  static final Set<String> AUTH_FIELDS = Set.of("authinfo", "auth");

  private final String authinfo;

  AuthinfoAuthenticator(Credentials credentials) {
    this.authinfo = credentials.username() + ":" + credentials.password();
  }

  @Override
  public void authenticate(RequestTemplate template) {
    Form.replace(template, AUTH_FIELDS, Map.of("authinfo", authinfo));
  }

  /** The credentials themselves were refused: logging in again with the same ones cannot help. */
  @Override
  public boolean rejected(Request request) {
    return false;
  }

  @Override
  public String toString() {
    return "AuthinfoAuthenticator[****]";
  }
}

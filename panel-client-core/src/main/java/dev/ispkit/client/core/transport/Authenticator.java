package dev.ispkit.client.core.transport;

import feign.Request;
import feign.RequestTemplate;

/**
 * How a Feign target of ispkit proves who it is: sets the session on each attempt of a request, and forgets a
 * session the panel refused so that the next attempt logs in again.
 *
 * <p>Called on every attempt (Feign reuses a request's template across retries), so {@link
 * #authenticate(RequestTemplate)} must replace what a previous attempt set, never add a second copy.
 */
public interface Authenticator {
  /** No authentication: for the login call itself and for tests. */
  Authenticator NONE = new Authenticator() {
    @Override
    public void authenticate(RequestTemplate template) {}

    @Override
    public boolean rejected(Request request) {
      return false;
    }
  };

  /**
   * Puts the current session (logging in first if there is none) on an attempt of a request.
   *
   * @param template the request about to be sent
   */
  void authenticate(RequestTemplate template);

  /**
   * The panel refused the session the request carried. Forgets that session if it is still the current one (many
   * requests may report the same refused session at once: only the first forgets it, and only one login follows).
   *
   * @param request the refused request
   * @return whether logging in again may help, so the request is worth repeating once
   */
  boolean rejected(Request request);
}

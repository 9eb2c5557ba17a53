package dev.ispkit.client.core.faults;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import java.util.List;

/**
 * What a fault matrix needs to know of one panel: how its client is made and logs in, how the panel words an error
 * and a refused session, and which secrets must never show.
 *
 * @param <C> the client facade
 */
public interface MatrixPanel<C extends AutoCloseable> {
  /** The path below the panel's host that the client's base URL ends in: empty, or {@code /manager/billmgr}. */
  String basePath();

  /** The login the client is configured with. */
  Credentials credentials();

  /**
   * The client, for the matrix's configuration (fake time, FULL logging, short read timeout).
   *
   * @param config the configuration
   * @return the client
   */
  C connect(ClientConfig config);

  /** The panel's answer to the login, as a stub. */
  MappingBuilder login();

  /**
   * Whether a request the panel received is a login (logins are counted apart from the call's requests).
   *
   * @param request the request
   * @return whether it is a login
   */
  boolean isLogin(LoggedRequest request);

  /**
   * The panel's error answer with a status, as the panel sends it.
   *
   * @param status the HTTP status
   * @return the answer
   */
  ResponseDefinitionBuilder error(int status);

  /**
   * The panel's way of saying the session expired: a 401 for auth v4, {@code doc.error} of type auth for
   * BILLmanager.
   */
  ResponseDefinitionBuilder sessionRefused();

  /** The secrets of the login and the session (password, token, session id) that must never show. */
  List<String> secrets();
}

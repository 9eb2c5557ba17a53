package dev.ispkit.license;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.transport.Authenticator;
import dev.ispkit.client.core.transport.PanelTransport;
import dev.ispkit.client.core.transport.SessionCache;
import feign.Request;
import feign.RequestTemplate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link AuthMode#SESSION}: logs in once with {@code func=auth}, then puts {@code auth=<session id>} in the form body
 * of every request.
 *
 * <p>BILLmanager ends a session an hour after its last request. The session is renewed of its own accord when it
 * has been idle that long, or is older than the configured session storage period; and when the server refuses it
 * anyway ({@code doc.error} of type {@code auth}), {@link #rejected(Request)} forgets it so the retry policy logs in
 * once and repeats the call. Core's {@link SessionCache} keeps it: however many threads need a session at once, one
 * logs in, and a failed login is shared by all of them rather than repeated.
 */
final class SessionAuthenticator implements Authenticator {
  /** BILLmanager's idle limit ("the session id is valid for one hour" after the last request). */
  static final Duration IDLE_LIMIT = Duration.ofHours(1);

  private final BillmgrApi loginApi;
  private final Credentials credentials;
  private final String panelName;
  private final SessionCache sessions;

  SessionAuthenticator(PanelTransport transport, BillmgrApi loginApi, Credentials credentials) {
    this.loginApi = loginApi;
    this.credentials = credentials;
    this.panelName = transport.panelName();
    this.sessions = SessionCache.create(transport, IDLE_LIMIT, this::login);
  }

  @Override
  public void authenticate(RequestTemplate template) {
    Form.replace(template, AuthinfoAuthenticator.AUTH_FIELDS, Map.of("auth", sessions.current()));
  }

  @Override
  public boolean rejected(Request request) {
    String refused = Form.parse(request).get("auth");
    if (refused == null) {
      // The login itself, or a request that never carried a session: a new login cannot mend it.
      return false;
    }
    sessions.refused(refused);
    return true;
  }

  private String login() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("func", "auth");
    form.put("username", credentials.username());
    form.put("password", credentials.password());
    form.put("out", "json");
    form.put("lang", "en");
    JsonNode doc = loginApi.call(form);
    JsonNode auth = doc.get("auth");
    return Doc.nonBlank(auth, "$id").or(() -> Doc.nonBlank(doc, "auth")).orElseThrow(() ->
        new PanelResponseException(panelName + " answered the login (func=auth) without a session id",
            new PanelErrorDetails(200, null, null, new PanelCall("POST", "[func=auth]")), null));
  }

  @Override
  public String toString() {
    return "SessionAuthenticator[****]";
  }
}

package dev.ispkit.license;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.transport.Authenticator;
import feign.Request;
import feign.RequestTemplate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link AuthMode#SESSION}: logs in once with {@code func=auth}, then puts {@code auth=<session id>} in the form body
 * of every request.
 *
 * <p>BILLmanager ends a session an hour after its last request. The session is renewed of its own accord when it
 * has been idle that long, or is older than the configured session storage period; and when the server refuses it
 * anyway ({@code doc.error} of type {@code auth}), {@link #rejected(Request)} forgets it so the retry policy logs in
 * once and repeats the call. Single flight: however many threads need a session at once, one logs in.
 */
final class SessionAuthenticator implements Authenticator {
  /** BILLmanager's idle limit ("the session id is valid for one hour" after the last request). */
  static final Duration IDLE_LIMIT = Duration.ofHours(1);

  private final BillmgrApi loginApi;
  private final Credentials credentials;
  private final Clock clock;
  private final Duration maxAge;
  private final String panelName;
  private final ReentrantLock lock = new ReentrantLock();
  private Session session;

  SessionAuthenticator(BillmgrApi loginApi, Credentials credentials, Clock clock, Duration maxAge, String panelName) {
    this.loginApi = loginApi;
    this.credentials = credentials;
    this.clock = clock;
    this.maxAge = maxAge;
    this.panelName = panelName;
  }

  @Override
  public void authenticate(RequestTemplate template) {
    Form.replace(template, AuthinfoAuthenticator.AUTH_FIELDS, Map.of("auth", sessionId()));
  }

  @Override
  public boolean rejected(Request request) {
    String refused = Form.parse(request).get("auth");
    if (refused == null) {
      // The login itself, or a request that never carried a session: a new login cannot mend it.
      return false;
    }
    lock.lock();
    try {
      if (session != null && session.id.equals(refused)) {
        session = null;
      }
    } finally {
      lock.unlock();
    }
    return true;
  }

  /** The session to send now, logging in first when there is none or it may have run out; marks it used. */
  String sessionId() {
    lock.lock();
    try {
      Instant now = clock.instant();
      if (session == null || !session.usableAt(now, maxAge)) {
        session = login(now);
      }
      session.lastUsed = now;
      return session.id;
    } finally {
      lock.unlock();
    }
  }

  private Session login(Instant now) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("func", "auth");
    form.put("username", credentials.username());
    form.put("password", credentials.password());
    form.put("out", "json");
    form.put("lang", "en");
    JsonNode doc = loginApi.call(form);
    JsonNode auth = doc.get("auth");
    String id = Doc.nonBlank(auth, "$id").or(() -> Doc.nonBlank(doc, "auth")).orElse(null);
    if (id == null) {
      throw new PanelResponseException(panelName + " answered the login (func=auth) without a session id",
          new PanelErrorDetails(200, null, null, new PanelCall("POST", "[func=auth]")), null);
    }
    return new Session(id, now);
  }

  @Override
  public String toString() {
    return "SessionAuthenticator[****]";
  }

  private static final class Session {
    final String id;
    final Instant loggedIn;
    Instant lastUsed;

    Session(String id, Instant loggedIn) {
      this.id = id;
      this.loggedIn = loggedIn;
      this.lastUsed = loggedIn;
    }

    boolean usableAt(Instant now, Duration maxAge) {
      return now.isBefore(lastUsed.plus(IDLE_LIMIT)) && now.isBefore(loggedIn.plus(maxAge));
    }
  }
}

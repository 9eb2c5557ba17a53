package dev.ispkit.client.core.transport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The secret values one transport knows: the configured password, and the session tokens and ids its logins got.
 * Wherever such a value turns up in text about to be logged or put in an exception (a panel that repeats the
 * password in its error message, a token in an answer cut before its closing quote), it is masked whatever field
 * or word surrounds it.
 *
 * <p>Values shorter than {@value #MIN_LENGTH} characters are not masked this way: they would turn ordinary words
 * into {@code ****}, and the patterns of {@link Redaction} still mask them where a field name says what they are.
 * The last {@value #SESSIONS_KEPT} sessions are kept besides the password.
 */
final class KnownSecrets {
  static final int MIN_LENGTH = 4;
  static final int SESSIONS_KEPT = 16;

  private final String password;
  private final Deque<String> sessions = new ArrayDeque<>();

  KnownSecrets(String password) {
    this.password = password;
  }

  /** Remembers a session token or id, so it is masked from now on. */
  synchronized void addSession(String session) {
    if (session == null || session.length() < MIN_LENGTH || sessions.contains(session)) {
      return;
    }
    sessions.addFirst(session);
    while (sessions.size() > SESSIONS_KEPT) {
      sessions.removeLast();
    }
  }

  /** The text with every known value masked. */
  String mask(String text) {
    String out = text;
    for (String value : values()) {
      if (out.contains(value)) {
        out = out.replace(value, Redaction.MASK);
      }
    }
    return out;
  }

  private synchronized List<String> values() {
    List<String> values = new java.util.ArrayList<>(sessions.size() + 1);
    if (password != null && password.length() >= MIN_LENGTH) {
      values.add(password);
    }
    values.addAll(sessions);
    // The longest first, so a value that contains another is masked whole.
    values.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return values;
  }
}

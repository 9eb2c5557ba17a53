package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Auth v4 as DCImanager 6 and VMmanager 6 share it: password login to a token with a fixed lifetime, one-time
 * keys, and the check every other call goes through.
 */
final class AuthService {
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  /** The KB says a one-time key is valid for one hour. */
  private static final Duration KEY_LIFETIME = Duration.ofHours(1);

  record Token(long id, String token, long userId, Instant expiresAt) {}

  private record Key(String key, long userId, Instant expiresAt) {}

  private final Users users;
  private final Duration sessionPeriod;
  private final Random random;
  private final Map<String, Token> tokens = new LinkedHashMap<>();
  private final Map<String, Key> keys = new LinkedHashMap<>();
  private long nextTokenId = 1;

  AuthService(Users users, Duration sessionPeriod, Random random) {
    this.users = users;
    this.sessionPeriod = sessionPeriod;
    this.random = random;
  }

  Token login(String email, String password, Instant now) {
    User user = users.byEmail(email);
    if (user == null || !user.password.equals(password) || !"active".equals(user.state)) {
      throw PanelException.of(PanelError.BAD_CREDENTIALS, "Invalid email or password");
    }
    return issue(user, now);
  }

  private Token issue(User user, Instant now) {
    Token token = new Token(nextTokenId++, user.id + "-" + uuid(), user.id, now.plus(sessionPeriod));
    tokens.put(token.token(), token);
    return token;
  }

  static ObjectNode tokenJson(Token token) {
    ObjectNode node = Json.object();
    node.put("id", String.valueOf(token.id()));
    node.put("token", token.token());
    node.put("expires_at", DATE_TIME.format(token.expiresAt()));
    node.put("confirmed", true);
    return node;
  }

  /** The user behind the request's token: {@code x-xsrf-token}, the {@code ses6} cookie or {@code ISP-Session}. */
  User check(Request request, Instant now) {
    String value = request.header("x-xsrf-token");
    if (value == null || value.isBlank()) {
      value = request.cookie("ses6");
    }
    if (value == null || value.isBlank()) {
      value = request.header("isp-session");
    }
    if (value == null || value.isBlank()) {
      throw PanelException.of(PanelError.UNAUTHORIZED, "Unauthorized: no session token");
    }
    Token token = tokens.get(value.trim());
    if (token == null) {
      throw PanelException.of(PanelError.UNAUTHORIZED, "Unauthorized: unknown or expired session");
    }
    if (!now.isBefore(token.expiresAt())) {
      tokens.remove(token.token());
      throw PanelException.of(PanelError.UNAUTHORIZED, "Unauthorized: session expired");
    }
    User user = users.byId(token.userId());
    if (user == null) {
      throw PanelException.of(PanelError.UNAUTHORIZED, "Unauthorized: user no longer exists");
    }
    return user;
  }

  boolean logout(String token) {
    return tokens.remove(token) != null;
  }

  ObjectNode newKey(User user, Instant now) {
    Key key = new Key(user.id + "-" + uuid(), user.id, now.plus(KEY_LIFETIME));
    keys.put(key.key(), key);
    return Json.object().put("id", String.valueOf(user.id)).put("key", key.key());
  }

  /** Exchanges a one-time key for a token; the key is spent either way. */
  Token redeem(String keyValue, Instant now) {
    Key key = keyValue == null ? null : keys.remove(keyValue);
    if (key == null || !now.isBefore(key.expiresAt())) {
      throw PanelException.of(PanelError.BAD_CREDENTIALS, "Invalid or expired key");
    }
    User user = users.byId(key.userId());
    if (user == null) {
      throw PanelException.of(PanelError.BAD_CREDENTIALS, "Invalid or expired key");
    }
    return issue(user, now);
  }

  /** Every token ends now, as after a panel restart or a lifetime change. */
  void expireAll() {
    tokens.clear();
  }

  private String uuid() {
    return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
        random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
  }
}

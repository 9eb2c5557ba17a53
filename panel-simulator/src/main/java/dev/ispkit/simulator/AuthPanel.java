package dev.ispkit.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Auth v4 ({@code auth/v4}) as the two v6 panels share it, and the browser's one-time key link. */
final class AuthPanel {
  private static final String P = "/auth/v4";
  /** Paths that need no token: login and key exchange. */
  static final Set<String> PUBLIC = Set.of(P + "/public/token", P + "/public/key", P + "/public/auth_by_key");

  private final SimState state;

  AuthPanel(SimState state, Router router) {
    this.state = state;
    router.add("POST", P + "/public/token", BodyShape.of("email", "password"), this::login)
        .add("POST", P + "/public/key", BodyShape.of("key"), this::byKey)
        .add("POST", P + "/public/auth_by_key", BodyShape.of("key"), this::byKey)
        .add("POST", P + "/user/{user}/key", BodyShape.of(), this::newKey)
        .add("DELETE", P + "/token/{token}", this::logout)
        .add("GET", P + "/whoami", this::whoami)
        .add("GET", P + "/user", this::users)
        .add("GET", "/auth/key-v4/{key}", this::browserKey);
  }

  static boolean isPublic(Request r) {
    return PUBLIC.contains(r.path) || r.path.startsWith("/auth/key-v4/");
  }

  private Reply login(Request r) {
    Body body = Body.of(r);
    AuthService.Token token = state.auth.login(body.requireString("email"), body.requireString("password"),
        state.now());
    return Reply.json(201, AuthService.tokenJson(token)).header("Set-Cookie", "ses6=" + token.token() + "; Path=/");
  }

  private Reply byKey(Request r) {
    Body body = Body.of(r);
    AuthService.Token token = state.auth.redeem(body.requireString("key"), state.now());
    return Reply.json(201, AuthService.tokenJson(token)).header("Set-Cookie", "ses6=" + token.token() + "; Path=/");
  }

  private Reply newKey(Request r) {
    Body.of(r);
    String ref = r.vars.get("user");
    User user = state.users.byIdOrEmail(ref);
    if (user == null) {
      throw PanelException.notFound("user", ref);
    }
    return Reply.json(state.auth.newKey(user, state.now()));
  }

  private Reply logout(Request r) {
    String token = r.vars.get("token");
    if (!state.auth.logout(token)) {
      throw PanelException.notFound("token", "(given)");
    }
    return Reply.json(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
  }

  private Reply whoami(Request r) {
    User user = state.auth.check(r, state.now());
    return Reply.json(user.authJson());
  }

  private Reply users(Request r) {
    List<com.fasterxml.jackson.databind.node.ObjectNode> all = new ArrayList<>();
    for (User user : state.users.all()) {
      all.add(user.authJson());
    }
    return Lists.reply(state.dci.lastNotify, all, r, Set.of("id", "email", "state", "roles", "full_name"));
  }

  /** What the browser link does: spend the key, set the session cookie, send the user to the panel. */
  private Reply browserKey(Request r) {
    try {
      AuthService.Token token = state.auth.redeem(r.vars.get("key"), state.now());
      return Reply.text(302, "text/html; charset=UTF-8", "<html><body>Redirecting</body></html>")
          .header("Location", "/").header("Set-Cookie", "ses6=" + token.token() + "; Path=/");
    } catch (PanelException e) {
      return Reply.text(403, "text/html; charset=UTF-8",
          "<html><body><h1>Invalid or expired key</h1></body></html>");
    }
  }
}

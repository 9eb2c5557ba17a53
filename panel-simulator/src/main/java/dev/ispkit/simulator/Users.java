package dev.ispkit.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every account of the auth service, in id order. E-mails are unique regardless of case. */
final class Users {
  private final Map<Long, User> byId = new LinkedHashMap<>();
  private final Map<String, User> byEmail = new LinkedHashMap<>();
  private long nextId = 1;

  User add(String email, String password, String role) {
    String key = email.toLowerCase(Locale.ROOT);
    if (byEmail.containsKey(key)) {
      throw PanelException.of(PanelError.CONFLICT, "User with email '" + email + "' already exists",
          Json.object().put("email", email));
    }
    User user = new User(nextId++, email, password, role);
    byId.put(user.id, user);
    byEmail.put(key, user);
    return user;
  }

  void remove(User user) {
    byId.remove(user.id);
    byEmail.remove(user.email.toLowerCase(Locale.ROOT));
  }

  User byId(long id) {
    return byId.get(id);
  }

  User byEmail(String email) {
    return email == null ? null : byEmail.get(email.toLowerCase(Locale.ROOT));
  }

  /** The auth service addresses a user by e-mail or by numeric id alike. */
  User byIdOrEmail(String ref) {
    if (ref.matches("\\d+")) {
      User user = byId.get(Long.parseLong(ref));
      if (user != null) {
        return user;
      }
    }
    return byEmail(ref);
  }

  List<User> all() {
    return new ArrayList<>(byId.values());
  }
}

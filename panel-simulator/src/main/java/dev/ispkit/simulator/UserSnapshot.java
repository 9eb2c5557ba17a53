package dev.ispkit.simulator;

import java.util.List;

/**
 * A user of the auth service DCImanager and VMmanager share (a DCImanager user, a VMmanager account) as the
 * simulator holds it at the moment it was read. Its password is not part of it.
 *
 * <pre>{@code
 * assertThat(sim.users()).extracting(UserSnapshot::email).contains("client@example.com");
 * }</pre>
 *
 * @param id the user id
 * @param email the login e-mail
 * @param fullName the full name, or an empty string
 * @param phoneNumber the phone number, or an empty string
 * @param roles e.g. {@code ["@user"]} or {@code ["@admin"]}
 * @param state {@code active} or another word of the panel's
 */
public record UserSnapshot(long id, String email, String fullName, String phoneNumber, List<String> roles,
    String state) {

  /** Keeps its own copy of the roles. */
  public UserSnapshot {
    roles = List.copyOf(roles);
  }

  static UserSnapshot of(User user) {
    return new UserSnapshot(user.id, user.email, user.fullName, user.phoneNumber, user.roles, user.state);
  }
}

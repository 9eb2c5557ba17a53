package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.Listing;
import dev.ispkit.client.core.LoginKey;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelListing;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.transport.Require;
import dev.ispkit.client.core.Where;
import dev.ispkit.client.core.transport.AuthV4LoginKeys;
import java.util.Locale;
import java.util.Optional;

/**
 * The panel's users: billing keeps one per client, finds it by the client's email, creates it on the first order,
 * and gives the client a one-time login link. The list calls ({@code list}, {@code stream}, {@code first}) come from
 * {@link PanelListing}, over {@code GET /dci/v3/user}.
 *
 * <pre>{@code
 * long userId = dci.users().findOrCreate(NewUser.builder().email(email).password(password).build());
 * LoginKey key = dci.users().loginKey(email);
 * }</pre>
 */
public final class Users extends Listing<User> {
  private final Dci6Api api;
  private final AuthV4LoginKeys loginKeys;

  Users(Dci6Api api, AuthV4LoginKeys loginKeys) {
    super(api::users, Dci6.PAGE_SIZE);
    this.api = api;
    this.loginKeys = loginKeys;
  }

  /**
   * The user with an email: {@code GET /dci/v3/user?where=email EQ '<email>'}. The email is quoted and escaped in the
   * filter, and the answer is checked again here (ignoring case), so a panel that ignores the filter cannot hand back
   * someone else.
   *
   * @param email the email
   * @return the user, or empty when there is none
   */
  public Optional<User> findByEmail(String email) {
    String wanted = Require.email("email", email);
    return first(Where.field("email").eq(wanted),
        user -> user.email().map(e -> e.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
            .orElse(false));
  }

  /**
   * Creates a user: {@code POST /dci/v3/user} {@code {"email", "full_name", "password", "phone_number", "role"}}.
   *
   * @param user the user
   * @return the new user's id
   */
  public long create(NewUser user) {
    Require.present("user", user);
    Dci6Api.IdAnswer answer = api.createUser(new Dci6Api.UserBody(user.email(), user.fullName().orElse(null),
        user.password(), user.phoneNumber().orElse(null), user.role()));
    if (answer == null || answer.id() == null) {
      throw new PanelResponseException(Dci6.NAME + " created user " + user.email() + " but gave no id",
          PanelErrorDetails.noAnswer(new PanelCall("POST", "/dci/v3/user")), null);
    }
    return answer.id();
  }

  /**
   * The id of the user with the email, created first when there is none: the one call behind "one panel user per
   * billing client". When another process creates the same user at the same moment and the panel refuses the second
   * creation (as a conflict or a validation error), the user is looked up once more; the refusal is thrown when the
   * user is still not found.
   *
   * @param user the user to find by email, or to create
   * @return the user's id
   */
  public long findOrCreate(NewUser user) {
    Require.present("user", user);
    Optional<User> existing = findByEmail(user.email());
    if (existing.isPresent()) {
      return existing.get().id();
    }
    try {
      return create(user);
    } catch (PanelConflictException | PanelInvalidRequestException e) {
      // A duplicate email may come back as 409 or as a validation error; either way, someone else was first.
      return findByEmail(user.email()).map(User::id).orElseThrow(() -> e);
    }
  }

  /**
   * A one-time key that logs the user into the panel's web interface, valid for about an hour: {@code POST
   * /auth/v4/user/{email or id}/key} (seen).
   *
   * @param emailOrId the user's email or numeric id
   * @return the key and its browser link
   */
  public LoginKey loginKey(String emailOrId) {
    String user = Require.notBlank("emailOrId", emailOrId);
    if (!user.chars().allMatch(Character::isDigit)) {
      Require.email("emailOrId", user);
    }
    return loginKeys.create(user);
  }

  /**
   * A one-time login key for the user with an id (see {@link #loginKey(String)}).
   *
   * @param userId the user's id
   * @return the key and its browser link
   */
  public LoginKey loginKey(long userId) {
    return loginKeys.create(Long.toString(Require.id("userId", userId)));
  }
}

package dev.ispkit.client.core;

import org.immutables.value.Value;

/**
 * The account a client logs in with: for DCImanager 6 and VMmanager 6 an administrator's email and password, for
 * a BILLmanager license server the reseller's user name and password.
 *
 * <p>The password is never printed: {@code toString()} shows {@code ****} in its place.
 *
 * <pre>{@code
 * Credentials admin = Credentials.of("admin@example.com", System.getenv("DCI_PASSWORD"));
 * }</pre>
 */
@Value.Immutable
public abstract class Credentials {
  Credentials() {}

  /** The login: an email for DCImanager and VMmanager, a user name for BILLmanager. */
  public abstract String username();

  /** The password. */
  @Value.Redacted
  public abstract String password();

  /**
   * Credentials from a user name and a password.
   *
   * @param username the login, not blank
   * @param password the password, not empty
   * @return the credentials
   * @throws InvalidInputException when either is missing
   */
  public static Credentials of(String username, String password) {
    if (username == null || username.isBlank()) {
      throw new InvalidInputException("username", username, "must not be blank");
    }
    if (password == null || password.isEmpty()) {
      throw InvalidInputException.secret("password", "must not be empty");
    }
    return ImmutableCredentials.builder().username(username.strip()).password(password).build();
  }
}

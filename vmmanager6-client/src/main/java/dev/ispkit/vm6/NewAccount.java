package dev.ispkit.vm6;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.transport.Require;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A VMmanager account to create for a billing customer ({@code POST /vm/v3/account}), always with the role
 * {@code @user}. {@code toString()} never shows the password.
 *
 * <pre>{@code
 * long owner = vm6.accounts().findOrCreateUser(NewAccount.of("client@example.com", generatedPassword));
 * }</pre>
 */
@Value.Immutable
public abstract class NewAccount {
  NewAccount() {}

  /** A builder; email and password are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An account with only an email and a password.
   *
   * @param email the customer's email, the account's login
   * @param password the account's password
   * @return the account to create
   * @throws dev.ispkit.client.core.InvalidInputException for a missing or malformed email or a blank password
   */
  public static NewAccount of(String email, String password) {
    return builder().email(Require.email("email", email)).password(Require.secret("password", password)).build();
  }

  /** The customer's email, the account's login. */
  public abstract String email();

  /** The account's password. */
  @Value.Redacted
  public abstract String password();

  /** The customer's full name. */
  public abstract Optional<String> fullName();

  /** The customer's phone number. */
  public abstract Optional<String> phoneNumber();

  @Value.Check
  void check() {
    String email = Require.email("email", email());
    if (!email.contains("@") || email.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidInputException("email", email(), "must be an email address");
    }
    Require.secret("password", password());
  }

  Map<String, Object> toBody() {
    return new JsonBody()
        .put("email", email().strip())
        .put("password", password())
        .put("role", Account.USER_ROLE)
        .put("full_name", fullName())
        .put("phone_number", phoneNumber())
        .toMap();
  }

  /** Builds a {@link NewAccount}. */
  public static final class Builder extends ImmutableNewAccount.Builder {
    Builder() {}
  }
}

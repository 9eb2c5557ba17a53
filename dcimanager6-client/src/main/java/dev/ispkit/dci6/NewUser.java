package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A panel user to create for a billing client ({@code POST /dci/v3/user}). The password is never printed.
 *
 * <pre>{@code
 * long userId = dci.users().findOrCreate(NewUser.builder()
 *     .email("client@example.com")
 *     .password(generatedPassword)
 *     .fullName("Client Name")
 *     .build());
 * }</pre>
 */
@Value.Immutable
public abstract class NewUser {
  NewUser() {}

  /** A builder; {@link Builder#email(String)} and {@link Builder#password(String)} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The user's email, their login. */
  public abstract String email();

  /** The user's full name; not sent when empty. */
  public abstract Optional<String> fullName();

  /** The user's password. */
  @Value.Redacted
  public abstract String password();

  /** The user's phone number; not sent when empty. */
  public abstract Optional<String> phoneNumber();

  /**
   * The user's role; default {@code @user}, a client (the docs list users with {@code roles: "[@user]"}; the value to
   * send is inferred, see {@code docs/panel-contract.md}).
   */
  @Value.Default
  public String role() {
    return "@user";
  }

  @Value.Check
  void check() {
    Require.email("email", email());
    Require.secretLine("password", password());
    Require.notBlank("role", role());
    fullName().ifPresent(name -> Require.notBlank("fullName", name));
    phoneNumber().ifPresent(phone -> Require.notBlank("phoneNumber", phone));
  }

  /** Builds a {@link NewUser}. */
  public static final class Builder extends ImmutableNewUser.Builder {
    Builder() {}
  }
}

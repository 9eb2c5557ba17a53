package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A DCImanager 6 user, an element of {@code GET /dci/v3/user}: billing keeps one per client, makes it the owner of
 * the client's servers and logs the client in as it.
 *
 * <p>The docs show {@code roles} as the text {@code "[@user]"}; a list of roles reads the same way.
 *
 * <pre>{@code
 * Optional<User> client = dci.users().findByEmail("client@example.com");
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableUser.class)
public abstract class User {
  User() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The user's id, what assigning an owner takes. */
  @JsonProperty("id")
  public abstract long id();

  /** The user's email, their login. */
  @JsonProperty("email")
  public abstract Optional<String> email();

  /** The user's full name. */
  @JsonProperty("full_name")
  public abstract Optional<String> fullName();

  /** The user's phone number. */
  @JsonProperty("phone_number")
  public abstract Optional<String> phoneNumber();

  /** The user's roles, for example {@code @user} or {@code @admin}. */
  @JsonProperty("roles")
  @JsonDeserialize(using = RolesDeserializer.class)
  public abstract List<String> roles();

  /** How many servers the user owns, when the panel says. */
  @JsonProperty("server_count")
  public abstract Optional<Integer> serverCount();

  /** Builds a {@link User}. */
  public static final class Builder extends ImmutableUser.Builder {
    Builder() {}
  }
}

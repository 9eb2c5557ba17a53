package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The panel user who owns a server, the server's {@code owner}: {@code {"email": "...", "id": 930}}.
 *
 * <pre>{@code
 * boolean mine = server.owner().map(owner -> owner.id() == userId).orElse(false);
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOwner.class)
public abstract class Owner {
  Owner() {}

  /**
   * An owner, for fakes and tests.
   *
   * @param id the user's id
   * @param email the user's email, or {@code null} when the panel names none
   * @return the owner
   */
  public static Owner of(long id, String email) {
    return ImmutableOwner.builder().id(id).email(Optional.ofNullable(email)).build();
  }

  /** The user's id. */
  @JsonProperty("id")
  public abstract long id();

  /** The user's email. */
  @JsonProperty("email")
  public abstract Optional<String> email();
}

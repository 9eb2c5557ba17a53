package dev.ispkit.client.core;

import java.net.URI;
import org.immutables.value.Value;

/**
 * A one-time key that logs a panel user into the panel's web interface without their password, valid for about an
 * hour: what a billing application's "Log in to the panel" button opens.
 *
 * <p>The key and the link are secrets: {@code toString()} masks them.
 *
 * <pre>{@code
 * LoginKey key = dci.users().loginKey("client@example.com");
 * response.sendRedirect(key.loginUrl().toString());
 * }</pre>
 */
@Value.Immutable
public abstract class LoginKey {
  LoginKey() {}

  /**
   * A login key.
   *
   * @param id the id the panel gave the key, or null
   * @param key the key
   * @param loginUrl the link that logs in with it
   * @return the key
   */
  public static LoginKey of(String id, String key, URI loginUrl) {
    return ImmutableLoginKey.builder().id(java.util.Optional.ofNullable(id)).key(key).loginUrl(loginUrl).build();
  }

  /** The id the panel gave the key, when it gave one. */
  public abstract java.util.Optional<String> id();

  /** The key. */
  @Value.Redacted
  public abstract String key();

  /** The browser link that logs the user in: {@code <base URL>/auth/key-v4/<key>}. */
  @Value.Redacted
  public abstract URI loginUrl();
}

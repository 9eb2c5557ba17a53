package dev.ispkit.license;

/**
 * How a {@link LicenseServerClient} proves who it is to the license server.
 *
 * <pre>{@code
 * LicenseServerClient client = LicenseServerClient.builder(config).authMode(AuthMode.SESSION).build();
 * }</pre>
 */
public enum AuthMode {
  /**
   * {@code authinfo=<user>:<password>} in the form body of every request: what every known license integration
   * does, and the default. No state, nothing to expire; the password travels with each call (in the body, never in
   * the URL).
   */
  AUTHINFO,
  /**
   * One {@code func=auth} login, then {@code auth=<session id>} on every request. BILLmanager ends a session an hour
   * after its last request; the client logs in again of its own accord before that (or after the configured session
   * storage period), and once more when the server says the session is gone.
   */
  SESSION
}

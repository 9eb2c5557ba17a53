package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * The state of a server in DCImanager 6, its {@code state}.
 *
 * <pre>{@code
 * boolean settled = server.state() == ServerState.OK;
 * }</pre>
 *
 * <p>A word this version does not know, or none, reads as {@link #UNKNOWN}; the value that carries it keeps the
 * word as sent ({@link Server#rawState()}).
 */
public enum ServerState {
  /** Nothing pending (seen in a production answer). */
  OK,
  /** Being suspended (the docs' sample value). */
  SUSPENDING,
  /** A value this version does not know, or none. */
  UNKNOWN;

  /**
   * The value for the panel's word.
   *
   * @param raw the word as the panel writes it, in any case
   * @return the constant; {@link #UNKNOWN} for a word this version does not know, a blank one or none
   */
  public static ServerState of(String raw) {
    return OpenEnums.parse(ServerState.class, raw, UNKNOWN);
  }
}

package dev.ispkit.client.core;

/**
 * How much of each HTTP exchange the clients log, through SLF4J at DEBUG under the logger {@code dev.ispkit.http}.
 *
 * <p>At every level, passwords, tokens, session ids, cookies, {@code authinfo} and license keys are masked before a
 * line is written.
 */
public enum HttpLogLevel {
  /** Nothing. */
  NONE,
  /** The method, the URL, the status and the time taken. */
  BASIC,
  /** {@link #BASIC} plus the headers, secrets masked. */
  HEADERS,
  /** {@link #HEADERS} plus the bodies, secrets masked. */
  FULL
}

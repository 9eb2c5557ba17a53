package dev.ispkit.engine.port;

/**
 * Whether an OS template installs Linux or Windows: the processing module's settings give each its own installation
 * timeout ({@code installtimeout_linux}, {@code installtimeout_windows}).
 */
public enum OsFamily {
  /** A Linux (or other Unix) template. */
  LINUX,
  /** A Windows template. */
  WINDOWS,
  /** The panel does not say; a lifecycle refuses to guess a timeout for it. */
  UNKNOWN
}

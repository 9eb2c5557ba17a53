package dev.ispkit.engine.inventory;

/**
 * How far diagnostics got on a server. Only {@link #COMPLETED} meets the availability rule's "diagnostics
 * completed". Failed checks are not a state here: the panel reports them as {@code diag_error}, which the engine
 * treats as a diagnostic error, so that a module that ignores errors can still hand such a server out; a
 * diagnostics run that itself failed ({@link #FAILED}) is never ignored.
 *
 * <p>An adapter decides the state from what the panel shows, for example {@link #COMPLETED} when diagnostics
 * generated a configuration and no diagnostics operation is running, {@link #RUNNING} while one is.
 */
public enum DiagnosticsState {
  /** Diagnostics never ran on this server (nothing generated a configuration). */
  NOT_RUN,
  /** Diagnostics are queued or running. */
  RUNNING,
  /** The last diagnostics run failed before it finished. */
  FAILED,
  /** Diagnostics finished and generated the server's configuration. */
  COMPLETED
}

package dev.ispkit.engine.availability;

/**
 * How far DCImanager 6 diagnostics got on a server. Failed checks are not a state here: the panel reports them as
 * {@code diag_error}, which the engine treats as a diagnostic error ({@link AvailabilityCondition#ERRORS}), so that
 * a module that ignores errors can still hand such a server out.
 *
 * <p>An adapter sets {@link #COMPLETED} when the panel shows a finished diagnostics run (for example a non-empty
 * generated configuration and no diagnostics operation running).
 */
public enum DiagnosticsState {
  /** Diagnostics never ran on this server. */
  NOT_RUN,
  /** Diagnostics are running. */
  RUNNING,
  /** Diagnostics finished. */
  COMPLETED
}

package dev.ispkit.engine.inventory;

/**
 * Whether a server is in maintenance mode, as the panel says. A server in maintenance is not given to a client,
 * and neither is one whose mode is {@link #UNKNOWN}: a flag the panel did not send, or sent in a form the adapter
 * does not read, is never taken to mean "not in maintenance" ({@code MAINTENANCE_UNKNOWN} in the availability rule).
 *
 * <p>An adapter maps the panel's flag, for example DCImanager 6's {@code maintenance_mode}: {@code true} is
 * {@link #ON}, {@code false} {@link #OFF}, absent {@link #UNKNOWN}.
 */
public enum MaintenanceMode {
  /** In maintenance: administrators are working on the server. */
  ON,
  /** Not in maintenance. */
  OFF,
  /** The panel did not say. */
  UNKNOWN
}

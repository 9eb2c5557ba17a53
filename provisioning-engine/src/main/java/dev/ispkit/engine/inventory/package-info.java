/**
 * The engine's view of a panel's inventory: what the rules and the lifecycles read about a server, and nothing of
 * the panel's JSON or words.
 *
 * <p>{@link dev.ispkit.engine.inventory.Server} is one dedicated server: its owner, configuration, diagnostics,
 * last operation, maintenance, MAC address, location, main IPv4 address, power and
 * {@link dev.ispkit.engine.inventory.SwitchConnection switch ports}. Adapters build it from the panel client's
 * values and map the panel's status words to the closed values here ({@link
 * dev.ispkit.engine.inventory.PowerStatus}, {@link dev.ispkit.engine.inventory.DiagnosticsState}, {@link
 * dev.ispkit.engine.inventory.LastOperationStatus}, {@link dev.ispkit.engine.inventory.MaintenanceMode}), each
 * with an {@code UNKNOWN} for a word they do not know. What a value cannot carry is kept, not thrown: an unreadable
 * MAC address or a missing location is a property of that one server, which the availability rule turns into a
 * reason, never an exception that fails the whole inventory.
 */
package dev.ispkit.engine.inventory;

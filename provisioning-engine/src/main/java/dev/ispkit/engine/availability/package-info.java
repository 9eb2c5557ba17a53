/**
 * Which servers of an inventory may be given to a client, and why the others may not.
 *
 * <p>{@link dev.ispkit.engine.availability.Server} is the engine's view of one DCImanager 6 server, filled by an
 * adapter. {@link dev.ispkit.engine.availability.AvailabilityFilter} checks an inventory against a processing
 * module's location and error setting, and returns for every server {@code Available} or the
 * {@link dev.ispkit.engine.availability.AvailabilityCondition conditions} it fails, with a one-line
 * {@link dev.ispkit.engine.availability.AvailabilityReport report}.
 */
package dev.ispkit.engine.availability;

/**
 * Which servers of an inventory may be given to a client, and why the others may not.
 *
 * <p>{@link dev.ispkit.engine.availability.AvailabilityFilter} checks an inventory of
 * {@link dev.ispkit.engine.inventory.Server servers} against a processing module's location and error setting, and
 * returns for every server {@code Available} or the {@link dev.ispkit.engine.availability.AvailabilityCondition
 * conditions} it fails ({@link dev.ispkit.engine.availability.Availability#reasons()}), with a one-line
 * {@link dev.ispkit.engine.availability.AvailabilityReport report}.
 */
package dev.ispkit.engine.availability;

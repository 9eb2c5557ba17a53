/**
 * ISPsystem control panel licenses (seed 004): the control panel enumeration and the free-license pool.
 *
 * <p>{@link dev.ispkit.engine.license.LicensePool} chooses and claims a free license of a pricelist through the
 * {@link dev.ispkit.engine.license.LicenseClaims} port, so two concurrent orders never reuse the same license.
 */
package dev.ispkit.engine.license;

/**
 * A typed client of a BILLmanager used as a license server (ISPsystem's own {@code
 * https://api.ispsystem.com/manager/billmgr}, or a reseller's): check an IP, order, read, list, change IP and name,
 * new key, prolong, suspend, resume, delete and change the pricelist of ISPsystem software licenses.
 *
 * <p>Start at {@link dev.ispkit.license.LicenseServerClient}. Every call goes through BILLmanager's func API as a
 * POST form with {@code out=json}; BILLmanager answers errors with HTTP 200 and a {@code doc.error}, which this
 * client turns into the exceptions of {@code dev.ispkit.client.core}.
 */
@PanelValueStyle
package dev.ispkit.license;

import dev.ispkit.client.core.transport.PanelValueStyle;

/**
 * A typed client for the VMmanager 6 API: what a billing application needs to sell VPS the way BILLmanager's
 * VMmanager 6 processing module does.
 *
 * <p>Start at {@link dev.ispkit.vm6.Vm6Client}. Its groups of calls ({@code clusters()}, {@code nodes()}, {@code
 * osTemplates()}, {@code recipes()}, {@code ipPools()}, {@code vms()}, {@code accounts()}, {@code tasks()}) return
 * the values of this package; login, retries, errors and paging come from {@code panel-client-core}.
 *
 * <p>Values read from the panel keep what they do not know: a field ispkit does not map is in {@code
 * otherFields()}, and an enumeration value it does not know reads as {@code UNKNOWN} with the panel's text kept
 * beside it ({@code rawState()}, {@code rawStatus()}, {@code rawVirtualizationType()}).
 */
@PanelValueStyle
package dev.ispkit.vm6;

import dev.ispkit.client.core.transport.PanelValueStyle;

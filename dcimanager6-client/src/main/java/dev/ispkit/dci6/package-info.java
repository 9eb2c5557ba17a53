/**
 * The DCImanager 6 client: {@link dev.ispkit.dci6.Dci6Client} and the panel's values it reads and writes.
 *
 * <p>Every path and body the public docs leave open is decided in the repository's {@code docs/panel-contract.md};
 * each method that calls such an endpoint says "inferred" in its Javadoc.
 */
@PanelValueStyle
package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.PanelValueStyle;

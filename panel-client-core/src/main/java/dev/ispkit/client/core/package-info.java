/**
 * What users of every ispkit panel client touch: the client configuration, credentials and TLS trust, the retry
 * policy, the exception tree, list queries ({@link dev.ispkit.client.core.Where}, {@link
 * dev.ispkit.client.core.ListQuery}) and paging.
 *
 * <p>The HTTP plumbing the client modules build on lives in {@code dev.ispkit.client.core.transport}.
 */
@PanelValueStyle
package dev.ispkit.client.core;

import dev.ispkit.client.core.transport.PanelValueStyle;

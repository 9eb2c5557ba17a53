/**
 * The HTTP plumbing ispkit's panel clients are built on: one OkHttp client per client facade, Feign targets with
 * the shared retry policy, error decoding, secret-redacting logging and authentication, the auth v4 token source
 * of DCImanager 6 and VMmanager 6, and the poller behind every "wait for this operation" method.
 *
 * <p>Public so that the client modules, which live in other packages, can use it; applications use the client
 * facades instead and should not need anything here.
 */
@PanelValueStyle
package dev.ispkit.client.core.transport;


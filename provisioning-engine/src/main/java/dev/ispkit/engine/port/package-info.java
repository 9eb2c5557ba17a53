/**
 * The ports of the lifecycles: the small interfaces through which the engine reaches the panels (the
 * dedicated-server panel, the VM panel, the license server) and the host's stores (the journal, server claims, the
 * task desk). The {@code provisioning-adapters} module implements the panel ports with ispkit's clients;
 * {@code provisioning-jdbc} implements the stores on PostgreSQL. The in-memory stores here are the embedded
 * defaults: atomic within one JVM, lost when it stops.
 *
 * <p>Every value crossing a port is an engine value: panel words (status strings, JSON names) never reach the
 * engine; the adapters translate them.
 */
package dev.ispkit.engine.port;

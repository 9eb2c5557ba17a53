/**
 * DCImanager 6 bound to the engine: {@link dev.ispkit.adapters.dci6.DedicatedServerPanels} makes the engine's
 * dedicated-server panel port of a DCImanager 6 client. Everything else here is package-private: the port's
 * implementation, the mapping from the client's server to the engine's, and the one table of the panel's words
 * ({@code Dci6Words}).
 */
package dev.ispkit.adapters.dci6;

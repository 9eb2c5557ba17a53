/**
 * VMmanager 6 bound to the engine: {@link dev.ispkit.adapters.vm6.VmPanels} makes the engine's VM panel port of a
 * VMmanager 6 client. Everything else here is package-private: the port's implementation, the mapping from the
 * client's VM to the engine's, and the one table of the panel's words ({@code Vm6Words}).
 */
package dev.ispkit.adapters.vm6;

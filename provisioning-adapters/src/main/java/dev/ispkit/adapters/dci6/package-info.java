/**
 * DCImanager 6 bound to the engine: the mapping from the DCImanager 6 client's values to the engine's inventory
 * values, with the one table of the panel's words ({@code Dci6Words}). Package-private: the ports that use it are
 * what users will touch.
 */
package dev.ispkit.adapters.dci6;

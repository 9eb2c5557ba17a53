/**
 * A BILLmanager license server bound to the engine: {@link dev.ispkit.adapters.license.LicenseServers} makes the
 * engine's license server port of a license client. Everything else here is package-private: the port's
 * implementation, the mapping from the client's license to the engine's, and the one table of the server's status
 * codes ({@code LicenseWords}).
 */
package dev.ispkit.adapters.license;

/**
 * What the three adapters share and nothing else: how a client's failure becomes the engine's {@link
 * dev.ispkit.engine.port.PanelFailure}, and the passwords nobody is told. Public only because the adapters live in
 * three packages; not part of ispkit's API, and it may change in any release. Users build ports with {@code
 * DedicatedServerPanels}, {@code VmPanels} and {@code LicenseServers}.
 */
package dev.ispkit.adapters.internal;

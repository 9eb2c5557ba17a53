/**
 * Programs that show ispkit at work, each a {@code main} that runs on an embedded panel simulator unless panel
 * options are given: {@link dev.ispkit.examples.SellServerAndVps} (the README's main example),
 * {@link dev.ispkit.examples.SellDedicatedServer}, {@link dev.ispkit.examples.SellVpsWithLicense},
 * {@link dev.ispkit.examples.InventoryReport}, {@link dev.ispkit.examples.StatusSync} and the read-only
 * {@link dev.ispkit.examples.PanelCheck}. Everything else here is package-private plumbing of the programs.
 */
package dev.ispkit.examples;

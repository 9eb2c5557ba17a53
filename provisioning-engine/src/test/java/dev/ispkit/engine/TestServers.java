package dev.ispkit.engine;

import dev.ispkit.engine.inventory.DiagnosticsState;
import dev.ispkit.engine.inventory.LastOperationStatus;
import dev.ispkit.engine.inventory.MaintenanceMode;
import dev.ispkit.engine.inventory.PowerStatus;
import dev.ispkit.engine.inventory.Server;

/** Servers for tests: one that meets every availability condition, to break one condition at a time. */
public final class TestServers {
  /** The location every {@link #available} server is in. */
  public static final long LOCATION = 3;

  private TestServers() {}

  /** A server in {@link #LOCATION} that meets every condition, with a MAC derived from its id. */
  public static Server.Builder available(long id, String label) {
    return Server.builder()
        .id(id)
        .name("srv" + id)
        .owned(false)
        .configurationLabel(label)
        .diagnostics(DiagnosticsState.COMPLETED)
        .statusErrors(false)
        .lastOperation(LastOperationStatus.OK)
        .maintenance(MaintenanceMode.OFF)
        .inOperation(true)
        .mac(String.format("02:00:%02x:%02x:%02x:%02x", (id >>> 24) & 0xff, (id >>> 16) & 0xff, (id >>> 8) & 0xff,
            id & 0xff))
        .locationId(LOCATION)
        .power(PowerStatus.OFF);
  }
}

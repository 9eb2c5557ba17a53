package dev.ispkit.benchmarks;

import dev.ispkit.engine.inventory.DiagnosticsState;
import dev.ispkit.engine.inventory.LastOperationStatus;
import dev.ispkit.engine.inventory.MaintenanceMode;
import dev.ispkit.engine.inventory.PowerStatus;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.inventory.SwitchConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded, realistic inventory: a few hundred configuration labels, most servers owned (with an owner id and a
 * main IPv4 address), some in maintenance or other locations, a few with errors or shared MAC addresses, about one
 * in six available.
 */
final class SyntheticInventory {
  static final long LOCATION = 3;
  private static final String[] CPUS = {"i9-9900K", "E-2146G", "E-2236", "i7-8700", "2xE5-2650v4", "Ryzen-5950X",
      "EPYC-7402P", "2xGold-6230R", "E3-1230v6", "W-2295"};
  private static final int[] RAM = {16, 32, 64, 128, 256};
  private static final String[] DISKS = {"2x480SSD", "2x960NVMe", "2x1024NVMe", "1920SSD-3840SSD", "2x2000HDD",
      "4x4TbHDD"};

  private SyntheticInventory() {}

  static List<String> labels() {
    List<String> labels = new ArrayList<>();
    for (String cpu : CPUS) {
      for (int ram : RAM) {
        for (String disks : DISKS) {
          labels.add(cpu + "-" + ram + "Gb-" + disks);
        }
      }
    }
    return labels;
  }

  static List<Server> servers(int size, long seed) {
    List<String> labels = labels();
    Random random = new Random(seed);
    List<Server> servers = new ArrayList<>(size);
    List<SwitchConnection> ports = List.of(new SwitchConnection(1, 35, "GigabitEthernet0/14", false, true));
    for (int i = 0; i < size; i++) {
      int roll = random.nextInt(100);
      long id = 1 + i;
      // A new String per server, as a JSON reader produces, so memory and hashing are measured honestly.
      String label = new String(labels.get(random.nextInt(labels.size())).toCharArray());
      Server.Builder server = Server.builder()
          .id(id)
          .name("srv" + id)
          .configurationLabel(roll == 60 ? "" : label)
          .diagnostics(roll == 61 ? DiagnosticsState.RUNNING : DiagnosticsState.COMPLETED)
          .lastOperation(roll == 62 ? LastOperationStatus.FAILED : LastOperationStatus.OK)
          .maintenance(roll >= 63 && roll < 68 ? MaintenanceMode.ON : MaintenanceMode.OFF)
          .inOperation(roll != 68)
          .statusErrors(roll == 69)
          .mac(roll == 70 ? "02:00:00:00:00:01" : String.format("02:%02x:%02x:%02x:%02x:%02x", (id >>> 32) & 0xff,
              (id >>> 24) & 0xff, (id >>> 16) & 0xff, (id >>> 8) & 0xff, id & 0xff))
          .locationId(roll >= 71 && roll < 83 ? 4 : LOCATION)
          .power(roll < 60 ? PowerStatus.ON : PowerStatus.OFF)
          .switchConnections(ports);
      if (roll < 60) {
        // An owned server has its owner's id and a main address, as the adapter reads them from the panel.
        server.ownerId(900 + id % 500)
            .mainIpv4("10." + (id >>> 16 & 0xff) + "." + (id >>> 8 & 0xff) + "." + (id & 0xff));
      }
      servers.add(server.build());
    }
    return servers;
  }
}

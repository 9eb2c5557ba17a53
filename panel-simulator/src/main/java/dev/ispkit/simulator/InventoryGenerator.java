package dev.ispkit.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Makes a DCImanager inventory from a seed: locations, racks, switches and PDUs, users, and servers with the
 * configurations providers write ({@code i9-9900K-64Gb-2x1024NVMe}) in a realistic mix of states. Everything comes
 * from one {@link Random} in a fixed order and no clock is read, so the same seed gives the same inventory.
 */
final class InventoryGenerator {
  /** Historical operations are dated before this instant, whatever the simulator's clock says. */
  static final Instant HISTORY = Instant.parse("2025-01-01T00:00:00Z");

  private record Profile(String cpu, String cpuModel, int sockets, int cores, int ramGb, List<String> disks,
      String board, int units, int nicMbit, int weight) {}

  private static final List<Profile> PROFILES = List.of(
      new Profile("i9-9900K", "Intel Core i9-9900K", 1, 8, 64, List.of("1024NVMe", "1024NVMe"),
          "ASUS WS Z390 PRO", 1, 1000, 14),
      new Profile("E-2146G", "Intel Xeon E-2146G", 1, 6, 64, List.of("1920SSD", "3840SSD"),
          "Supermicro X11SCH-F", 1, 1000, 12),
      new Profile("E-2236", "Intel Xeon E-2236", 1, 6, 32, List.of("480SSD", "480SSD"),
          "Supermicro X11SCL-F", 1, 1000, 12),
      new Profile("E3-1230v6", "Intel Xeon E3-1230 v6", 1, 4, 16, List.of("1000HDD", "1000HDD"),
          "Supermicro X11SSL-F", 1, 1000, 8),
      new Profile("i7-8700", "Intel Core i7-8700", 1, 6, 64, List.of("512NVMe", "512NVMe"),
          "ASRock Rack E3C246D4U", 1, 1000, 8),
      new Profile("Ryzen9-5950X", "AMD Ryzen 9 5950X", 1, 16, 128, List.of("1920NVMe", "1920NVMe"),
          "ASRock Rack X570D4U", 1, 1000, 8),
      new Profile("E-2288G", "Intel Xeon E-2288G", 1, 8, 64, List.of("960NVMe", "960NVMe"),
          "Supermicro X11SCH-F", 1, 1000, 7),
      new Profile("EPYC-7402P", "AMD EPYC 7402P", 1, 24, 256,
          List.of("960NVMe", "960NVMe", "4000HDD", "4000HDD", "4000HDD", "4000HDD"),
          "Supermicro H11SSL-i", 2, 10000, 5),
      new Profile("2xE5-2680v4", "Intel Xeon E5-2680 v4", 2, 14, 128, List.of("960SSD", "960SSD"),
          "Supermicro X10DRi", 2, 1000, 9),
      new Profile("2xE5-2650v2", "Intel Xeon E5-2650 v2", 2, 8, 64,
          List.of("2000HDD", "2000HDD", "2000HDD", "2000HDD"), "Supermicro X9DRi-F", 2, 1000, 6),
      new Profile("2xSilver-4214", "Intel Xeon Silver 4214", 2, 12, 192,
          List.of("1920SSD", "1920SSD", "1920SSD", "1920SSD"), "Supermicro X11DPi-N", 2, 10000, 5),
      new Profile("2xGold-6230", "Intel Xeon Gold 6230", 2, 20, 256, List.of("3840NVMe", "3840NVMe"),
          "Supermicro X11DPU", 2, 10000, 6));

  private static final String[][] LOCATIONS = {
    {"Moscow M9 (RU)", "Russia, Moscow", "MSK9"},
    {"Amsterdam AMS-1 (NL)", "Netherlands, Amsterdam", "AMS1"},
    {"Frankfurt FRA-2 (DE)", "Germany, Frankfurt am Main", "FRA2"},
    {"Saint Petersburg SPB-1 (RU)", "Russia, Saint Petersburg", "SPB1"},
    {"Helsinki HEL-1 (FI)", "Finland, Helsinki", "HEL1"},
    {"Almaty ALA-1 (KZ)", "Kazakhstan, Almaty", "ALA1"},
  };

  private static final String[] DIAG_ERRORS = {
    "SMART: /dev/sda has 24 reallocated sectors",
    "Memory test failed: DIMM B1 correctable errors",
    "Network speed check failed: 100 Mbit/s instead of 1000 Mbit/s",
    "Disk /dev/nvme1n1 was not detected",
  };

  private static final int SERVERS_PER_RACK = 40;

  private final Random rnd;
  private final Inventory inv;
  private final Users users;

  private InventoryGenerator(long seed, Inventory inv, Users users) {
    this.rnd = new Random(seed);
    this.inv = inv;
    this.users = users;
  }

  static void generate(SimulatorOptions options, Inventory inv, Users users) {
    new InventoryGenerator(options.seed(), inv, users).run(options.servers(), options.locations());
  }

  /** A configuration label the way providers write it: identical disks grouped as {@code 2x1024NVMe}. */
  static String label(String cpu, int ramGb, List<String> disks) {
    StringBuilder out = new StringBuilder(cpu).append('-').append(ramGb).append("Gb");
    int i = 0;
    while (i < disks.size()) {
      int j = i;
      while (j < disks.size() && disks.get(j).equals(disks.get(i))) {
        j++;
      }
      out.append('-');
      if (j - i > 1) {
        out.append(j - i).append('x');
      }
      out.append(disks.get(i));
      i = j;
    }
    return out.toString();
  }

  private void run(int serverCount, int locationCount) {
    for (int l = 1; l <= locationCount; l++) {
      String[] meta = l <= LOCATIONS.length ? LOCATIONS[l - 1]
          : new String[] {"Location " + l, "Test region " + l, "LOC" + l};
      Server.Location location = new Server.Location(l, meta[0], meta[1], 2);
      inv.locations.add(location);
      inv.templates.put((long) l, templates(l, locationCount));
      inv.recipes.put((long) l, List.of(
          new Inventory.Recipe(l * 100L + 51, "ISPmanager 6", List.of("linux")),
          new Inventory.Recipe(l * 100L + 52, "Docker", List.of("ubuntu", "debian")),
          new Inventory.Recipe(l * 100L + 53, "LAMP", List.of("linux"))));
      inv.pools.put((long) l, List.of(
          new Inventory.Pool(l * 10L + 1, l, meta[2] + " public", "allocation", 0),
          new Inventory.Pool(l * 10L + 2, l, meta[2] + " parking", "deallocation", 1)));
    }
    int userCount = Math.max(3, Math.min(5000, serverCount / 6));
    List<User> clients = new ArrayList<>();
    for (int u = 1; u <= userCount; u++) {
      User user = users.add(String.format("client%04d@example.com", u), "client-" + u, "@user");
      user.fullName = "Client " + u;
      clients.add(user);
    }
    int totalWeight = PROFILES.stream().mapToInt(Profile::weight).sum();
    int[] perLocation = new int[locationCount + 1];
    long[] rackOf = new long[locationCount + 1];
    long nextRack = 0;
    long nextPortId = 1;
    long nextConnection = 1;
    List<String> macs = new ArrayList<>();
    for (int i = 1; i <= serverCount; i++) {
      int l = 1 + (locationCount == 1 ? 0 : (int) Math.floor(Math.pow(rnd.nextDouble(), 1.3) * locationCount));
      l = Math.min(l, locationCount);
      Server.Location location = inv.locations.get(l - 1);
      String code = l <= LOCATIONS.length ? LOCATIONS[l - 1][2] : "LOC" + l;
      if (perLocation[l] % SERVERS_PER_RACK == 0) {
        rackOf[l] = ++nextRack;
      }
      int rackIndex = perLocation[l] / SERVERS_PER_RACK + 1;
      int slot = perLocation[l] % SERVERS_PER_RACK;
      perLocation[l]++;
      String rackCode = (rackIndex < 10 ? "R0" : "R") + rackIndex;
      Server.Rack rack = new Server.Rack(rackOf[l], code + "-" + rackCode, 48);
      Profile p = pick(totalWeight);
      Server.Platform platform = p.units == 1
          ? new Server.Platform(14, "Colocation 1U", 1, "server")
          : new Server.Platform(15, "Colocation 2U", 2, "server");
      String configuration = label(p.cpu, p.ramGb, p.disks);
      Server.Hardware hw = new Server.Hardware(p.board, p.cpuModel, p.sockets, p.cores, p.ramGb, p.disks, p.nicMbit,
          configuration);
      String serial = rnd.nextDouble() < 0.7 ? "S" + (1_000_000_000L + rnd.nextInt(1_000_000_000)) : null;
      Server s = new Server(i, "cs" + (10000 + i), uuid(), serial, location, rack, 1 + slot, platform, hw);
      s.configuration = configuration;
      s.generatedConfiguration = configuration;
      s.efi = rnd.nextDouble() < 0.2;
      s.flagsAsBool = rnd.nextBoolean();
      double pduDraw = rnd.nextDouble();
      s.pduStyle = pduDraw < 0.6 ? Server.PduStyle.ARRAY
          : pduDraw < 0.85 ? Server.PduStyle.EMPTY : Server.PduStyle.OBJECT;
      String rackPrefix = (code + "-" + rackCode).toLowerCase(java.util.Locale.ROOT);
      s.pdu = new Server.Pdu(nextConnection++, String.valueOf(1 + slot % 24), rack.id(),
          rackPrefix + "-pdu-" + (1 + slot / 24), 1000 + s.id);
      long switchId = rack.id();
      String switchName = rackPrefix + "-sw-1";
      String portPrefix = p.nicMbit >= 10000 ? "TenGigabitEthernet1/0/" : "GigabitEthernet0/";
      s.ports.add(new Server.SwitchPort(nextPortId++, switchId, switchName, nextConnection++,
          portPrefix + (1 + slot), false, 1200 + l, "Dedic"));
      if (rnd.nextBoolean()) {
        s.ports.add(new Server.SwitchPort(nextPortId++, switchId, switchName, nextConnection++,
            "GigabitEthernet0/" + (25 + slot), true, 1, "default"));
      }
      String mac = mac();
      if (!macs.isEmpty() && rnd.nextDouble() < 0.02) {
        // A re-used NIC or a copied BMC config: two servers report one MAC, which makes both unavailable.
        mac = macs.get(rnd.nextInt(macs.size()));
      }
      macs.add(mac);
      s.mac = mac;
      applyState(s, clients, l);
      inv.addServer(s);
    }
  }

  private void applyState(Server s, List<User> clients, int l) {
    double owned = rnd.nextDouble();
    List<Server.OsTemplate> templates = inv.templates.get((long) l);
    Instant when = HISTORY.minus(Duration.ofMinutes(rnd.nextInt(60 * 24 * 365)));
    if (owned < 0.45) {
      User owner = clients.get(rnd.nextInt(clients.size()));
      s.ownerId = owner.id;
      s.osTemplate = templates.get(rnd.nextInt(templates.size()));
      s.powerStatus = rnd.nextDouble() < 0.95 ? "on" : "off";
      Inventory.Pool pub = inv.defaultPool(l, "allocation");
      inv.allocate(s, pub, "ipv4");
      if (rnd.nextDouble() < 0.2) {
        inv.allocate(s, pub, "ipv4");
      }
      if (rnd.nextDouble() < 0.1) {
        inv.allocate(s, pub, "ipv6");
      }
      s.operation = historical(s, "install", when, rnd.nextDouble() < 0.04 ? "failed" : "ok");
      return;
    }
    double power = rnd.nextDouble();
    s.powerStatus = power < 0.6 ? "off" : power < 0.95 ? "on" : "unknown";
    if (rnd.nextDouble() < 0.05) {
      // Just racked: never diagnosed, so no configuration yet.
      s.isNew = true;
      s.configuration = "";
      s.generatedConfiguration = "";
      s.powerStatus = "unknown";
      return;
    }
    if (rnd.nextDouble() < 0.6) {
      inv.allocate(s, inv.defaultPool(l, "deallocation"), "ipv4");
    }
    double lastOp = rnd.nextDouble();
    if (lastOp < 0.65) {
      s.operation = historical(s, "diag", when, "ok");
    } else if (lastOp < 0.69) {
      s.operation = historical(s, "install", when, "failed");
    } else if (lastOp < 0.71) {
      s.operation = historical(s, "diag", when, "canceled");
    }
    if (rnd.nextDouble() < 0.05) {
      String error = DIAG_ERRORS[rnd.nextInt(DIAG_ERRORS.length)];
      s.operation = historical(s, "diag", when, "failed");
      s.diagError = error;
      s.hasErrors = true;
      s.configuration = "";
      s.generatedConfiguration = "";
    }
    if (rnd.nextDouble() < 0.03) {
      s.maintenance = true;
      s.note = "maintenance: replacing PSU";
    }
    if (rnd.nextDouble() < 0.03) {
      s.exploitationStatus = "not_in_exploitation";
    }
    if (rnd.nextDouble() < 0.02) {
      s.hasErrors = true;
      s.state = "error";
      s.stateInfo = "BMC is not responding";
    }
    if (rnd.nextDouble() < 0.02 && !s.configuration.isEmpty()) {
      s.customConfiguration = true;
      s.configuration = s.configuration + "-custom";
    }
  }

  private Operation historical(Server s, String type, Instant when, String status) {
    long id = inv.nextOperationId++;
    String failure = status.equals("failed")
        ? (type.equals("diag") ? DIAG_ERRORS[(int) (id % DIAG_ERRORS.length)] : "Installation timed out")
        : null;
    Operation op = Operation.finished(id, s.id, type, when, DciPanel.stages(type, false, false), status, failure);
    inv.operations.put(id, op);
    return op;
  }

  private List<Server.OsTemplate> templates(int l, int locationCount) {
    List<Server.OsTemplate> list = new ArrayList<>();
    long base = l * 100L;
    list.add(new Server.OsTemplate(base + 1, "Ubuntu 22.04", List.of("linux", "ubuntu"), "linux"));
    list.add(new Server.OsTemplate(base + 2, "Ubuntu 24.04", List.of("linux", "ubuntu", "efi"), "linux"));
    list.add(new Server.OsTemplate(base + 3, "Debian 12", List.of("linux", "debian", "efi"), "linux"));
    list.add(new Server.OsTemplate(base + 4, "AlmaLinux 9", List.of("linux", "rhel"), "linux"));
    if (l < locationCount || locationCount == 1) {
      // The last of several locations has no Windows template, as smaller sites often lack one.
      list.add(new Server.OsTemplate(base + 5, "Windows Server 2022", List.of("windows", "efi"), "windows"));
    }
    return List.copyOf(list);
  }

  private Profile pick(int totalWeight) {
    int draw = rnd.nextInt(totalWeight);
    for (Profile p : PROFILES) {
      draw -= p.weight;
      if (draw < 0) {
        return p;
      }
    }
    throw new IllegalStateException("weights do not add up");
  }

  private String uuid() {
    return new UUID(rnd.nextLong() & 0xffffffffffff0fffL | 0x4000L,
        rnd.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
  }

  private String mac() {
    return "0c:c4:7a:" + hex(rnd.nextInt(256)) + ":" + hex(rnd.nextInt(256)) + ":" + hex(rnd.nextInt(256));
  }

  private static String hex(int octet) {
    return (octet < 16 ? "0" : "") + Integer.toHexString(octet);
  }
}

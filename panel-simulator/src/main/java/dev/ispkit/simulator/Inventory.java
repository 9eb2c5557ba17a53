package dev.ispkit.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DCImanager's state: servers, locations with their templates, recipes and IP pools, switch ports, operations. */
final class Inventory {
  record Recipe(long id, String name, List<String> tags) {}

  /** An IP pool of a location: {@code allocation} gives public addresses, {@code deallocation} parks servers. */
  record Pool(long id, long locationId, String name, String purpose, int index) {}

  final List<Server> servers = new ArrayList<>();
  final Map<Long, Server> byId = new HashMap<>();
  final List<Server.Location> locations = new ArrayList<>();
  final Map<Long, List<Server.OsTemplate>> templates = new LinkedHashMap<>();
  final Map<Long, List<Recipe>> recipes = new LinkedHashMap<>();
  final Map<Long, List<Pool>> pools = new LinkedHashMap<>();
  final Map<Long, Server> serverByPort = new HashMap<>();
  final Map<Long, Operation> operations = new HashMap<>();
  private final List<Operation> running = new ArrayList<>();
  private final Map<Long, Integer> poolCounters = new HashMap<>();
  private final Set<String> usedAddresses = new HashSet<>();
  private final Map<String, Deque<String>> scriptedFailures = new HashMap<>();
  private final Map<Long, Integer> powerFailures = new HashMap<>();
  long nextOperationId = 1;
  private long nextIpId = 1;
  long lastNotify = 1;

  void addServer(Server server) {
    servers.add(server);
    byId.put(server.id, server);
    for (Server.SwitchPort port : server.ports) {
      serverByPort.put(port.id, server);
    }
  }

  Server server(long id) {
    Server server = byId.get(id);
    if (server == null) {
      throw PanelException.notFound("server", id);
    }
    return server;
  }

  Server.Location location(long id) {
    for (Server.Location location : locations) {
      if (location.id() == id) {
        return location;
      }
    }
    throw PanelException.notFound("location", id);
  }

  Pool pool(long id) {
    for (List<Pool> list : pools.values()) {
      for (Pool pool : list) {
        if (pool.id() == id) {
          return pool;
        }
      }
    }
    return null;
  }

  Pool defaultPool(long locationId, String purpose) {
    for (Pool pool : pools.get(locationId)) {
      if (pool.purpose().equals(purpose)) {
        return pool;
      }
    }
    throw new IllegalStateException("location " + locationId + " has no " + purpose + " pool");
  }

  /** The next free address of a pool: public pools give IPv4 and IPv6, parking pools IPv4 only. */
  Server.Ip allocate(Server server, Pool pool, String family) {
    int n = poolCounters.merge(pool.id() * 2 + (family.equals("ipv6") ? 1 : 0), 1, Integer::sum) - 1;
    String name;
    String network;
    String gateway;
    int loc = (int) pool.locationId();
    if (family.equals("ipv6")) {
      int net = n / 4000;
      name = String.format("2a0c:%x:%x::%x", 0x100 + loc, net, n % 4000 + 2);
      network = String.format("2a0c:%x:%x::/64", 0x100 + loc, net);
      gateway = String.format("2a0c:%x:%x::1", 0x100 + loc, net);
    } else {
      int net = n / 250;
      String prefix = pool.purpose().equals("allocation")
          ? "185." + (100 + loc) + "." + net
          : "10." + loc + "." + net;
      name = prefix + "." + (n % 250 + 1);
      network = prefix + ".0/24";
      gateway = prefix + ".254";
    }
    return add(server, name, family, gateway, network, pool.id());
  }

  /** Assigns a named address; it must not be in use already. */
  Server.Ip assign(Server server, Pool pool, String name, String family) {
    if (usedAddresses.contains(name)) {
      throw PanelException.of(PanelError.CONFLICT, "IP address " + name + " is already in use",
          Json.object().put("name", name));
    }
    String network;
    String gateway;
    if (family.equals("ipv6")) {
      int cut = name.lastIndexOf(':');
      network = name.substring(0, cut + 1) + "/64";
      gateway = name.substring(0, cut + 1) + "1";
    } else {
      String prefix = name.substring(0, name.lastIndexOf('.'));
      network = prefix + ".0/24";
      gateway = prefix + ".254";
    }
    return add(server, name, family, gateway, network, pool.id());
  }

  private Server.Ip add(Server server, String name, String family, String gateway, String network, long poolId) {
    Server.Ip ip = new Server.Ip(nextIpId++, name, family, gateway, network, server.domain, poolId);
    usedAddresses.add(name);
    server.ips.add(ip);
    return ip;
  }

  void release(Server server, Server.Ip ip) {
    server.ips.remove(ip);
    usedAddresses.remove(ip.name());
  }

  Operation start(Operation operation) {
    operations.put(operation.id, operation);
    running.add(operation);
    return operation;
  }

  /** The failure scripted for the next operation of this type on this server, or null for success. */
  String takeScriptedFailure(long serverId, String type) {
    Deque<String> queue = scriptedFailures.get(serverId + ":" + type);
    return queue == null ? null : queue.poll();
  }

  void scriptFailure(long serverId, String type, String message) {
    scriptedFailures.computeIfAbsent(serverId + ":" + type, k -> new ArrayDeque<>()).add(message);
  }

  /** Takes the server's cables off its switches: no switch connection is left, and its ports are no longer its. */
  void disconnectSwitchPorts(long serverId) {
    Server server = server(serverId);
    for (Server.SwitchPort port : server.ports) {
      serverByPort.remove(port.id);
    }
    server.ports.clear();
    lastNotify++;
  }

  void scriptPowerFailure(long serverId) {
    powerFailures.merge(serverId, 1, Integer::sum);
  }

  boolean takePowerFailure(long serverId) {
    Integer left = powerFailures.get(serverId);
    if (left == null) {
      return false;
    }
    if (left <= 1) {
      powerFailures.remove(serverId);
    } else {
      powerFailures.put(serverId, left - 1);
    }
    return true;
  }

  /** Ends every operation whose time has come, in the order they end, and applies what each one does. */
  void advance(Instant now) {
    if (running.isEmpty()) {
      return;
    }
    List<Operation> due = new ArrayList<>();
    for (Operation op : running) {
      if (!op.endsAt().isAfter(now)) {
        due.add(op);
      }
    }
    due.sort(Comparator.comparing(Operation::endsAt).thenComparingLong(op -> op.id));
    for (Operation op : due) {
      running.remove(op);
      op.finish(op.endsAt());
      Server server = byId.get(op.serverId);
      if (op.failure == null) {
        op.onSuccess.run();
      } else if (server != null && op.type.equals("diag")) {
        server.diagError = op.failure;
        server.hasErrors = true;
      } else if (server != null && op.type.equals("install")) {
        // The installer had already repartitioned the disks: what was installed before is gone.
        server.osTemplate = null;
      }
      lastNotify++;
    }
  }

  void cancel(Operation op, Instant now) {
    running.remove(op);
    op.cancel(now);
    lastNotify++;
  }
}

package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** VMmanager's state: clusters, nodes, OS images, recipes, pools, presets, VMs (hosts), their IPs and tasks. */
final class VmState {
  final List<ObjectNode> clusters = new ArrayList<>();
  final List<ObjectNode> nodes = new ArrayList<>();
  final List<ObjectNode> os = new ArrayList<>();
  final List<ObjectNode> recipes = new ArrayList<>();
  final List<ObjectNode> pools = new ArrayList<>();
  final List<ObjectNode> presets = new ArrayList<>();
  /** Full host list items, keyed by id, in creation order. */
  final Map<Long, ObjectNode> hosts = new LinkedHashMap<>();
  /** IPv4 objects as {@code /host/{id}/ipv4} lists them, keyed by id. */
  final Map<Long, ObjectNode> ips = new LinkedHashMap<>();
  final Map<Long, VmTask> tasks = new LinkedHashMap<>();
  private final List<VmTask> running = new ArrayList<>();
  private final Map<String, Deque<String>> scriptedFailures = new HashMap<>();
  private final Map<Long, Integer> poolCounters = new HashMap<>();
  /**
   * The node bridges of each cluster's networks, by cluster interface (0 the main network, 1 the additional one):
   * what a {@code custom_interfaces} entry names as its {@code bridge}.
   */
  private final Map<Long, List<String>> bridges = new HashMap<>();
  final Users users;
  final Duration taskDuration;
  long nextHostId = 1;
  long nextIpId = 1;
  long nextDiskId = 1;
  private long nextTaskId = 1;
  private long nextConsulId = 5001;
  long lastNotify = 1;

  VmState(SimulatorOptions options, Users users) {
    this.users = users;
    this.taskDuration = options.taskDuration();
    cluster(1, "kvm-cluster-1", "kvm", "vmbr0", "vmbr1");
    cluster(2, "lxd-cluster-1", "lxd", "vmbr0");
    node(1, "node1.kvm.example.net", 1, "10.100.0.11");
    node(2, "node2.kvm.example.net", 1, "10.100.0.12");
    node(3, "node1.lxd.example.net", 2, "10.100.1.11");
    osImage(1, "Ubuntu 22.04", "ubuntu", false, 512, 1);
    osImage(2, "Debian 12", "debian", false, 512, 1);
    osImage(3, "AlmaLinux 9", "rhel", false, 1024, 1);
    osImage(4, "Windows Server 2022", "windows", false, 2048, 1);
    osImage(5, "Ubuntu 22.04 LXD", "ubuntu", true, 256, 2);
    recipe(1, "ISPmanager 6", "linux");
    recipe(2, "Docker", "linux");
    pool(1, "kvm-public", 1, 0);
    pool(2, "kvm-private", 1, 1);
    pool(3, "lxd-public", 2, 0);
    preset(1, "VPS-1", 1, 1024, 10240);
    preset(2, "VPS-2", 2, 2048, 20480);
  }

  private void cluster(long id, String name, String type, String... networkBridges) {
    ObjectNode c = Json.object();
    c.put("id", id);
    c.put("name", name);
    c.put("comment", "");
    c.put("virtualization_type", type);
    c.put("datacenter_type", "common");
    c.put("state", "active");
    c.put("node_count", 0);
    c.put("host_count", 0);
    c.put("time_zone", "Europe/Moscow");
    c.put("overselling", 1.0);
    c.put("host_distribution_policy", "uniform");
    c.putArray("ippools");
    clusters.add(c);
    bridges.put(id, List.of(networkBridges));
  }

  private void node(long id, String name, long cluster, String ip) {
    ObjectNode n = Json.object();
    n.put("id", id);
    n.put("name", name);
    ObjectNode c = n.putObject("cluster");
    c.put("id", cluster);
    c.put("name", cluster(cluster).get("name").asText());
    n.put("ip", ip);
    n.put("state", "active");
    n.put("cpu_number", 64);
    n.putObject("ram_mib").put("total", 262144);
    n.put("host_count", 0);
    n.put("host_limit", 500);
    n.put("maintenance_mode", false);
    n.put("host_creation_blocked", false);
    nodes.add(n);
    ObjectNode owner = cluster(cluster);
    owner.put("node_count", owner.get("node_count").asInt() + 1);
  }

  private void osImage(long id, String name, String group, boolean lxd, int minRam, long cluster) {
    ObjectNode o = Json.object();
    o.put("id", id);
    o.put("name", name);
    o.put("state", "active");
    o.put("os_group", group);
    o.put("repository", lxd ? "ISPsystem LXD" : "ISPsystem");
    o.put("repository_id", lxd ? 2 : 1);
    o.put("adminonly", false);
    o.put("is_lxd_image", lxd);
    o.put("efi_boot", false);
    o.put("min_ram_mib", minRam);
    o.put("hdd_mib_required", 5120);
    o.putArray("tags").add(group.equals("windows") ? "windows" : "linux");
    o.put("updated_at", "2024-12-01 00:00:00");
    o.putArray("clusters").addObject().put("id", cluster).put("name", cluster(cluster).get("name").asText());
    os.add(o);
  }

  private void recipe(long id, String name, String tag) {
    ObjectNode r = Json.object();
    r.put("id", id);
    r.put("name", name);
    r.put("repository", "ISPsystem");
    r.putArray("tags").add(tag);
    r.put("access", "all");
    r.put("params_count", 0);
    recipes.add(r);
  }

  private void pool(long id, String name, long cluster, int iface) {
    ObjectNode p = Json.object();
    p.put("id", id);
    p.put("name", name);
    p.put("note", "");
    // Numeric strings, as the typed client that follows the panel's Swagger declares them.
    p.put("total_ip", "1000");
    p.put("using_ip", "0");
    p.putArray("clusters").addObject().put("id", cluster).put("interface", iface);
    pools.add(p);
    ((ArrayNode) cluster(cluster).get("ippools")).addObject().put("id", id).put("name", name);
  }

  private void preset(long id, String name, int cpu, int ram, int hdd) {
    ObjectNode p = Json.object();
    p.put("id", id);
    p.put("name", name);
    p.put("virtualization_type", "kvm");
    p.put("comment", "");
    p.put("cpu_number", cpu);
    p.put("ram_mib", ram);
    p.put("hdd_mib", hdd);
    presets.add(p);
  }

  ObjectNode cluster(long id) {
    return find(clusters, id);
  }

  static ObjectNode find(List<ObjectNode> list, long id) {
    for (ObjectNode node : list) {
      if (node.get("id").asLong() == id) {
        return node;
      }
    }
    return null;
  }

  ObjectNode host(long id) {
    ObjectNode host = hosts.get(id);
    if (host == null) {
      throw PanelException.notFound("host", id);
    }
    return host;
  }

  /**
   * The cluster interface whose network a bridge carries, or -1 when the cluster has no such bridge.
   */
  int clusterInterface(long clusterId, String bridge) {
    return bridges.getOrDefault(clusterId, List.of()).indexOf(bridge);
  }

  /** Whether an address is held by some VM. */
  boolean inUse(String address) {
    for (ObjectNode ip : ips.values()) {
      if (ip.get("ip_addr").asText().equals(address)) {
        return true;
      }
    }
    return false;
  }

  /** The pool's next address on the VM's main interface; each pool has its own /24. */
  ObjectNode allocateIp(ObjectNode host, long poolId) {
    return allocateIp(host, poolId, 0, 0, null);
  }

  /**
   * An address from a pool for one of the VM's interfaces: the pool's next one, or the one asked for.
   *
   * @param clusterInterface the cluster network the interface is on (0 main)
   * @param nic the VM's interface, in the order of its {@code custom_interfaces} (0 the first)
   * @param address the address asked for ({@code ip_name}), or null for the pool's next one
   */
  ObjectNode allocateIp(ObjectNode host, long poolId, int clusterInterface, int nic, String address) {
    String prefix;
    if (address == null) {
      // Skips what a VM was given by name (ip_name), as the panel never hands out an address twice.
      do {
        int n = poolCounters.merge(poolId, 1, Integer::sum) - 1;
        prefix = "185.200." + (poolId * 10 + n / 250);
        address = prefix + "." + (n % 250 + 2);
      } while (inUse(address));
    } else {
      prefix = address.substring(0, Math.max(address.lastIndexOf('.'), 0));
    }
    ObjectNode ip = Json.object();
    ip.put("id", nextIpId++);
    ip.put("ip_addr", address);
    ip.put("domain", "");
    ip.put("gateway", prefix + ".1");
    ip.put("mask", "255.255.255.0");
    ip.put("state", "active");
    ip.put("family", 4);
    ip.put("ippool", poolId);
    ip.put("network", poolId);
    ObjectNode h = ip.putObject("host");
    h.put("id", host.get("id").asLong());
    h.put("name", host.get("name").asText());
    h.put("interface", nic + 1);
    h.put("interface_name", nicName(nic));
    ip.put("cluster_interface", clusterInterface);
    ip.putObject("vxlan").put("id", 0).put("name", "").put("tag", 0);
    ips.put(ip.get("id").asLong(), ip);
    ObjectNode pool = find(pools, poolId);
    pool.put("using_ip", Integer.toString(pool.get("using_ip").asInt() + 1));
    syncHostIps(host);
    return ip;
  }

  /** The guest's name of the VM's n-th interface (0 the first). */
  static String nicName(int nic) {
    return "ens" + (3 + nic);
  }

  void releaseIp(long ipId) {
    ObjectNode ip = ips.remove(ipId);
    if (ip != null) {
      ObjectNode pool = find(pools, ip.get("ippool").asLong());
      pool.put("using_ip", Integer.toString(pool.get("using_ip").asInt() - 1));
      ObjectNode host = hosts.get(ip.get("host").get("id").asLong());
      if (host != null) {
        syncHostIps(host);
      }
    }
  }

  List<ObjectNode> hostIps(long hostId) {
    List<ObjectNode> list = new ArrayList<>();
    for (ObjectNode ip : ips.values()) {
      if (ip.get("host").get("id").asLong() == hostId) {
        list.add(ip);
      }
    }
    return list;
  }

  /** Keeps the host's {@code ip4} summary in step with its IP objects. */
  void syncHostIps(ObjectNode host) {
    ArrayNode ip4 = host.putArray("ip4");
    for (ObjectNode ip : hostIps(host.get("id").asLong())) {
      ip4.addObject().put("ip", ip.get("ip_addr").asText()).put("interface", ip.get("host").get("interface_name")
          .asText());
    }
    host.put("ip_summary", ip4.isEmpty() ? "" : ip4.get(0).get("ip").asText());
  }

  VmTask startTask(String name, long hostId, Instant now, Runnable onSuccess, Runnable onFailure) {
    String failure = take(hostId + ":" + name);
    if (failure == null) {
      failure = take("*:" + name);
    }
    VmTask task = new VmTask(nextTaskId++, nextConsulId++, name, hostId, now, taskDuration, failure, onSuccess,
        onFailure);
    tasks.put(task.id, task);
    running.add(task);
    lastNotify++;
    return task;
  }

  private String take(String key) {
    Deque<String> queue = scriptedFailures.get(key);
    return queue == null ? null : queue.poll();
  }

  void scriptFailure(Long hostId, String taskName, String message) {
    scriptedFailures.computeIfAbsent((hostId == null ? "*" : hostId.toString()) + ":" + taskName,
        k -> new ArrayDeque<>()).add(message);
  }

  void advance(Instant now) {
    if (running.isEmpty()) {
      return;
    }
    List<VmTask> due = new ArrayList<>();
    for (VmTask task : running) {
      if (!task.endsAt().isAfter(now)) {
        due.add(task);
      }
    }
    due.sort(Comparator.comparing(VmTask::endsAt).thenComparingLong(t -> t.id));
    for (VmTask task : due) {
      running.remove(task);
      task.finish();
      if (task.failure == null) {
        task.onSuccess.run();
      } else {
        task.onFailure.run();
      }
      lastNotify++;
    }
  }

  int hostCount(long userId) {
    int count = 0;
    for (ObjectNode host : hosts.values()) {
      if (host.get("account").get("id").asLong() == userId) {
        count++;
      }
    }
    return count;
  }
}

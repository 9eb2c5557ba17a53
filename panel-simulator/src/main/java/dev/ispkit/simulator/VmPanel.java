package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * VMmanager 6 ({@code vm/v3}): clusters, OS images, recipes, VMs with tasks, IPs, accounts. Every state-changing
 * call answers {@code {"id","task"}} where {@code task} is the consul id of a task that ends after the configured
 * task duration.
 */
final class VmPanel {
  private static final String P = "/vm/v3";
  private static final Set<String> CREATE_FIELDS = Set.of("name", "password", "cluster", "os", "image",
      "cpu_number", "ram_mib", "hdd_mib", "account", "ipv4_number", "ipv6_enabled", "ipv6_prefix", "domain",
      "net_bandwidth_mbitps", "ipv4_pool", "recipe", "recipe_list", "recipe_params", "ignore_recipe_filters",
      "firewall_rules", "node", "storage", "preset", "expand_part", "disks", "comment", "interfaces",
      "custom_interfaces", "cpu_mode", "nesting", "cpu_custom_model", "cpu_weight", "io_weight", "io_read_mbitps",
      "io_write_mbitps", "io_read_iops", "io_write_iops", "net_in_mbitps", "net_out_mbitps", "net_weight",
      "anti_spoofing", "tcp_connections_in", "tcp_connections_out", "process_number", "send_email_mode", "ip_addr",
      "vxlan");
  /** A {@code custom_interfaces} item: ISPsystem's shape, and the fields of the other public one. */
  private static final Set<String> IFACE_FIELDS = Set.of("mac", "bridge", "ip_name", "ippool", "ip_count", "model",
      "is_main_network", "bridge_id");
  private static final Set<String> HOST_FIELDS = Set.of("id", "name", "domain", "comment", "state", "node.id",
      "node.name", "cluster.id", "account.id", "account.email", "os.id", "os_name", "cpu_number", "ram_mib",
      "disk.disk_mib", "ip4.ip", "ip_summary", "disabled", "create_date", "tags");

  private final SimState state;
  private final VmState vm;

  VmPanel(SimState state, Router router) {
    this.state = state;
    this.vm = state.vm;
    router.add("GET", P + "/cluster", r -> list(r, vm.clusters, "id", "name", "virtualization_type", "state",
            "ippools.id"))
        .add("GET", P + "/cluster/{id}", r -> one(vm.clusters, "cluster", r.longVar("id")))
        .add("GET", P + "/node", r -> list(r, vm.nodes, "id", "name", "cluster.id", "state", "ip"))
        .add("GET", P + "/os", r -> list(r, vm.os, "id", "name", "os_group", "state", "repository", "clusters.id",
            "is_lxd_image", "adminonly"))
        .add("GET", P + "/recipe", r -> list(r, vm.recipes, "id", "name", "tags", "access"))
        .add("GET", P + "/ippool", r -> list(r, vm.pools, "id", "name", "clusters.id"))
        .add("GET", P + "/preset", r -> list(r, vm.presets, "id", "name", "virtualization_type"))
        .add("GET", P + "/host", this::hosts)
        .add("POST", P + "/host", BodyShape.of(CREATE_FIELDS).withItems("custom_interfaces", IFACE_FIELDS),
            this::create)
        .add("GET", P + "/host/{id}", this::reducedHost)
        .add("POST", P + "/host/{id}", BodyShape.of("name", "comment", "domain"), this::edit)
        .add("DELETE", P + "/host/{id}", this::delete)
        .add("POST", P + "/host/{id}/start", BodyShape.of("force"), r -> power(r, "host_start", "active"))
        .add("POST", P + "/host/{id}/stop", BodyShape.of("force"), r -> power(r, "host_stop", "stopped"))
        .add("POST", P + "/host/{id}/restart", BodyShape.of("force"), this::restart)
        .add("POST", P + "/host/{id}/reinstall", BodyShape.of("os", "image", "password", "send_email_mode", "disk",
            "recipe", "recipe_list", "recipe_params", "ignore_recipe_filters"), this::reinstall)
        .add("POST", P + "/host/{id}/password", BodyShape.of("password"), this::password)
        .add("POST", P + "/host/{id}/resource", BodyShape.of("cpu_number", "ram_mib", "net_bandwidth_mbitps", "defer",
            "firewall_rules", "cpu_mode"), this::resource)
        .add("POST", P + "/host/{id}/ip", BodyShape.of("ipv4_number", "ipv4_pool", "ipv6_enabled", "ipv6_prefix"),
            this::addIp)
        .add("GET", P + "/host/{id}/ipv4", this::hostIpv4)
        .add("GET", P + "/host/{id}/ipv6", this::hostIpv6)
        .add("POST", P + "/host/{id}/account", BodyShape.of("account"), this::changeAccount)
        .add("POST", P + "/disk/{id}", BodyShape.of("size_mib", "defer"), this::resizeDisk)
        .add("DELETE", P + "/ip/{id}", this::deleteIp)
        .add("POST", P + "/ip/{id}/ptr", BodyShape.of("domain"), this::ptr)
        .add("GET", P + "/task", this::tasks)
        .add("GET", P + "/task/{id}", this::task)
        .add("GET", P + "/account", this::accounts)
        .add("POST", P + "/account", BodyShape.of("email", "password", "role", "full_name", "phone_number"),
            this::createAccount)
        .add("POST", P + "/user/{id}", BodyShape.of("roles", "full_name", "lang", "password", "phone_number",
            "state"), this::editUser)
        .add("DELETE", P + "/user/{id}", this::deleteUser);
  }

  private Reply list(Request r, List<ObjectNode> items, String... fields) {
    return Lists.reply(vm.lastNotify, items, r, Set.of(fields));
  }

  private Reply one(List<ObjectNode> items, String what, long id) {
    ObjectNode node = VmState.find(items, id);
    if (node == null) {
      throw PanelException.notFound(what, id);
    }
    return Reply.json(node);
  }

  // ---- hosts ----

  private Reply hosts(Request r) {
    return Lists.reply(vm.lastNotify, new ArrayList<>(vm.hosts.values()), r, HOST_FIELDS);
  }

  /** By id the panel answers only the host itself, without IPs, cluster and disk (the API guide says so). */
  private Reply reducedHost(Request r) {
    ObjectNode host = vm.host(r.longVar("id"));
    ObjectNode reduced = Json.object();
    reduced.put("id", host.get("id").asLong());
    reduced.put("internal_name", "vm_" + host.get("id").asLong());
    reduced.put("node", host.get("node").get("id").asLong());
    reduced.put("name", host.get("name").asText());
    reduced.put("state", host.get("state").asText());
    reduced.put("cpu_number", host.get("cpu_number").asInt());
    reduced.put("ram_mib", host.get("ram_mib").asInt());
    reduced.put("expand_part", host.get("expand_part").asText());
    reduced.put("net_is_synced", true);
    reduced.put("ip_automation", host.get("ip_automation").asText());
    return Reply.json(reduced);
  }

  private Reply create(Request r) {
    Body body = Body.of(r);
    long clusterId = body.requireLong("cluster");
    ObjectNode cluster = vm.cluster(clusterId);
    if (cluster == null) {
      throw PanelException.invalid("cluster", "Cluster " + clusterId + " not found");
    }
    ObjectNode os = osFor(body, clusterId, true);
    Long accountId = body.optLong("account");
    User account = accountId == null ? state.users.byEmail(state.options.adminEmail()) : state.users.byId(accountId);
    if (account == null) {
      throw PanelException.invalid("account", "Account " + accountId + " not found");
    }
    int cpu;
    int ram;
    int hdd;
    Long presetId = body.optLong("preset");
    if (presetId != null) {
      ObjectNode preset = VmState.find(vm.presets, presetId);
      if (preset == null) {
        throw PanelException.invalid("preset", "Preset " + presetId + " not found");
      }
      cpu = preset.get("cpu_number").asInt();
      ram = preset.get("ram_mib").asInt();
      hdd = preset.get("hdd_mib").asInt();
    } else {
      cpu = (int) body.requireLong("cpu_number");
      ram = (int) body.requireLong("ram_mib");
      hdd = body.has("disks") ? disksSize(body.raw("disks")) : (int) body.requireLong("hdd_mib");
    }
    if (cpu < 1 || ram < 128 || hdd < 1024) {
      throw PanelException.invalid("cpu_number", "cpu_number >= 1, ram_mib >= 128 and hdd_mib >= 1024 required");
    }
    if (os != null && ram < os.get("min_ram_mib").asInt()) {
      throw PanelException.invalid("ram_mib", os.get("name").asText() + " needs at least "
          + os.get("min_ram_mib").asInt() + " MiB of RAM");
    }
    List<Long> recipeIds = recipes(body);
    long id = vm.nextHostId++;
    String name = body.optString("name");
    if (name == null || name.isBlank()) {
      name = "vm" + id;
    }
    ObjectNode node = pickNode(clusterId);
    Instant now = state.now();
    ObjectNode host = newHost(id, name, body, cluster, node, account, os, cpu, ram, hdd, now);
    vm.hosts.put(id, host);
    JsonNode custom = body.raw("custom_interfaces");
    boolean customInterfaces = custom != null && !custom.isNull();
    try {
      // With custom_interfaces the interfaces carry the addresses, as ISPsystem's own scripts create VMs; an
      // ipv4_number sent beside them still goes to the first interface.
      if (!customInterfaces || body.has("ipv4_number")) {
        allocateMain(host, body, clusterId);
      }
      if (customInterfaces) {
        allocateCustom(host, custom, clusterId, id);
      }
    } catch (PanelException e) {
      for (ObjectNode ip : vm.hostIps(id)) {
        vm.releaseIp(ip.get("id").asLong());
      }
      vm.hosts.remove(id);
      throw e;
    }
    bumpCounts(cluster, node, 1);
    VmTask task = vm.startTask("host_create", id, now, () -> host.put("state", "active"),
        () -> host.put("state", "stopped"));
    return Reply.json(installAnswer(id, task, recipeIds, now));
  }

  /** {@code ipv4_number} addresses on the first interface, from {@code ipv4_pool} or the cluster's lowest pool. */
  private void allocateMain(ObjectNode host, Body body, long clusterId) {
    List<Long> poolIds = new ArrayList<>();
    JsonNode requestedPools = body.raw("ipv4_pool");
    if (requestedPools != null && requestedPools.isArray() && !requestedPools.isEmpty()) {
      requestedPools.forEach(p -> poolIds.add(p.asLong()));
    } else {
      poolIds.add(lowestPool(clusterId, 0));
    }
    for (long poolId : poolIds) {
      if (VmState.find(vm.pools, poolId) == null) {
        throw PanelException.invalid("ipv4_pool", "IP pool " + poolId + " not found");
      }
    }
    int ipv4 = body.optInt("ipv4_number", 1);
    for (int i = 0; i < ipv4; i++) {
      vm.allocateIp(host, poolIds.get(Math.min(i, poolIds.size() - 1)));
    }
  }

  /**
   * The VM's interfaces as {@code custom_interfaces} lists them, in ISPsystem's shape: {@code {"mac", "bridge",
   * "ip_name" | "ippool", "ip_count"}}. The entry's {@code bridge} names the cluster network it joins (none: the
   * main network); its addresses are the one named by {@code ip_name}, or {@code ip_count} from {@code ippool}, or
   * from the network's lowest pool. The fields of the other public shape ({@code model}, {@code is_main_network},
   * {@code bridge_id}) are accepted and ignored.
   */
  private void allocateCustom(ObjectNode host, JsonNode custom, long clusterId, long hostId) {
    if (!custom.isArray()) {
      throw PanelException.invalid("custom_interfaces", "Property 'custom_interfaces' must be an array");
    }
    ArrayNode nics = host.putArray("interfaces");
    for (int nic = 0; nic < custom.size(); nic++) {
      JsonNode entry = custom.get(nic);
      String field = "custom_interfaces[" + nic + "]";
      if (!entry.isObject()) {
        throw PanelException.invalid(field, "Every custom_interfaces item must be an object");
      }
      entry.fieldNames().forEachRemaining(name -> {
        if (!IFACE_FIELDS.contains(name)) {
          throw PanelException.invalid(field + "." + name, "Unexpected property '" + name + "'");
        }
      });
      String bridge = text(entry, "bridge");
      int network = bridge == null ? 0 : vm.clusterInterface(clusterId, bridge);
      if (network < 0) {
        throw PanelException.invalid(field + ".bridge", "Bridge '" + bridge + "' not found on cluster " + clusterId);
      }
      String mac = text(entry, "mac");
      nics.addObject().put("host_interface", VmState.nicName(nic))
          .put("mac", mac != null ? mac : String.format("52:54:%02x:%02x:%02x:%02x", nic, (hostId >> 16) & 0xff,
              (hostId >> 8) & 0xff, hostId & 0xff))
          .put("node_interface", network + 1).put("dhcp", false);
      String address = text(entry, "ip_name");
      JsonNode pool = entry.path("ippool");
      if (address != null && !pool.isMissingNode() && !pool.isNull()) {
        throw PanelException.invalid(field, "Give either 'ip_name' or 'ippool', not both");
      }
      long poolId = pool.canConvertToLong() ? pool.asLong() : lowestPool(clusterId, network);
      if (VmState.find(vm.pools, poolId) == null) {
        throw PanelException.invalid(field + ".ippool", "IP pool " + poolId + " not found");
      }
      if (address != null) {
        if (vm.inUse(address)) {
          throw PanelException.invalid(field + ".ip_name", "IP address " + address + " is already in use");
        }
        vm.allocateIp(host, poolId, network, nic, address);
        continue;
      }
      int count = entry.path("ip_count").asInt(1);
      for (int i = 0; i < count; i++) {
        vm.allocateIp(host, poolId, network, nic, null);
      }
    }
  }

  private static String text(JsonNode entry, String name) {
    JsonNode value = entry.get(name);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }

  /**
   * The recipes a create or reinstall asks for: {@code recipe} (one id, with {@code recipe_params} beside it) or
   * {@code recipe_list} ({@code [{"recipe": id, "recipe_params": [...]}]}), both seen in public clients.
   */
  private List<Long> recipes(Body body) {
    List<Long> ids = new ArrayList<>();
    Long single = body.optLong("recipe");
    if (single != null) {
      ids.add(single);
    }
    JsonNode list = body.raw("recipe_list");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        throw PanelException.invalid("recipe_list", "Property 'recipe_list' must be an array");
      }
      for (JsonNode item : list) {
        JsonNode recipe = item.path("recipe");
        if (!recipe.canConvertToLong() || !recipe.isIntegralNumber()) {
          throw PanelException.invalid("recipe_list", "Every recipe_list item needs a numeric 'recipe'");
        }
        ids.add(recipe.asLong());
      }
    }
    for (long recipeId : ids) {
      if (VmState.find(vm.recipes, recipeId) == null) {
        throw PanelException.invalid("recipe", "Recipe " + recipeId + " not found");
      }
    }
    return ids;
  }

  /** {@code {"id","task","recipe_task_list","recipe_task","spice_task"}}, one recipe task per recipe asked for. */
  private ObjectNode installAnswer(long hostId, VmTask task, List<Long> recipeIds, Instant now) {
    ObjectNode answer = Json.object().put("id", hostId).put("task", task.consulId);
    ArrayNode recipeTasks = answer.putArray("recipe_task_list");
    for (int i = 0; i < recipeIds.size(); i++) {
      recipeTasks.add(vm.startTask("recipe", hostId, now, () -> { }, () -> { }).consulId);
    }
    answer.put("recipe_task", recipeTasks.isEmpty() ? 0 : recipeTasks.get(0).asLong());
    answer.put("spice_task", 0);
    return answer;
  }

  private ObjectNode osFor(Body body, long clusterId, boolean required) {
    Long osId = body.optLong("os");
    if (osId == null) {
      if (required && !body.has("image")) {
        throw PanelException.invalid("os", "Property 'os' or 'image' is required");
      }
      return null;
    }
    ObjectNode os = VmState.find(vm.os, osId);
    if (os == null) {
      throw PanelException.invalid("os", "OS " + osId + " not found");
    }
    boolean onCluster = false;
    for (JsonNode c : os.get("clusters")) {
      onCluster |= c.get("id").asLong() == clusterId;
    }
    if (!onCluster) {
      throw PanelException.invalid("os", "OS " + osId + " is not available on cluster " + clusterId);
    }
    return os;
  }

  private static int disksSize(JsonNode disks) {
    int total = 0;
    for (JsonNode disk : disks) {
      total += disk.path("size_mib").asInt();
    }
    return total;
  }

  private long lowestPool(long clusterId, int iface) {
    for (ObjectNode pool : vm.pools) {
      for (JsonNode c : pool.get("clusters")) {
        if (c.get("id").asLong() == clusterId && c.get("interface").asInt() == iface) {
          return pool.get("id").asLong();
        }
      }
    }
    throw PanelException.invalid("cluster", "Cluster " + clusterId + " has no IP pool");
  }

  /** The cluster's node with the fewest VMs, lowest id first: deterministic placement. */
  private ObjectNode pickNode(long clusterId) {
    ObjectNode best = null;
    for (ObjectNode node : vm.nodes) {
      if (node.get("cluster").get("id").asLong() == clusterId
          && (best == null || node.get("host_count").asInt() < best.get("host_count").asInt())) {
        best = node;
      }
    }
    if (best == null) {
      throw PanelException.invalid("cluster", "Cluster " + clusterId + " has no nodes");
    }
    return best;
  }

  private static void bumpCounts(ObjectNode cluster, ObjectNode node, int delta) {
    cluster.put("host_count", cluster.get("host_count").asInt() + delta);
    node.put("host_count", node.get("host_count").asInt() + delta);
  }

  private ObjectNode newHost(long id, String name, Body body, ObjectNode cluster, ObjectNode node, User account,
      ObjectNode os, int cpu, int ram, int hdd, Instant now) {
    ObjectNode h = Json.object();
    h.put("id", id);
    h.put("name", name);
    String domain = body.optString("domain");
    h.put("domain", domain == null ? name + ".vm.example.net" : domain.toLowerCase(java.util.Locale.ROOT));
    String comment = body.optString("comment");
    h.put("comment", comment == null ? "" : comment);
    h.put("state", "creating");
    h.put("expand_part", "auto");
    h.putArray("ip4");
    ArrayNode ip6 = h.putArray("ip6");
    if (body.optBool("ipv6_enabled", false)) {
      ip6.addObject().put("ip", String.format("2a0c:200:%x::2", id)).put("interface", "ens3");
    }
    h.putArray("interfaces").addObject().put("host_interface", "ens3")
        .put("mac", String.format("52:54:00:%02x:%02x:%02x", (id >> 16) & 0xff, (id >> 8) & 0xff, id & 0xff))
        .put("node_interface", 1).put("dhcp", false);
    ObjectNode n = h.putObject("node");
    n.put("id", node.get("id").asLong());
    n.put("name", node.get("name").asText());
    n.put("ip_addr", node.get("ip").asText());
    n.put("live_migration_allowed", true);
    n.put("maintenance_mode", false);
    n.put("hot_plug_memory", true);
    ObjectNode c = h.putObject("cluster");
    c.put("id", cluster.get("id").asLong());
    c.put("name", cluster.get("name").asText());
    c.put("datacenter_type", "common");
    c.put("virtualization_type", cluster.get("virtualization_type").asText());
    h.putObject("account").put("id", account.id).put("email", account.email);
    h.putObject("disk").put("id", vm.nextDiskId++).put("disk_mib", hdd).put("disk_mib_new", hdd);
    h.put("disk_count", 1);
    h.put("cpu_number", cpu);
    h.put("cpu_number_new", cpu);
    h.put("ram_mib", ram);
    h.put("ram_mib_new", ram);
    h.put("efi_boot", false);
    h.put("hot_plug", true);
    h.put("live_resize", true);
    h.put("hot_plug_cell_counter", 0);
    h.put("net_bandwidth_mbitps", body.optInt("net_bandwidth_mbitps", 100));
    h.put("net_bandwidth_mbitps_changed", false);
    h.put("ip_automation", "ipv4");
    h.put("ip_summary", "");
    h.put("net_is_synced", true);
    h.putArray("tags");
    if (os != null) {
      h.putObject("os").put("id", os.get("id").asLong()).put("name", os.get("name").asText());
      h.put("os_name", os.get("name").asText());
      h.put("os_group", os.get("os_group").asText());
    } else {
      h.putNull("os");
      h.put("os_name", "");
      h.put("os_group", "");
    }
    h.put("uptime", 0);
    h.put("rescue_mode", false);
    h.put("iso_mounted", false);
    h.put("iso_reboot", false);
    h.put("iso_status", "none");
    String cpuMode = body.optString("cpu_mode");
    h.put("cpu_mode", cpuMode == null ? "default" : cpuMode);
    h.put("nesting", body.optBool("nesting", false));
    h.put("cpu_custom_model", "");
    for (String limit : List.of("cpu_weight", "io_weight", "io_read_mbitps", "io_write_mbitps", "io_read_iops",
        "io_write_iops", "net_in_mbitps", "net_out_mbitps", "net_weight", "tcp_connections_in",
        "tcp_connections_out", "process_number")) {
      h.put(limit, body.optInt(limit, 0));
    }
    h.put("anti_spoofing", body.optBool("anti_spoofing", false));
    h.putObject("anti_spoofing_settings").put("vlan", false);
    h.put("disabled", false);
    h.putObject("vxlan").put("id", 0).put("name", "").put("tag", 0);
    JsonNode rules = body.raw("firewall_rules");
    h.set("firewall_rules", rules != null && rules.isArray() ? rules.deepCopy() : Json.array());
    h.put("has_noname_iface", false);
    h.put("is_protected", false);
    h.put("extended_protection", false);
    ObjectNode vm5 = h.putObject("vm5_restrictions");
    for (String flag : List.of("net_iface_count", "nat_or_extra", "ipv6", "unsupported_storage", "iso",
        "snapshot")) {
      vm5.put(flag, false);
    }
    h.put("spice_enabled", false);
    h.put("spice_additional_enabled", false);
    h.put("snapshot_count", 0);
    h.put("snapshot_limit", 0);
    h.put("snapshot_ram", false);
    h.put("snapshot_curr", 0);
    h.put("snapshots_allowed", true);
    h.put("balancer_mode", "off");
    h.putObject("linked_clone_image").put("id", 0).put("name", "");
    h.put("mon_install_date", "");
    h.put("create_date", AuthService.DATE_TIME.format(now));
    return h;
  }

  private ObjectNode actionable(Request r) {
    ObjectNode host = vm.host(r.longVar("id"));
    if (host.get("state").asText().equals("deleting")) {
      throw PanelException.of(PanelError.CONFLICT, "Host " + host.get("id").asLong() + " is being deleted",
          Json.object().put("state", "deleting"));
    }
    return host;
  }

  private Reply taskReply(ObjectNode host, VmTask task) {
    return Reply.json(Json.object().put("id", host.get("id").asLong()).put("task", task.consulId));
  }

  private Reply edit(Request r) {
    ObjectNode host = actionable(r);
    Body body = Body.of(r);
    if (body.has("name")) {
      host.put("name", body.requireString("name"));
    }
    if (body.has("comment")) {
      host.put("comment", body.optString("comment"));
    }
    if (body.has("domain")) {
      host.put("domain", body.optString("domain"));
    }
    vm.lastNotify++;
    return Reply.json(Json.object().put("id", host.get("id").asLong()));
  }

  private Reply power(Request r, String taskName, String target) {
    ObjectNode host = actionable(r);
    Body.of(r);
    String before = host.get("state").asText();
    VmTask task = vm.startTask(taskName, host.get("id").asLong(), state.now(), () -> host.put("state", target),
        () -> host.put("state", before));
    return taskReply(host, task);
  }

  private Reply restart(Request r) {
    ObjectNode host = actionable(r);
    Body.of(r);
    Instant now = state.now();
    long id = host.get("id").asLong();
    VmTask stop = vm.startTask("host_stop", id, now, () -> host.put("state", "stopped"), () -> { });
    // The start waits for the stop: it is queued behind it and runs for its own duration after.
    VmTask start = vm.startTask("host_start", id, now.plus(vm.taskDuration), () -> host.put("state", "active"),
        () -> { });
    return Reply.json(Json.object().put("id", id).put("task", stop.consulId).put("stop_task", stop.consulId)
        .put("start_task", start.consulId));
  }

  private Reply delete(Request r) {
    ObjectNode host = actionable(r);
    long id = host.get("id").asLong();
    String before = host.get("state").asText();
    host.put("state", "deleting");
    VmTask task = vm.startTask("host_delete", id, state.now(), () -> {
      for (ObjectNode ip : vm.hostIps(id)) {
        vm.releaseIp(ip.get("id").asLong());
      }
      vm.hosts.remove(id);
      bumpCounts(vm.cluster(host.get("cluster").get("id").asLong()),
          VmState.find(vm.nodes, host.get("node").get("id").asLong()), -1);
    }, () -> host.put("state", before));
    return taskReply(host, task);
  }

  private Reply reinstall(Request r) {
    ObjectNode host = actionable(r);
    Body body = Body.of(r);
    ObjectNode os = osFor(body, host.get("cluster").get("id").asLong(), true);
    List<Long> recipeIds = recipes(body);
    String before = host.get("state").asText();
    host.put("state", "creating");
    Instant now = state.now();
    long id = host.get("id").asLong();
    VmTask task = vm.startTask("host_reinstall", id, now, () -> {
      host.put("state", "active");
      if (os != null) {
        host.putObject("os").put("id", os.get("id").asLong()).put("name", os.get("name").asText());
        host.put("os_name", os.get("name").asText());
        host.put("os_group", os.get("os_group").asText());
      }
    }, () -> host.put("state", before));
    return Reply.json(installAnswer(id, task, recipeIds, now));
  }

  private Reply password(Request r) {
    ObjectNode host = actionable(r);
    Body body = Body.of(r);
    if (body.requireString("password").length() < 6) {
      throw PanelException.invalid("password", "Password must be at least 6 characters long");
    }
    return taskReply(host, vm.startTask("host_change_password", host.get("id").asLong(), state.now(), () -> { },
        () -> { }));
  }

  private Reply resource(Request r) {
    ObjectNode host = actionable(r);
    Body body = Body.of(r);
    Integer cpu = body.has("cpu_number") ? body.optInt("cpu_number", 0) : null;
    Integer ram = body.has("ram_mib") ? body.optInt("ram_mib", 0) : null;
    Integer net = body.has("net_bandwidth_mbitps") ? body.optInt("net_bandwidth_mbitps", 0) : null;
    JsonNode rules = body.raw("firewall_rules");
    if (cpu != null) {
      host.put("cpu_number_new", cpu);
    }
    if (ram != null) {
      host.put("ram_mib_new", ram);
    }
    VmTask task = vm.startTask("host_change_params", host.get("id").asLong(), state.now(), () -> {
      if (cpu != null) {
        host.put("cpu_number", cpu);
      }
      if (ram != null) {
        host.put("ram_mib", ram);
      }
      if (net != null) {
        host.put("net_bandwidth_mbitps", net);
      }
      if (rules != null && rules.isArray()) {
        // firewall_rules replaces the whole set, PUT-style.
        host.set("firewall_rules", rules.deepCopy());
      }
    }, () -> {
      host.put("cpu_number_new", host.get("cpu_number").asInt());
      host.put("ram_mib_new", host.get("ram_mib").asInt());
    });
    return taskReply(host, task);
  }

  private Reply addIp(Request r) {
    ObjectNode host = actionable(r);
    Body body = Body.of(r);
    int count = body.optInt("ipv4_number", 0);
    if (count < 0 || count > 16) {
      throw PanelException.invalid("ipv4_number", "Property 'ipv4_number' must be 0..16");
    }
    long clusterId = host.get("cluster").get("id").asLong();
    JsonNode pools = body.raw("ipv4_pool");
    long poolId = pools != null && pools.isArray() && !pools.isEmpty() ? pools.get(0).asLong()
        : lowestPool(clusterId, 0);
    if (VmState.find(vm.pools, poolId) == null) {
      throw PanelException.invalid("ipv4_pool", "IP pool " + poolId + " not found");
    }
    VmTask task = vm.startTask("ip_change", host.get("id").asLong(), state.now(), () -> {
      for (int i = 0; i < count; i++) {
        vm.allocateIp(host, poolId);
      }
    }, () -> { });
    return taskReply(host, task);
  }

  /**
   * Grows a VM's disk (VMmanager only grows disks): {@code {"size_mib", "defer":{"action":"host_stop"}}} answering
   * {@code {"id":<disk id>,"task"}}; the new size shows in {@code disk_mib_new} at once and in {@code disk_mib} when
   * the {@code disk_resize} task completes. A deferred resize is taken as it is: the simulator does not wait for the
   * stop.
   */
  private Reply resizeDisk(Request r) {
    long diskId = r.longVar("id");
    ObjectNode host = null;
    for (ObjectNode h : vm.hosts.values()) {
      if (h.get("disk").get("id").asLong() == diskId) {
        host = h;
      }
    }
    if (host == null) {
      throw PanelException.notFound("disk", diskId);
    }
    if (host.get("state").asText().equals("deleting")) {
      throw PanelException.of(PanelError.CONFLICT, "Host " + host.get("id").asLong() + " is being deleted",
          Json.object().put("state", "deleting"));
    }
    Body body = Body.of(r);
    long size = body.requireLong("size_mib");
    ObjectNode disk = (ObjectNode) host.get("disk");
    long before = disk.get("disk_mib").asLong();
    if (size <= before) {
      throw PanelException.invalid("size_mib", "A disk can only grow: " + size + " MiB is not more than " + before);
    }
    disk.put("disk_mib_new", size);
    VmTask task = vm.startTask("disk_resize", host.get("id").asLong(), state.now(), () -> disk.put("disk_mib", size),
        () -> disk.put("disk_mib_new", before));
    return Reply.json(Json.object().put("id", diskId).put("task", task.consulId));
  }

  private Reply hostIpv4(Request r) {
    ObjectNode host = vm.host(r.longVar("id"));
    return Lists.reply(vm.lastNotify, vm.hostIps(host.get("id").asLong()), r,
        Set.of("id", "ip_addr", "domain", "state", "family", "ippool", "network", "host.id"));
  }

  private Reply hostIpv6(Request r) {
    ObjectNode host = vm.host(r.longVar("id"));
    boolean enabled = !host.get("ip6").isEmpty();
    ObjectNode answer = Json.object();
    answer.put("ipv6_enabled", enabled);
    if (enabled) {
      answer.put("ipv6_prefix", 64);
    } else {
      answer.putNull("ipv6_prefix");
    }
    answer.put("ipv6_ptr_enabled", false);
    answer.put("last_notify", vm.lastNotify);
    return Reply.json(answer);
  }

  private Reply changeAccount(Request r) {
    ObjectNode host = actionable(r);
    Body body = Body.of(r);
    long accountId = body.requireLong("account");
    User user = state.users.byId(accountId);
    if (user == null) {
      throw PanelException.invalid("account", "Account " + accountId + " not found");
    }
    VmTask task = vm.startTask("host_change_owner", host.get("id").asLong(), state.now(),
        () -> host.putObject("account").put("id", user.id).put("email", user.email), () -> { });
    return taskReply(host, task);
  }

  private Reply deleteIp(Request r) {
    long ipId = r.longVar("id");
    ObjectNode ip = vm.ips.get(ipId);
    if (ip == null) {
      throw PanelException.notFound("ip", ipId);
    }
    long hostId = ip.get("host").get("id").asLong();
    VmTask task = vm.startTask("ip_delete", hostId, state.now(), () -> vm.releaseIp(ipId), () -> { });
    return Reply.json(Json.object().put("id", ipId).put("task", task.consulId));
  }

  private Reply ptr(Request r) {
    long ipId = r.longVar("id");
    ObjectNode ip = vm.ips.get(ipId);
    if (ip == null) {
      throw PanelException.notFound("ip", ipId);
    }
    Body body = Body.of(r);
    ip.put("domain", body.requireString("domain"));
    vm.lastNotify++;
    return Reply.json(Json.object().put("id", ipId));
  }

  // ---- tasks ----

  private Reply tasks(Request r) {
    Instant now = state.now();
    List<ObjectNode> all = new ArrayList<>();
    for (VmTask task : vm.tasks.values()) {
      all.add(task.json(now));
    }
    return Lists.reply(vm.lastNotify, all, r,
        Set.of("id", "consul_id", "name", "status", "instance_id", "registration_date", "update_date"));
  }

  private Reply task(Request r) {
    long id = r.longVar("id");
    VmTask task = vm.tasks.get(id);
    if (task == null) {
      throw PanelException.notFound("task", id);
    }
    return Reply.json(task.json(state.now()));
  }

  // ---- accounts ----

  private Reply accounts(Request r) {
    List<ObjectNode> all = new ArrayList<>();
    for (User user : state.users.all()) {
      ObjectNode node = user.authJson();
      ArrayNode hostIds = node.putArray("host_ids");
      int cpu = 0;
      int ram = 0;
      int hdd = 0;
      for (ObjectNode host : vm.hosts.values()) {
        if (host.get("account").get("id").asLong() == user.id) {
          hostIds.add(host.get("id").asLong());
          cpu += host.get("cpu_number").asInt();
          ram += host.get("ram_mib").asInt();
          hdd += host.get("disk").get("disk_mib").asInt();
        }
      }
      node.put("host_count", hostIds.size());
      node.put("cpu_count", cpu);
      node.put("ram_mib", ram);
      node.put("hdd_mib", hdd);
      all.add(node);
    }
    return Lists.reply(vm.lastNotify, all, r,
        Set.of("id", "email", "state", "roles", "full_name", "host_count", "auth_source"));
  }

  private Reply createAccount(Request r) {
    Body body = Body.of(r);
    String email = body.requireString("email");
    if (!email.contains("@")) {
      throw PanelException.invalid("email", "Invalid email '" + email + "'");
    }
    String role = body.optString("role");
    User user = state.users.add(email, body.requireString("password"), role == null ? "@user" : role);
    if (body.has("full_name")) {
      user.fullName = body.optString("full_name");
    }
    if (body.has("phone_number")) {
      user.phoneNumber = body.optString("phone_number");
    }
    vm.lastNotify++;
    return Reply.json(Json.object().put("id", user.id));
  }

  private Reply editUser(Request r) {
    long id = r.longVar("id");
    User user = state.users.byId(id);
    if (user == null) {
      throw PanelException.notFound("user", id);
    }
    Body body = Body.of(r);
    if (body.has("roles")) {
      List<String> roles = body.optStrings("roles");
      user.roles.clear();
      user.roles.addAll(roles);
    }
    if (body.has("full_name")) {
      user.fullName = body.optString("full_name");
    }
    if (body.has("phone_number")) {
      user.phoneNumber = body.optString("phone_number");
    }
    if (body.has("password")) {
      user.password = body.requireString("password");
    }
    if (body.has("state")) {
      user.state = body.requireString("state");
    }
    vm.lastNotify++;
    return Reply.json(Json.object().put("id", id));
  }

  private Reply deleteUser(Request r) {
    long id = r.longVar("id");
    User user = state.users.byId(id);
    if (user == null) {
      throw PanelException.notFound("user", id);
    }
    if (vm.hostCount(id) > 0) {
      throw PanelException.of(PanelError.CONFLICT, "User " + id + " still owns virtual machines",
          Json.object().put("host_count", vm.hostCount(id)));
    }
    state.users.remove(user);
    vm.lastNotify++;
    return Reply.json(Json.object().put("id", id));
  }
}

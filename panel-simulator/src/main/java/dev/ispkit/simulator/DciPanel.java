package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** DCImanager 6 ({@code dci/v3}): the paths and bodies of docs/panel-contract.md. */
final class DciPanel {
  private static final String P = "/dci/v3";

  private final SimState state;
  private final Inventory inv;

  DciPanel(SimState state, Router router) {
    this.state = state;
    this.inv = state.dci;
    router.add("GET", P + "/server", this::listServers)
        .add("GET", P + "/server/configuration", this::configurations)
        .add("GET", P + "/server/{id}", this::server)
        .add("POST", P + "/server/{id}/owner", BodyShape.of("owner"), this::setOwner)
        .add("DELETE", P + "/server/{id}/owner", this::removeOwner)
        .add("POST", P + "/server/{id}/power_on", BodyShape.of(), r -> power(r, "power_on"))
        .add("POST", P + "/server/{id}/power_off", BodyShape.of(), r -> power(r, "power_off"))
        .add("POST", P + "/server/{id}/power_reset", BodyShape.of(), r -> power(r, "power_reset"))
        .add("POST", P + "/server/{id}/ip", BodyShape.of("family", "count", "pool", "name"), this::addIps)
        .add("DELETE", P + "/server/{id}/ip/{ip}", this::removeIp)
        .add("POST", P + "/server/{id}/diag", BodyShape.of("clear_disks"), this::diag)
        .add("POST", P + "/server/{id}/install",
            BodyShape.of("os_template", "password", "domain", "recipe", "ssh_keys", "windows_license_key"),
            this::install)
        .add("GET", P + "/operation/{id}", this::operation)
        .add("POST", P + "/operation/{id}/stop", BodyShape.of(), this::stopOperation)
        .add("GET", P + "/location", this::locations)
        .add("GET", P + "/location/{id}", this::location)
        .add("GET", P + "/location/{id}/os_template", this::templates)
        .add("GET", P + "/location/{id}/recipe", this::recipes)
        .add("GET", P + "/user", this::users)
        .add("POST", P + "/user", BodyShape.of("email", "full_name", "password", "phone_number", "role"),
            this::createUser)
        .add("GET", P + "/switch/{id}/port", this::switchPorts)
        .add("POST", P + "/switch/{id}/port/{port}", BodyShape.of("admin_status"), this::setPort)
        .add("GET", P + "/ipmgr/ip", this::ipList);
  }

  /** The stages an operation shows in {@code progress_info}. */
  static List<String> stages(String type, boolean clearDisks, boolean recipe) {
    List<String> stages = new ArrayList<>();
    if (type.equals("diag")) {
      stages.addAll(List.of("boot_diag_image", "hardware_check", "smart_check", "network_speed_check"));
      if (clearDisks) {
        stages.add("disk_cleanup");
      }
      stages.add("finish");
    } else {
      stages.addAll(List.of("prepare", "boot_installer", "partition_disks", "install_os", "configure_network"));
      if (recipe) {
        stages.add("run_recipe");
      }
      stages.add("finish");
    }
    return stages;
  }

  // ---- servers ----

  private Reply listServers(Request r) {
    Instant now = state.now();
    ListQuery.Page<Server> page = new ListQuery<>(ServerJson.fields(state.users, now)).apply(inv.servers, r.params);
    byte[] body = Json.write(g -> {
      g.writeStartObject();
      g.writeNumberField("last_notify", inv.lastNotify);
      g.writeArrayFieldStart("list");
      for (Server s : page.items()) {
        ServerJson.write(g, s, state.users, now, false);
      }
      g.writeEndArray();
      g.writeNumberField("size", page.size());
      g.writeEndObject();
    }, page.items().size() * 2_700 + 64);
    return Reply.jsonBytes(200, body);
  }

  private Reply server(Request r) {
    Server s = inv.server(r.longVar("id"));
    Instant now = state.now();
    return Reply.jsonBytes(200, Json.write(g -> ServerJson.write(g, s, state.users, now, true)));
  }

  /** Free servers per configuration: no owner, configuration defined, in exploitation, not in maintenance. */
  private Reply configurations(Request r) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Server s : inv.servers) {
      if (s.configuration.isEmpty()) {
        continue;
      }
      boolean free = s.ownerId == null && "in_exploitation".equals(s.exploitationStatus) && !s.maintenance;
      counts.merge(s.configuration, free ? 1 : 0, Integer::sum);
    }
    ObjectNode root = Json.object();
    ArrayNode list = root.putArray("list");
    counts.forEach((configuration, free) ->
        list.addObject().put("configuration", configuration).put("free_server_count", free));
    return Reply.json(root);
  }

  private Reply setOwner(Request r) {
    Server s = inv.server(r.longVar("id"));
    Body body = Body.of(r);
    long ownerId = body.requireLong("owner");
    User user = state.users.byId(ownerId);
    if (user == null) {
      throw PanelException.notFound("user", ownerId);
    }
    if (s.ownerId != null && s.ownerId != ownerId) {
      throw PanelException.of(PanelError.CONFLICT, "Server " + s.id + " already has an owner",
          Json.object().put("owner", s.ownerId));
    }
    s.ownerId = ownerId;
    inv.lastNotify++;
    return idReply(s.id);
  }

  private Reply removeOwner(Request r) {
    Server s = inv.server(r.longVar("id"));
    s.ownerId = null;
    inv.lastNotify++;
    return idReply(s.id);
  }

  /** The docs' rules: power_on only when off or unknown, power_off only when on, power_reset always. */
  private Reply power(Request r, String command) {
    Server s = inv.server(r.longVar("id"));
    Body.of(r);
    if (inv.takePowerFailure(s.id)) {
      throw PanelException.of(PanelError.IPMI_FAILURE, "IPMI of server " + s.id + " is not responding",
          Json.object().put("server", s.id));
    }
    if (command.equals("power_on") && s.powerStatus.equals("on")) {
      throw PanelException.of(PanelError.CONFLICT, "Server " + s.id + " is already powered on",
          Json.object().put("power_status", s.powerStatus));
    }
    if (command.equals("power_off") && !s.powerStatus.equals("on")) {
      throw PanelException.of(PanelError.CONFLICT, "Server " + s.id + " is not powered on",
          Json.object().put("power_status", s.powerStatus));
    }
    s.powerStatus = command.equals("power_off") ? "off" : "on";
    inv.lastNotify++;
    return idReply(s.id);
  }

  private Reply addIps(Request r) {
    Server s = inv.server(r.longVar("id"));
    Body body = Body.of(r);
    String family = body.optString("family");
    if (family == null) {
      family = "ipv4";
    }
    if (!family.equals("ipv4") && !family.equals("ipv6")) {
      throw PanelException.invalid("family", "Property 'family' must be ipv4 or ipv6");
    }
    int count = body.optInt("count", 1);
    if (count < 1 || count > 16) {
      throw PanelException.invalid("count", "Property 'count' must be 1..16");
    }
    Long poolId = body.optLong("pool");
    Inventory.Pool pool;
    if (poolId == null) {
      pool = inv.defaultPool(s.location.id(), "allocation");
    } else {
      pool = inv.pool(poolId);
      if (pool == null || pool.locationId() != s.location.id()) {
        throw PanelException.invalid("pool", "Pool " + poolId + " does not serve location " + s.location.id());
      }
    }
    if (family.equals("ipv6") && !pool.purpose().equals("allocation")) {
      throw PanelException.invalid("family", "Pool " + pool.id() + " has no IPv6 network");
    }
    String name = body.optString("name");
    ObjectNode root = Json.object();
    ArrayNode list = root.putArray("list");
    List<Server.Ip> added = new ArrayList<>();
    if (name != null) {
      if (count != 1) {
        throw PanelException.invalid("count", "Property 'count' must be 1 with 'name'");
      }
      added.add(inv.assign(s, pool, name, family));
    } else {
      for (int i = 0; i < count; i++) {
        added.add(inv.allocate(s, pool, family));
      }
    }
    for (Server.Ip ip : added) {
      list.add(ipTree(ip));
    }
    inv.lastNotify++;
    return Reply.json(root);
  }

  private static ObjectNode ipTree(Server.Ip ip) {
    try {
      return (ObjectNode) Json.MAPPER.readTree(Json.write(g -> ServerJson.writeIp(g, ip)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Reply removeIp(Request r) {
    Server s = inv.server(r.longVar("id"));
    long ipId = r.longVar("ip");
    for (Server.Ip ip : s.ips) {
      if (ip.id() == ipId) {
        inv.release(s, ip);
        inv.lastNotify++;
        return idReply(ipId);
      }
    }
    throw PanelException.notFound("ip", ipId);
  }

  // ---- operations ----

  private Reply diag(Request r) {
    Server s = inv.server(r.longVar("id"));
    Body body = Body.of(r);
    boolean clearDisks = body.optBool("clear_disks", false);
    refuseIfBusy(s);
    Instant now = state.now();
    long id = inv.nextOperationId++;
    Operation op = inv.start(new Operation(id, s.id, "diag", now, state.options.diagDuration(),
        stages("diag", clearDisks, false), inv.takeScriptedFailure(s.id, "diag"), () -> {
          s.diagError = null;
          s.hasErrors = false;
          s.isNew = false;
          s.state = "ok";
          s.stateInfo = null;
          String label = s.hardware.label();
          s.generatedConfiguration = label;
          if (!s.customConfiguration) {
            s.configuration = label;
          }
          if (clearDisks) {
            s.osTemplate = null;
          }
        }));
    s.operation = op;
    s.powerStatus = "on";
    inv.lastNotify++;
    return idReply(op.id);
  }

  private Reply install(Request r) {
    Server s = inv.server(r.longVar("id"));
    Body body = Body.of(r);
    long templateId = body.requireLong("os_template");
    Server.OsTemplate template = null;
    for (Server.OsTemplate t : inv.templates.get(s.location.id())) {
      if (t.id() == templateId) {
        template = t;
      }
    }
    if (template == null) {
      throw PanelException.invalid("os_template",
          "OS template " + templateId + " is not available in location " + s.location.id());
    }
    body.requireString("password");
    String domain = body.optString("domain");
    Long recipeId = body.optLong("recipe");
    if (recipeId != null && inv.recipes.get(s.location.id()).stream().noneMatch(x -> x.id() == recipeId)) {
      throw PanelException.invalid("recipe",
          "Recipe " + recipeId + " is not available in location " + s.location.id());
    }
    body.optStrings("ssh_keys");
    if (body.has("windows_license_key") && !template.osFamily().equals("windows")) {
      throw PanelException.invalid("windows_license_key", "windows_license_key is only for Windows templates");
    }
    refuseIfBusy(s);
    Server.OsTemplate chosen = template;
    Instant now = state.now();
    long id = inv.nextOperationId++;
    Operation op = inv.start(new Operation(id, s.id, "install", now, state.options.installDuration(),
        stages("install", false, recipeId != null), inv.takeScriptedFailure(s.id, "install"), () -> {
          s.osTemplate = chosen;
          if (domain != null && !domain.isBlank()) {
            s.domain = domain;
          }
          s.powerStatus = "on";
        }));
    s.operation = op;
    s.powerStatus = "on";
    inv.lastNotify++;
    return idReply(op.id);
  }

  private void refuseIfBusy(Server s) {
    if (s.operationRunning()) {
      throw PanelException.of(PanelError.CONFLICT,
          "Server " + s.id + " is busy with operation " + s.operation.id,
          Json.object().put("operation", s.operation.id));
    }
  }

  private Reply operation(Request r) {
    long id = r.longVar("id");
    Operation op = inv.operations.get(id);
    if (op == null) {
      throw PanelException.notFound("operation", id);
    }
    Instant now = state.now();
    return Reply.jsonBytes(200, Json.write(g -> op.write(g, now)));
  }

  private Reply stopOperation(Request r) {
    long id = r.longVar("id");
    Body.of(r);
    Operation op = inv.operations.get(id);
    if (op == null) {
      throw PanelException.notFound("operation", id);
    }
    if (op.finished() && !"canceled".equals(op.finalStatus())) {
      throw PanelException.of(PanelError.CONFLICT, "Operation " + id + " has already ended: " + op.finalStatus(),
          Json.object().put("status", op.finalStatus()));
    }
    if (!op.finished()) {
      inv.cancel(op, state.now());
    }
    return idReply(id);
  }

  // ---- locations ----

  private ObjectNode locationJson(Server.Location l) {
    ObjectNode node = Json.object();
    node.put("id", l.id());
    node.put("name", l.name());
    node.put("geolocation", l.geolocation());
    node.put("userspace", l.userspace());
    node.put("server_count", inv.servers.stream().filter(s -> s.location.id() == l.id()).count());
    ArrayNode pools = node.putArray("ip_pools");
    for (Inventory.Pool pool : inv.pools.get(l.id())) {
      pools.addObject().put("id", pool.id()).put("name", pool.name()).put("purpose", pool.purpose());
    }
    return node;
  }

  private Reply locations(Request r) {
    List<ObjectNode> all = new ArrayList<>();
    for (Server.Location l : inv.locations) {
      all.add(locationJson(l));
    }
    return Lists.reply(inv.lastNotify, all, r, Set.of("id", "name", "geolocation", "userspace", "server_count"));
  }

  private Reply location(Request r) {
    return Reply.json(locationJson(inv.location(r.longVar("id"))));
  }

  private Reply templates(Request r) {
    Server.Location l = inv.location(r.longVar("id"));
    List<ObjectNode> all = new ArrayList<>();
    for (Server.OsTemplate t : inv.templates.get(l.id())) {
      ObjectNode node = Json.object().put("id", t.id()).put("name", t.name());
      t.tags().forEach(node.putArray("tags")::add);
      node.put("os_family", t.osFamily());
      all.add(node);
    }
    return Lists.reply(inv.lastNotify, all, r, Set.of("id", "name", "tags", "os_family"));
  }

  private Reply recipes(Request r) {
    Server.Location l = inv.location(r.longVar("id"));
    List<ObjectNode> all = new ArrayList<>();
    for (Inventory.Recipe recipe : inv.recipes.get(l.id())) {
      ObjectNode node = Json.object().put("id", recipe.id()).put("name", recipe.name());
      recipe.tags().forEach(node.putArray("tags")::add);
      all.add(node);
    }
    return Lists.reply(inv.lastNotify, all, r, Set.of("id", "name", "tags"));
  }

  // ---- users ----

  private Reply users(Request r) {
    Map<Long, Integer> serverCounts = new java.util.HashMap<>();
    for (Server s : inv.servers) {
      if (s.ownerId != null) {
        serverCounts.merge(s.ownerId, 1, Integer::sum);
      }
    }
    List<ObjectNode> all = new ArrayList<>();
    for (User u : state.users.all()) {
      ObjectNode node = Json.object();
      node.put("id", u.id);
      node.put("email", u.email);
      node.put("full_name", u.fullName);
      node.put("phone_number", u.phoneNumber);
      u.roles.forEach(node.putArray("roles")::add);
      node.put("server_count", serverCounts.getOrDefault(u.id, 0));
      node.put("state", u.state);
      node.put("vlans_per_user", 5);
      all.add(node);
    }
    return Lists.reply(inv.lastNotify, all, r,
        Set.of("id", "email", "full_name", "phone_number", "roles", "server_count", "state", "vlans_per_user"));
  }

  private Reply createUser(Request r) {
    Body body = Body.of(r);
    String email = body.requireString("email");
    if (!email.contains("@")) {
      throw PanelException.invalid("email", "Invalid email '" + email + "'");
    }
    String role = body.optString("role");
    if (role == null) {
      role = "@user";
    }
    if (!role.equals("@user") && !role.equals("@admin")) {
      throw PanelException.invalid("role", "Unknown role '" + role + "'");
    }
    User user = state.users.add(email, body.requireString("password"), role);
    String fullName = body.optString("full_name");
    user.fullName = fullName == null ? "" : fullName;
    String phone = body.optString("phone_number");
    user.phoneNumber = phone == null ? "" : phone;
    inv.lastNotify++;
    return idReply(user.id);
  }

  // ---- switch ports ----

  private Reply switchPorts(Request r) {
    long switchId = r.longVar("id");
    List<ObjectNode> all = new ArrayList<>();
    for (Server s : inv.servers) {
      for (Server.SwitchPort port : s.ports) {
        if (port.switchId == switchId) {
          ObjectNode node = Json.object();
          node.put("id", port.id);
          node.put("description", port.description);
          node.put("admin_status", port.adminStatus);
          node.put("oper_status", port.operStatus);
          node.putObject("server").put("id", s.id).put("name", s.name);
          node.putObject("vlan").put("vlan_id", port.vlanId).put("vlan_name", port.vlanName);
          all.add(node);
        }
      }
    }
    if (all.isEmpty()) {
      throw PanelException.notFound("switch", switchId);
    }
    return Lists.reply(inv.lastNotify, all, r, Set.of("id", "description", "admin_status", "oper_status",
        "server.id", "server.name"));
  }

  /** Switching a port down cuts the server off the network, which is how a dedicated server is suspended. */
  private Reply setPort(Request r) {
    long switchId = r.longVar("id");
    long portId = r.longVar("port");
    Body body = Body.of(r);
    String status = body.requireString("admin_status");
    if (!status.equals("up") && !status.equals("down")) {
      throw PanelException.invalid("admin_status", "Property 'admin_status' must be up or down");
    }
    Server s = inv.serverByPort.get(portId);
    Server.SwitchPort port = null;
    if (s != null) {
      for (Server.SwitchPort p : s.ports) {
        if (p.id == portId && p.switchId == switchId) {
          port = p;
        }
      }
    }
    if (port == null) {
      throw PanelException.notFound("port", portId);
    }
    port.adminStatus = status;
    port.operStatus = status;
    inv.lastNotify++;
    return idReply(portId);
  }

  private Reply ipList(Request r) {
    List<ObjectNode> all = new ArrayList<>();
    for (Server s : inv.servers) {
      for (Server.Ip ip : s.ips) {
        ObjectNode node = Json.object();
        node.put("id", ip.id());
        node.put("name", ip.name());
        node.put("domain", ip.domain());
        node.put("family", ip.family());
        node.put("ipnet", ip.poolId());
        node.put("ipnet_name", ip.network());
        node.put("status", "used");
        node.putObject("server").put("id", s.id).put("name", s.name);
        all.add(node);
      }
    }
    return Lists.reply(inv.lastNotify, all, r,
        Set.of("id", "name", "domain", "family", "ipnet", "ipnet_name", "status", "server.id", "server.name"));
  }

  private static Reply idReply(long id) {
    return Reply.json(Json.object().put("id", id));
  }
}

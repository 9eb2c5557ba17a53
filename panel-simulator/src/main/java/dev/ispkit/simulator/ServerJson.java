package dev.ispkit.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@link Server} as DCImanager 6 does (keys in the alphabetical order of the captured production list),
 * and gives the where parser the fields it may filter and sort on.
 */
final class ServerJson {
  private ServerJson() {}

  static void write(JsonGenerator g, Server s, Users users, Instant now, boolean detailed) throws IOException {
    g.writeStartObject();
    g.writeStringField("barcode", s.barcode);
    g.writeObjectFieldStart("chassis");
    g.writeNullField("id");
    g.writeNullField("name");
    g.writeNullField("server_slot_count");
    g.writeNullField("size");
    g.writeNullField("unit");
    g.writeEndObject();
    g.writeStringField("configuration", s.configuration);
    if (s.customConfiguration) {
      g.writeStringField("custom_configuration", s.configuration);
    } else {
      g.writeNullField("custom_configuration");
    }
    writeNullable(g, "diag_error", s.diagError);
    g.writeStringField("domain", s.domain);
    g.writeStringField("exploitation_status", s.exploitationStatus);
    g.writeStringField("generated_configuration", s.generatedConfiguration);
    g.writeBooleanField("has_errors", s.hasErrors);
    if (detailed) {
      writeHardware(g, s);
    }
    g.writeNumberField("id", s.id);
    g.writeNullField("intel_amt");
    g.writeArrayFieldStart("ip");
    for (Server.Ip ip : s.ips) {
      writeIp(g, ip);
    }
    g.writeEndArray();
    g.writeNullField("ipmi");
    g.writeBooleanField("is_custom_configuration", s.customConfiguration);
    g.writeBooleanField("is_new", s.isNew);
    g.writeObjectFieldStart("location");
    g.writeStringField("geolocation", s.location.geolocation());
    g.writeNumberField("id", s.location.id());
    g.writeStringField("name", s.location.name());
    g.writeNumberField("userspace", s.location.userspace());
    g.writeEndObject();
    g.writeNumberField("location_id", s.location.id());
    writeNullable(g, "mac", s.mac);
    Server.Ip v4 = s.mainIpv4();
    writeMainIp(g, "main_ipv4", v4);
    writeMainIp(g, "main_ipv6", s.mainIpv6());
    g.writeBooleanField("maintenance_mode", s.maintenance);
    g.writeNullField("model");
    g.writeStringField("name", s.name);
    g.writeStringField("nomenclature", "");
    g.writeStringField("note", s.note);
    if (s.operation == null) {
      g.writeNullField("operation");
    } else {
      g.writeFieldName("operation");
      s.operation.write(g, now);
    }
    if (s.osTemplate == null) {
      g.writeNullField("os_template");
    } else {
      g.writeObjectFieldStart("os_template");
      g.writeNumberField("id", s.osTemplate.id());
      g.writeStringField("name", s.osTemplate.name());
      g.writeArrayFieldStart("tags");
      for (String tag : s.osTemplate.tags()) {
        g.writeString(tag);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    User owner = s.ownerId == null ? null : users.byId(s.ownerId);
    if (owner == null) {
      g.writeNullField("owner");
      g.writeNullField("owner_email");
    } else {
      g.writeObjectFieldStart("owner");
      g.writeStringField("email", owner.email);
      g.writeNumberField("id", owner.id);
      g.writeEndObject();
      g.writeStringField("owner_email", owner.email);
    }
    g.writeNullField("pdu");
    writePdu(g, s);
    g.writeObjectFieldStart("platform");
    g.writeNumberField("id", s.platform.id());
    g.writeStringField("name", s.platform.name());
    g.writeNumberField("size", s.platform.size());
    g.writeStringField("type", s.platform.type());
    g.writeEndObject();
    g.writeStringField("power_status", s.powerStatus);
    g.writeNullField("price");
    g.writeObjectFieldStart("rack");
    g.writeNumberField("id", s.rack.id());
    g.writeStringField("name", s.rack.name());
    g.writeNumberField("size", s.rack.size());
    g.writeEndObject();
    g.writeNullField("reserved_to_date");
    writeNullable(g, "serial_number", s.serialNumber);
    g.writeNullField("server_profile_operation");
    if (s.efi) {
      g.writeObjectFieldStart("settings");
      g.writeBooleanField("efi", true);
      g.writeEndObject();
    } else {
      g.writeNullField("settings");
    }
    g.writeNullField("slot");
    g.writeStringField("state", s.state);
    writeNullable(g, "state_info", s.stateInfo);
    g.writeArrayFieldStart("switch_connection");
    for (Server.SwitchPort port : s.ports) {
      writePort(g, port, s.flagsAsBool);
    }
    g.writeEndArray();
    g.writeNumberField("unit", s.unit);
    g.writeStringField("user_note", s.userNote);
    g.writeStringField("uuid", s.uuid);
    g.writeNullField("warehouse");
    g.writeStringField("warehouse_status", s.warehouseStatus);
    g.writeNullField("warehouse_status_info");
    g.writeNullField("warranty");
    g.writeEndObject();
  }

  static void writeIp(JsonGenerator g, Server.Ip ip) throws IOException {
    g.writeStartObject();
    g.writeStringField("domain", ip.domain());
    g.writeStringField("family", ip.family());
    g.writeStringField("gateway", ip.gateway());
    g.writeNumberField("id", ip.id());
    g.writeStringField("name", ip.name());
    g.writeStringField("network", ip.network());
    g.writeStringField("status", "ok");
    g.writeNullField("status_info");
    g.writeNumberField("temporary", 0);
    g.writeStringField("type", "common");
    g.writeNullField("vpu_net");
    g.writeNullField("vpu_vlan");
    g.writeEndObject();
  }

  private static void writeMainIp(JsonGenerator g, String field, Server.Ip ip) throws IOException {
    if (ip == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, ip.id());
    }
    g.writeObjectFieldStart(field + "_info");
    if (ip == null) {
      g.writeNullField("domain");
      g.writeNullField("first");
      g.writeNullField("id");
      g.writeNullField("name");
      g.writeNullField("temporary");
    } else {
      g.writeStringField("domain", ip.domain());
      // The production list carries this sentinel: it overflows a long, so clients must read it as a double.
      g.writeFieldName("first");
      g.writeNumber("1e39");
      g.writeNumberField("id", ip.id());
      g.writeStringField("name", ip.name());
      g.writeNumberField("temporary", 0);
    }
    g.writeEndObject();
  }

  private static void writePdu(JsonGenerator g, Server s) throws IOException {
    Server.Pdu pdu = s.pdu;
    if (pdu == null || s.pduStyle == Server.PduStyle.EMPTY) {
      g.writeArrayFieldStart("pdu_connection");
      g.writeEndArray();
      return;
    }
    String power = s.powerStatus.equals("off") ? "down" : "up";
    if (s.pduStyle == Server.PduStyle.OBJECT) {
      // The documented form: one object, "port_identity" instead of "identity".
      g.writeObjectFieldStart("pdu_connection");
      g.writeNumberField("port_id", pdu.portId());
      g.writeStringField("port_identity", pdu.identity());
      g.writeNumberField("pdu_id", pdu.pduId());
      g.writeStringField("pdu_name", pdu.pduName());
      g.writeNumberField("connection_id", pdu.connectionId());
      g.writeStringField("power_status", power);
      g.writeEndObject();
      return;
    }
    g.writeArrayFieldStart("pdu_connection");
    g.writeStartObject();
    g.writeNumberField("connection_id", pdu.connectionId());
    g.writeStringField("identity", pdu.identity());
    g.writeNumberField("pdu_id", pdu.pduId());
    g.writeStringField("pdu_name", pdu.pduName());
    g.writeNumberField("port_id", pdu.portId());
    g.writeStringField("power_status", power);
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void writePort(JsonGenerator g, Server.SwitchPort port, boolean flagsAsBool) throws IOException {
    g.writeStartObject();
    g.writeStringField("admin_status", port.adminStatus);
    g.writeNumberField("connection_id", port.connectionId);
    g.writeStringField("description", port.description);
    writeFlag(g, "do_not_collect_traffic", port.ipmi, flagsAsBool);
    g.writeBooleanField("hidden_connection", false);
    g.writeNumberField("id", port.id);
    writeFlag(g, "is_ipmi_connection", port.ipmi, flagsAsBool);
    g.writeStringField("oper_status", port.operStatus);
    g.writeNumberField("switch", port.switchId);
    g.writeStringField("switch_name", port.switchName);
    g.writeObjectFieldStart("vlan");
    g.writeNumberField("vlan_id", port.vlanId);
    g.writeStringField("vlan_name", port.vlanName);
    g.writeNullField("vlan_owner");
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeFlag(JsonGenerator g, String field, boolean value, boolean asBool) throws IOException {
    if (asBool) {
      g.writeBooleanField(field, value);
    } else {
      g.writeNumberField(field, value ? 1 : 0);
    }
  }

  /** Only the single-server answer has it; the docs show {@code hardware_info.motherboard.model}, the rest is ours. */
  private static void writeHardware(JsonGenerator g, Server s) throws IOException {
    Server.Hardware hw = s.hardware;
    g.writeObjectFieldStart("hardware_info");
    g.writeArrayFieldStart("cpu");
    for (int i = 0; i < hw.sockets(); i++) {
      g.writeStartObject();
      g.writeStringField("model", hw.cpuModel());
      g.writeNumberField("cores", hw.cores());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("disk");
    for (String disk : hw.disks()) {
      g.writeStartObject();
      String type = disk.replaceAll("^\\d+", "");
      g.writeNumberField("size_gb", Long.parseLong(disk.substring(0, disk.length() - type.length())));
      g.writeStringField("type", type);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("memory");
    g.writeNumberField("total_gb", hw.ramGb());
    g.writeEndObject();
    g.writeObjectFieldStart("motherboard");
    g.writeStringField("model", hw.board());
    g.writeEndObject();
    g.writeArrayFieldStart("network");
    g.writeStartObject();
    writeNullable(g, "mac", s.mac);
    g.writeNumberField("speed_mbit", hw.nicSpeedMbit());
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeNullable(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  /** The fields a where or orderby may name: the flat ones of the list and the dotted paths into objects. */
  static ListQuery.Fields<Server> fields(Users users, Instant now) {
    Map<String, Function<Server, Object>> f = new LinkedHashMap<>();
    f.put("id", s -> s.id);
    f.put("name", s -> s.name);
    f.put("barcode", s -> s.barcode);
    f.put("domain", s -> s.domain);
    f.put("uuid", s -> s.uuid);
    f.put("serial_number", s -> s.serialNumber);
    f.put("configuration", s -> s.configuration);
    f.put("generated_configuration", s -> s.generatedConfiguration);
    f.put("custom_configuration", s -> s.customConfiguration ? s.configuration : null);
    f.put("is_custom_configuration", s -> s.customConfiguration);
    f.put("diag_error", s -> s.diagError);
    f.put("has_errors", s -> s.hasErrors);
    f.put("state", s -> s.state);
    f.put("state_info", s -> s.stateInfo);
    f.put("exploitation_status", s -> s.exploitationStatus);
    f.put("warehouse_status", s -> s.warehouseStatus);
    f.put("is_new", s -> s.isNew);
    f.put("maintenance_mode", s -> s.maintenance);
    f.put("mac", s -> s.mac);
    f.put("power_status", s -> s.powerStatus);
    f.put("note", s -> s.note);
    f.put("user_note", s -> s.userNote);
    f.put("nomenclature", s -> "");
    f.put("unit", s -> s.unit);
    f.put("location", s -> s.location.id());
    f.put("location_id", s -> s.location.id());
    f.put("location.id", s -> s.location.id());
    f.put("location.name", s -> s.location.name());
    f.put("location.geolocation", s -> s.location.geolocation());
    f.put("rack", s -> s.rack.id());
    f.put("rack.id", s -> s.rack.id());
    f.put("rack.name", s -> s.rack.name());
    f.put("platform", s -> s.platform.id());
    f.put("platform.id", s -> s.platform.id());
    f.put("platform.name", s -> s.platform.name());
    Function<Server, User> owner = s -> s.ownerId == null ? null : users.byId(s.ownerId);
    f.put("owner", s -> s.ownerId);
    f.put("owner.id", s -> s.ownerId);
    f.put("owner_email", s -> owner.apply(s) == null ? null : owner.apply(s).email);
    f.put("owner.email", s -> owner.apply(s) == null ? null : owner.apply(s).email);
    f.put("operation", s -> s.operation == null ? null : s.operation.id);
    f.put("operation.id", s -> s.operation == null ? null : s.operation.id);
    f.put("operation.status", s -> s.operation == null ? null : s.operation.status(now));
    f.put("operation.type", s -> s.operation == null ? null : s.operation.type);
    f.put("os_template", s -> s.osTemplate == null ? null : s.osTemplate.id());
    f.put("os_template.id", s -> s.osTemplate == null ? null : s.osTemplate.id());
    f.put("os_template.name", s -> s.osTemplate == null ? null : s.osTemplate.name());
    f.put("main_ipv4", s -> s.mainIpv4() == null ? null : s.mainIpv4().id());
    f.put("main_ipv6", s -> s.mainIpv6() == null ? null : s.mainIpv6().id());
    f.put("ip.name", s -> s.ips.stream().map(Server.Ip::name).toList());
    f.put("ip.id", s -> s.ips.stream().map(Server.Ip::id).toList());
    f.put("switch_connection.switch", s -> s.ports.stream().map(p -> p.switchId).toList());
    f.put("switch_connection.admin_status", s -> s.ports.stream().map(p -> p.adminStatus).toList());
    for (String alwaysNull : List.of("intel_amt", "ipmi", "model", "pdu", "price", "reserved_to_date",
        "server_profile_operation", "slot", "warehouse", "warehouse_status_info", "warranty", "chassis")) {
      f.put(alwaysNull, s -> null);
    }
    return f::get;
  }
}

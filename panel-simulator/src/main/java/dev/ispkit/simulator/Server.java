package dev.ispkit.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * A dedicated server kept lean (plain fields, no JSON tree), so 20 000 of them fit easily and a list streams
 * quickly; {@link ServerJson} writes the panel's ~50-field element from it.
 */
final class Server {
  record Location(long id, String name, String geolocation, int userspace) {}

  record Rack(long id, String name, int size) {}

  record Platform(long id, String name, int size, String type) {}

  record Pdu(long connectionId, String identity, long pduId, String pduName, long portId) {}

  record OsTemplate(long id, String name, List<String> tags, String osFamily) {}

  /** What diagnostics find; {@code label} is the configuration name it yields. */
  record Hardware(String board, String cpuModel, int sockets, int cores, int ramGb, List<String> disks,
      int nicSpeedMbit, String label) {}

  /** A port of a switch that the server is cabled to; {@code id} is the port id the switch API takes. */
  static final class SwitchPort {
    final long id;
    final long switchId;
    final String switchName;
    final long connectionId;
    final String description;
    final boolean ipmi;
    final int vlanId;
    final String vlanName;
    String adminStatus = "up";
    String operStatus = "up";

    SwitchPort(long id, long switchId, String switchName, long connectionId, String description, boolean ipmi,
        int vlanId, String vlanName) {
      this.id = id;
      this.switchId = switchId;
      this.switchName = switchName;
      this.connectionId = connectionId;
      this.description = description;
      this.ipmi = ipmi;
      this.vlanId = vlanId;
      this.vlanName = vlanName;
    }
  }

  /** An address assigned to the server, as the {@code ip} array shows it. */
  record Ip(long id, String name, String family, String gateway, String network, String domain, long poolId) {}

  /** How the real panel happens to spell this server's PDU and flags; clients must accept every form. */
  enum PduStyle { ARRAY, EMPTY, OBJECT }

  final long id;
  final String name;
  String domain;
  final String barcode;
  final String uuid;
  final String serialNumber;
  final Location location;
  final Rack rack;
  final int unit;
  final Platform platform;
  final Hardware hardware;
  String configuration;
  String generatedConfiguration;
  boolean customConfiguration;
  String diagError;
  boolean hasErrors;
  String state = "ok";
  String stateInfo;
  String exploitationStatus = "in_exploitation";
  String warehouseStatus = "in_rack";
  boolean isNew;
  boolean maintenance;
  String mac;
  String powerStatus = "on";
  boolean efi;
  String note = "";
  String userNote = "";
  final List<Ip> ips = new ArrayList<>();
  Long ownerId;
  Operation operation;
  OsTemplate osTemplate;
  final List<SwitchPort> ports = new ArrayList<>();
  Pdu pdu;
  PduStyle pduStyle = PduStyle.ARRAY;
  /** The real list shows {@code is_ipmi_connection} and {@code do_not_collect_traffic} as 0/1, the docs as bool. */
  boolean flagsAsBool;

  Server(long id, String name, String uuid, String serialNumber, Location location, Rack rack, int unit,
      Platform platform, Hardware hardware) {
    this.id = id;
    this.name = name;
    this.barcode = name;
    this.domain = name + ".example.net";
    this.uuid = uuid;
    this.serialNumber = serialNumber;
    this.location = location;
    this.rack = rack;
    this.unit = unit;
    this.platform = platform;
    this.hardware = hardware;
  }

  Ip mainIpv4() {
    for (Ip ip : ips) {
      if (ip.family().equals("ipv4")) {
        return ip;
      }
    }
    return null;
  }

  Ip mainIpv6() {
    for (Ip ip : ips) {
      if (ip.family().equals("ipv6")) {
        return ip;
      }
    }
    return null;
  }

  boolean operationRunning() {
    return operation != null && !operation.finished();
  }
}

package dev.ispkit.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A DCImanager server as the simulator holds it at the moment it was read: what {@code GET /dci/v3/server/{id}}
 * answers, in plain values, with the panel's own words ({@code power_status} {@code "on"}, {@code exploitation_status}
 * {@code "in_exploitation"}...). Read it again after {@link PanelSimulator#advance} to see what changed.
 *
 * <pre>{@code
 * ServerSnapshot server = sim.server(12);
 * assertThat(server.owner()).isEmpty();
 * assertThat(server.operation()).get().extracting(OperationSnapshot::status).isEqualTo("ok");
 * assertThat(server.switchPorts()).extracting(ServerSnapshot.SwitchPort::adminStatus).containsOnly("up");
 * }</pre>
 *
 * @param id the server id
 * @param name the server's name
 * @param domain its domain name
 * @param location the location (data center) it stands in
 * @param configuration the configuration name diagnostics gave it; empty for a new server
 * @param customConfiguration whether the configuration was set by hand ({@code is_custom_configuration})
 * @param isNew whether it was never diagnosed ({@code is_new})
 * @param exploitationStatus {@code in_exploitation} or {@code not_in_exploitation}
 * @param maintenanceMode whether it is in maintenance ({@code maintenance_mode})
 * @param hasErrors whether the panel flags an error on it ({@code has_errors})
 * @param diagError what the last diagnostics reported, else empty
 * @param state the panel's state word, {@code ok} or {@code error}
 * @param stateInfo the panel's note on an error state, else empty
 * @param powerStatus {@code on}, {@code off} or {@code unknown}
 * @param mac the MAC address of its main interface, else empty
 * @param owner the user it belongs to, else empty (free)
 * @param operation its last or running operation, else empty
 * @param osTemplate the OS it has installed, else empty
 * @param ips its addresses, in the order the panel lists them
 * @param switchPorts the switch ports it is cabled to, in the order the panel lists them
 * @param pduConnections the PDU outlets it is plugged in (none when the panel shows none)
 * @param hardware what diagnostics found ({@code hardware_info})
 */
public record ServerSnapshot(long id, String name, String domain, Location location, String configuration,
    boolean customConfiguration, boolean isNew, String exploitationStatus, boolean maintenanceMode,
    boolean hasErrors, Optional<String> diagError, String state, Optional<String> stateInfo, String powerStatus,
    Optional<String> mac, Optional<Owner> owner, Optional<OperationSnapshot> operation,
    Optional<OsTemplate> osTemplate, List<Ip> ips, List<SwitchPort> switchPorts,
    List<PduConnection> pduConnections, Hardware hardware) {

  /** Keeps its own copies of the lists. */
  public ServerSnapshot {
    ips = List.copyOf(ips);
    switchPorts = List.copyOf(switchPorts);
    pduConnections = List.copyOf(pduConnections);
  }

  /** The main IPv4 address ({@code main_ipv4_info.name}): the first IPv4 of {@link #ips()}, else empty. */
  public Optional<String> mainIpv4() {
    return ips.stream().filter(ip -> ip.family().equals("ipv4")).map(Ip::address).findFirst();
  }

  /**
   * A location (data center).
   *
   * @param id the location id
   * @param name its name
   */
  public record Location(long id, String name) {}

  /**
   * The user a server belongs to.
   *
   * @param id the user id
   * @param email the user's e-mail
   */
  public record Owner(long id, String email) {}

  /**
   * An installed OS template.
   *
   * @param id the template id
   * @param name its name
   */
  public record OsTemplate(long id, String name) {}

  /**
   * An address assigned to a server.
   *
   * @param id the address's id (what {@code DELETE /dci/v3/server/{id}/ip/{ip id}} takes)
   * @param address the address itself, e.g. {@code 198.51.100.7}
   * @param family {@code ipv4} or {@code ipv6}
   */
  public record Ip(long id, String address, String family) {}

  /**
   * A switch port a server is cabled to.
   *
   * @param id the port id (what {@code POST /dci/v3/switch/{switch id}/port/{port id}} takes)
   * @param switchId the switch's id
   * @param ipmi whether it is the IPMI connection ({@code is_ipmi_connection}, sent as a boolean or 0/1)
   * @param adminStatus {@code up} or {@code down}
   */
  public record SwitchPort(long id, long switchId, boolean ipmi, String adminStatus) {}

  /**
   * A PDU outlet a server is plugged in.
   *
   * @param pduId the PDU's id
   * @param identity the outlet's name on the PDU
   */
  public record PduConnection(long pduId, String identity) {}

  /**
   * What diagnostics found.
   *
   * @param motherboard the motherboard model
   * @param cpuModel the CPU model
   * @param sockets how many CPUs
   * @param cores cores per CPU
   * @param ramGb memory in GB
   * @param disks each disk as size and type, e.g. {@code 960SSD}
   * @param nicSpeedMbit the speed of the main interface
   */
  public record Hardware(String motherboard, String cpuModel, int sockets, int cores, int ramGb, List<String> disks,
      int nicSpeedMbit) {
    /** Keeps its own copy of the disks. */
    public Hardware {
      disks = List.copyOf(disks);
    }
  }

  static ServerSnapshot of(Server s, Users users, Instant now) {
    User owner = s.ownerId == null ? null : users.byId(s.ownerId);
    Server.Hardware hw = s.hardware;
    boolean pdu = s.pdu != null && s.pduStyle != Server.PduStyle.EMPTY;
    return new ServerSnapshot(s.id, s.name, s.domain, new Location(s.location.id(), s.location.name()),
        s.configuration, s.customConfiguration, s.isNew, s.exploitationStatus, s.maintenance, s.hasErrors,
        Optional.ofNullable(s.diagError), s.state, Optional.ofNullable(s.stateInfo), s.powerStatus,
        Optional.ofNullable(s.mac), Optional.ofNullable(owner).map(u -> new Owner(u.id, u.email)),
        Optional.ofNullable(s.operation).map(op -> OperationSnapshot.of(op, now)),
        Optional.ofNullable(s.osTemplate).map(t -> new OsTemplate(t.id(), t.name())),
        s.ips.stream().map(ip -> new Ip(ip.id(), ip.name(), ip.family())).toList(),
        s.ports.stream().map(p -> new SwitchPort(p.id, p.switchId, p.ipmi, p.adminStatus)).toList(),
        pdu ? List.of(new PduConnection(s.pdu.pduId(), s.pdu.identity())) : List.of(),
        new Hardware(hw.board(), hw.cpuModel(), hw.sockets(), hw.cores(), hw.ramGb(), hw.disks(), hw.nicSpeedMbit()));
  }
}

package dev.ispkit.vm6;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A virtual machine ("host" in VMmanager's API) as the full list form {@code GET /vm/v3/host?where=(id EQ 'n')}
 * returns it: with its addresses, cluster, node, owner and disk, which {@code GET /vm/v3/host/{id}} leaves out.
 *
 * <p>The fields follow VMmanager's host list item as typed wrappers of its API declare them (about 70 top-level
 * fields); a field missing from an answer reads as empty, {@code false} or an empty list, and a field this class
 * does not map is kept in {@link #otherFields()}.
 *
 * <pre>{@code
 * Vm vm = vm6.vms().get(vmId);
 * String mainIp = vm.ip4().get(0).ip();
 * boolean running = vm.state() == VmState.ACTIVE;
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableVm.class)
public abstract class Vm {
  Vm() {}

  /** The VM's id, the service's external id in a billing application. */
  public abstract long id();

  /** The VM's name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** The VM's domain (host name). */
  public abstract Optional<String> domain();

  /** The comment on the VM. */
  public abstract Optional<String> comment();

  /** The panel's word for the VM's state, as given. */
  @JsonProperty("state")
  public abstract Optional<String> rawState();

  /** The VM's state; {@link VmState#UNKNOWN} when the panel's word is unknown or missing. */
  public VmState state() {
    return VmState.of(rawState().orElse(null));
  }

  /** Which partition grows with the disk. */
  @JsonProperty("expand_part")
  public abstract Optional<String> expandPart();

  /** The VM's IPv4 addresses. */
  public abstract List<Address> ip4();

  /** The VM's IPv6 addresses. */
  public abstract List<Address> ip6();

  /** The VM's network interfaces. */
  public abstract List<NetworkInterface> interfaces();

  /** The node the VM runs on. */
  public abstract Optional<NodePlacement> node();

  /** The cluster the VM belongs to. */
  public abstract Optional<Ref> cluster();

  /** The VMmanager account that owns the VM. */
  public abstract Optional<Owner> account();

  /** The OS template the VM was installed from. */
  public abstract Optional<Ref> os();

  /** The VM's main disk. */
  public abstract Optional<Disk> disk();

  /** How many disks the VM has. */
  @JsonProperty("disk_count")
  public abstract OptionalInt diskCount();

  /** Virtual CPUs. */
  @JsonProperty("cpu_number")
  public abstract OptionalInt cpuNumber();

  /** Virtual CPUs after a deferred change is applied. */
  @JsonProperty("cpu_number_new")
  public abstract OptionalInt cpuNumberNew();

  /** RAM in MiB. */
  @JsonProperty("ram_mib")
  public abstract OptionalLong ramMib();

  /** RAM in MiB after a deferred change is applied. */
  @JsonProperty("ram_mib_new")
  public abstract OptionalLong ramMibNew();

  /** Whether the VM boots with EFI. */
  @Value.Default
  @JsonProperty("efi_boot")
  public boolean efiBoot() {
    return false;
  }

  /** Whether CPUs and RAM can be added while it runs. */
  @Value.Default
  @JsonProperty("hot_plug")
  public boolean hotPlug() {
    return false;
  }

  /** Whether resources can change without a restart. */
  @Value.Default
  @JsonProperty("live_resize")
  public boolean liveResize() {
    return false;
  }

  /** How many hot RAM increases were made (VMmanager allows a limited number). */
  @JsonProperty("hot_plug_cell_counter")
  public abstract OptionalInt hotPlugCellCounter();

  /** The bandwidth limit in Mbit/s. */
  @JsonProperty("net_bandwidth_mbitps")
  public abstract OptionalInt netBandwidthMbitps();

  /** Whether a bandwidth change waits to be applied. */
  @Value.Default
  @JsonProperty("net_bandwidth_mbitps_changed")
  public boolean netBandwidthMbitpsChanged() {
    return false;
  }

  /** How addresses are configured in the guest, as the panel words it. */
  @JsonProperty("ip_automation")
  public abstract Optional<String> ipAutomation();

  /** The panel's one-line summary of the addresses. */
  @JsonProperty("ip_summary")
  public abstract Optional<String> ipSummary();

  /** Whether the guest's network settings match the panel's. */
  @Value.Default
  @JsonProperty("net_is_synced")
  public boolean netIsSynced() {
    return false;
  }

  /** The OS name, for example {@code Ubuntu 22.04}. */
  @JsonProperty("os_name")
  public abstract Optional<String> osName();

  /** The OS family group. */
  @JsonProperty("os_group")
  public abstract Optional<String> osGroup();

  /** Seconds since the VM started. */
  public abstract OptionalLong uptime();

  /** Whether the VM is booted into rescue mode. */
  @Value.Default
  @JsonProperty("rescue_mode")
  public boolean rescueMode() {
    return false;
  }

  /** Whether an ISO image is mounted. */
  @Value.Default
  @JsonProperty("iso_mounted")
  public boolean isoMounted() {
    return false;
  }

  /** Whether the VM restarts to boot the mounted ISO. */
  @Value.Default
  @JsonProperty("iso_reboot")
  public boolean isoReboot() {
    return false;
  }

  /** The state of the ISO mount. */
  @JsonProperty("iso_status")
  public abstract Optional<String> isoStatus();

  /** The CPU emulation mode. */
  @JsonProperty("cpu_mode")
  public abstract Optional<String> cpuMode();

  /** Whether nested virtualization is on. */
  @Value.Default
  public boolean nesting() {
    return false;
  }

  /** The custom CPU model, when the CPU mode is custom. */
  @JsonProperty("cpu_custom_model")
  public abstract Optional<String> cpuCustomModel();

  /** The CPU weight among the node's VMs. */
  @JsonProperty("cpu_weight")
  public abstract OptionalInt cpuWeight();

  /** The disk I/O weight. */
  @JsonProperty("io_weight")
  public abstract OptionalInt ioWeight();

  /** The disk read limit in Mbit/s. */
  @JsonProperty("io_read_mbitps")
  public abstract OptionalInt ioReadMbitps();

  /** The disk write limit in Mbit/s. */
  @JsonProperty("io_write_mbitps")
  public abstract OptionalInt ioWriteMbitps();

  /** The disk read limit in operations per second. */
  @JsonProperty("io_read_iops")
  public abstract OptionalInt ioReadIops();

  /** The disk write limit in operations per second. */
  @JsonProperty("io_write_iops")
  public abstract OptionalInt ioWriteIops();

  /** The inbound traffic limit in Mbit/s. */
  @JsonProperty("net_in_mbitps")
  public abstract OptionalInt netInMbitps();

  /** The outbound traffic limit in Mbit/s. */
  @JsonProperty("net_out_mbitps")
  public abstract OptionalInt netOutMbitps();

  /** The network weight. */
  @JsonProperty("net_weight")
  public abstract OptionalInt netWeight();

  /** Whether address spoofing protection is on. */
  @Value.Default
  @JsonProperty("anti_spoofing")
  public boolean antiSpoofing() {
    return false;
  }

  /** The spoofing protection switches, by name (for example {@code vlan}). */
  @JsonProperty("anti_spoofing_settings")
  public abstract Map<String, Boolean> antiSpoofingSettings();

  /** Whether the VM is disabled by the administrator. */
  @Value.Default
  public boolean disabled() {
    return false;
  }

  /** The limit of inbound TCP connections. */
  @JsonProperty("tcp_connections_in")
  public abstract OptionalInt tcpConnectionsIn();

  /** The limit of outbound TCP connections. */
  @JsonProperty("tcp_connections_out")
  public abstract OptionalInt tcpConnectionsOut();

  /** The limit of processes (LXD). */
  @JsonProperty("process_number")
  public abstract OptionalInt processNumber();

  /** The VxLAN the VM is in, when any. */
  public abstract Optional<Vxlan> vxlan();

  /** The VM's firewall rules (VMmanager only supports {@code drop}). */
  @JsonProperty("firewall_rules")
  public abstract List<FirewallRule> firewallRules();

  /** Whether the VM has an interface without a name. */
  @Value.Default
  @JsonProperty("has_noname_iface")
  public boolean hasNonameIface() {
    return false;
  }

  /** Whether the VM is protected from deletion. */
  @Value.Default
  @JsonProperty("is_protected")
  public boolean isProtected() {
    return false;
  }

  /** Whether extended protection is on. */
  @Value.Default
  @JsonProperty("extended_protection")
  public boolean extendedProtection() {
    return false;
  }

  /** For a VM moved from VMmanager 5: which features are restricted, by name. */
  @JsonProperty("vm5_restrictions")
  public abstract Map<String, Boolean> vm5Restrictions();

  /** Whether SPICE access is on. */
  @Value.Default
  @JsonProperty("spice_enabled")
  public boolean spiceEnabled() {
    return false;
  }

  /** Whether additional SPICE features are on. */
  @Value.Default
  @JsonProperty("spice_additional_enabled")
  public boolean spiceAdditionalEnabled() {
    return false;
  }

  /** How many snapshots the VM has. */
  @JsonProperty("snapshot_count")
  public abstract OptionalInt snapshotCount();

  /** How many snapshots it may have. */
  @JsonProperty("snapshot_limit")
  public abstract OptionalInt snapshotLimit();

  /** Whether snapshots include RAM. */
  @Value.Default
  @JsonProperty("snapshot_ram")
  public boolean snapshotRam() {
    return false;
  }

  /** The id of the current snapshot. */
  @JsonProperty("snapshot_curr")
  public abstract OptionalLong snapshotCurr();

  /** Whether snapshots are allowed. */
  @Value.Default
  @JsonProperty("snapshots_allowed")
  public boolean snapshotsAllowed() {
    return false;
  }

  /** How the balancer may move the VM. */
  @JsonProperty("balancer_mode")
  public abstract Optional<String> balancerMode();

  /** The image the VM is a linked clone of, when it is one. */
  @JsonProperty("linked_clone_image")
  public abstract Optional<Ref> linkedCloneImage();

  /** When monitoring was installed, as the panel writes it. */
  @JsonProperty("mon_install_date")
  public abstract Optional<String> monInstallDate();

  /** When the VM was created, as the panel writes it. */
  @JsonProperty("create_date")
  public abstract Optional<String> createDate();

  /** Every field of the panel's answer this class does not map (for example {@code tags}), as JSON. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /** An address of the VM: {@code {"ip":"203.0.113.10","interface":"..."}}. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableAddress.class)
  public abstract static class Address {
    Address() {}

    /** The address. */
    public abstract String ip();

    /** The interface it is on. */
    @JsonProperty("interface")
    public abstract Optional<String> interfaceName();
  }

  /** A network interface of the VM. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableNetworkInterface.class)
  public abstract static class NetworkInterface {
    NetworkInterface() {}

    /** The interface's name on the node. */
    @JsonProperty("host_interface")
    public abstract Optional<String> hostInterface();

    /** The MAC address. */
    public abstract Optional<String> mac();

    /** The index of the cluster's network interface it is bridged to (0 is the main one). */
    @JsonProperty("node_interface")
    public abstract OptionalInt nodeInterface();

    /** Whether the guest gets its address by DHCP. */
    @Value.Default
    public boolean dhcp() {
      return false;
    }
  }

  /** The node a VM runs on. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableNodePlacement.class)
  public abstract static class NodePlacement {
    NodePlacement() {}

    /** The node's id. */
    public abstract long id();

    /** The node's name. */
    public abstract Optional<String> name();

    /** The node's address. */
    @JsonProperty("ip_addr")
    public abstract Optional<String> ipAddr();

    /** Whether VMs can move off it while running. */
    @Value.Default
    @JsonProperty("live_migration_allowed")
    public boolean liveMigrationAllowed() {
      return false;
    }

    /** Whether the node is in maintenance. */
    @Value.Default
    @JsonProperty("maintenance_mode")
    public boolean maintenanceMode() {
      return false;
    }

    /** Whether RAM can be added to its VMs while they run. */
    @Value.Default
    @JsonProperty("hot_plug_memory")
    public boolean hotPlugMemory() {
      return false;
    }
  }

  /** The account that owns a VM: {@code {"id":7,"email":"client@example.com"}}. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableOwner.class)
  public abstract static class Owner {
    Owner() {}

    /** The account's id. */
    public abstract long id();

    /** The account's email. */
    public abstract Optional<String> email();
  }

  /** A VM's main disk. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableDisk.class)
  public abstract static class Disk {
    Disk() {}

    /** The disk's id, what {@link Vms#resizeDisk(long, long, boolean)} takes. */
    public abstract long id();

    /** The size in MiB. */
    @JsonProperty("disk_mib")
    public abstract OptionalLong diskMib();

    /** The size in MiB after a deferred change is applied. */
    @JsonProperty("disk_mib_new")
    public abstract OptionalLong diskMibNew();
  }

  /** The VxLAN a VM is in. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableVxlan.class)
  public abstract static class Vxlan {
    Vxlan() {}

    /** The VxLAN's id (0 for none). */
    public abstract long id();

    /** Its name. */
    public abstract Optional<String> name();

    /** Its tag. */
    public abstract OptionalLong tag();
  }

  /** A firewall rule: {@code {"action":"drop","direction":"in","protocols":["tcp"],"portstart":25,"portend":25}}. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableFirewallRule.class)
  public abstract static class FirewallRule {
    FirewallRule() {}

    /** What the rule does ({@code drop}). */
    public abstract Optional<String> action();

    /** {@code in} or {@code out}. */
    public abstract Optional<String> direction();

    /** The protocols it covers. */
    public abstract List<String> protocols();

    /** The first port. */
    @JsonProperty("portstart")
    public abstract OptionalInt portStart();

    /** The last port. */
    @JsonProperty("portend")
    public abstract OptionalInt portEnd();
  }
}

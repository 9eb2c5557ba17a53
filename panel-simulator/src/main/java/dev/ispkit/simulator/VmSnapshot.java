package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A VMmanager VM (host) as the simulator holds it at the moment it was read: the fields of the full
 * {@code GET /vm/v3/host} list item a test asserts on, in plain values, with the panel's own words.
 *
 * <pre>{@code
 * sim.advance(Duration.ofMinutes(5));
 * VmSnapshot vm = sim.vm(vmId);
 * assertThat(vm.state()).isEqualTo("active");
 * assertThat(vm.ipv4()).hasSize(2);
 * }</pre>
 *
 * @param id the VM id
 * @param name its name
 * @param domain its domain name
 * @param comment the comment it was given, or an empty string
 * @param state {@code creating}, {@code active}, {@code stopped} or {@code deleting}
 * @param clusterId the cluster it runs in
 * @param nodeId the node it runs on
 * @param account the account that owns it
 * @param os the OS image installed, else empty
 * @param ipv4 its IPv4 addresses, in the panel's order
 * @param ipv6 its IPv6 addresses, in the panel's order
 * @param cpuNumber virtual CPUs
 * @param ramMib memory in MiB
 * @param diskMib the main disk's size in MiB
 */
public record VmSnapshot(long id, String name, String domain, String comment, String state, long clusterId,
    long nodeId, Account account, Optional<Os> os, List<String> ipv4, List<String> ipv6, int cpuNumber, int ramMib,
    long diskMib) {

  /** Keeps its own copies of the address lists. */
  public VmSnapshot {
    ipv4 = List.copyOf(ipv4);
    ipv6 = List.copyOf(ipv6);
  }

  /**
   * The account a VM belongs to.
   *
   * @param id the account (user) id
   * @param email its e-mail
   */
  public record Account(long id, String email) {}

  /**
   * An OS image.
   *
   * @param id the image id
   * @param name its name
   */
  public record Os(long id, String name) {}

  static VmSnapshot of(JsonNode host) {
    JsonNode os = host.path("os");
    return new VmSnapshot(host.path("id").asLong(), host.path("name").asText(), host.path("domain").asText(),
        host.path("comment").asText(), host.path("state").asText(), host.path("cluster").path("id").asLong(),
        host.path("node").path("id").asLong(),
        new Account(host.path("account").path("id").asLong(), host.path("account").path("email").asText()),
        os.isObject() ? Optional.of(new Os(os.path("id").asLong(), os.path("name").asText())) : Optional.empty(),
        addresses(host.path("ip4")), addresses(host.path("ip6")), host.path("cpu_number").asInt(),
        host.path("ram_mib").asInt(), host.path("disk").path("disk_mib").asLong());
  }

  private static List<String> addresses(JsonNode list) {
    List<String> addresses = new ArrayList<>();
    list.forEach(ip -> addresses.add(ip.path("ip").asText()));
    return addresses;
  }
}

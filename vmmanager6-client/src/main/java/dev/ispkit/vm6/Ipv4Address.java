package dev.ispkit.vm6;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * An IPv4 address of a virtual machine as {@code GET /vm/v3/host/{id}/ipv4} lists it: with its id (what removing
 * it or setting its PTR record takes), gateway and mask, which the VM's own {@link Vm#ip4()} leaves out.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableIpv4Address.class)
public abstract class Ipv4Address {
  Ipv4Address() {}

  /** The address's id in VMmanager. */
  public abstract long id();

  /** The address, for example {@code 203.0.113.10}. */
  @JsonProperty("ip_addr")
  public abstract String ipAddr();

  /** The PTR domain set for it. */
  public abstract Optional<String> domain();

  /** The gateway. */
  public abstract Optional<String> gateway();

  /** The network mask, for example {@code 255.255.255.0}. */
  public abstract Optional<String> mask();

  /** The address's state, as the panel words it. */
  public abstract Optional<String> state();

  /** The address family (4). */
  public abstract OptionalInt family();

  /** The pool it was taken from. */
  @JsonProperty("ippool")
  public abstract OptionalLong ipPool();

  /** The network it belongs to. */
  public abstract OptionalLong network();

  /** The VM it is assigned to. */
  public abstract Optional<Ref> host();

  /** The index of the cluster's network interface it is on (0 is the main one). */
  @JsonProperty("cluster_interface")
  public abstract OptionalInt clusterInterface();

  /** Every field of the panel's answer this class does not map, as JSON. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}

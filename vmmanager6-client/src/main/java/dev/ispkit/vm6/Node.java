package dev.ispkit.vm6;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A VMmanager 6 node: one physical server of a cluster. VMmanager picks the node for a new virtual machine; a
 * billing application reads nodes to tell whether a cluster still takes new machines.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableNode.class)
public abstract class Node {
  Node() {}

  /** The node's id. */
  public abstract long id();

  /** The node's name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** The cluster the node belongs to. */
  public abstract Optional<Ref> cluster();

  /** The node's state, as the panel words it. */
  public abstract Optional<String> state();

  /** How many virtual machines run on it. */
  @JsonProperty("host_count")
  public abstract OptionalInt hostCount();

  /** The most virtual machines it may hold, when limited. */
  @JsonProperty("host_limit")
  public abstract OptionalInt hostLimit();

  /** Whether the administrator blocked new virtual machines on it; false when the panel leaves it out. */
  @Value.Default
  @JsonProperty("host_creation_blocked")
  public boolean hostCreationBlocked() {
    return false;
  }

  /** The administrator's comment. */
  public abstract Optional<String> comment();

  /** Every field of the panel's answer this class does not map (addresses, resources, interfaces, ...), as JSON. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}

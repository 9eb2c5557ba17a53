package dev.ispkit.vm6;

import dev.ispkit.client.core.transport.Require;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A network interface to give a new virtual machine: one entry of the panel's {@code custom_interfaces}. This is
 * how BILLmanager's "Additional network interface" option is met: the main interface plus a second one on the
 * cluster's additional network, each with addresses from its own pool.
 *
 * <p>The field names are seen in a public client of VMmanager 6 (aiovmmanager's README); which exact body
 * BILLmanager sends for its option is not public, so this mapping is ispkit's inference.
 *
 * <pre>{@code
 * NewVm.builder()...
 *     .addCustomInterfaces(CustomInterface.builder().mainNetwork(true).ipPoolId(3).build())
 *     .addCustomInterfaces(CustomInterface.builder().mainNetwork(false).ipPoolId(11).build())
 * }</pre>
 */
@Value.Immutable
public abstract class CustomInterface {
  CustomInterface() {}

  /** A builder; {@link Builder#mainNetwork(boolean)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether this is the interface on the cluster's main network. */
  public abstract boolean mainNetwork();

  /** How many addresses it gets; default 1. */
  @Value.Default
  public int ipCount() {
    return 1;
  }

  /** The pool its addresses come from; the panel's choice when empty. */
  public abstract OptionalLong ipPoolId();

  /** The bridge it is attached to; the panel's choice when empty. */
  public abstract OptionalLong bridgeId();

  /** The virtual NIC model, for example {@code virtio}; the panel's default when empty. */
  public abstract Optional<String> model();

  @Value.Check
  void check() {
    Require.notNegative("ipCount", ipCount());
    ipPoolId().ifPresent(id -> Require.id("ipPoolId", id));
    bridgeId().ifPresent(id -> Require.id("bridgeId", id));
    model().ifPresent(model -> Require.notBlank("model", model));
  }

  Map<String, Object> toBody() {
    return new JsonBody()
        .put("model", model())
        .put("is_main_network", mainNetwork())
        .put("bridge_id", bridgeId())
        .put("ip_count", ipCount())
        .put("ippool", ipPoolId())
        .toMap();
  }

  /** Builds a {@link CustomInterface}. */
  public static final class Builder extends ImmutableCustomInterface.Builder {
    Builder() {}
  }
}

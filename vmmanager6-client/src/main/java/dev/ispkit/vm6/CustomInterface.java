package dev.ispkit.vm6;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.transport.Require;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A network interface to give a new virtual machine: one entry of the panel's {@code custom_interfaces}. This is
 * how BILLmanager's "Additional network interface" option is met: the VM's main interface, then one on the
 * cluster's additional network, each on its own bridge and with addresses from its own pool.
 *
 * <p>The shape is the one ISPsystem's own scripts send ({@code {"mac", "bridge", "ip_name", "ip_count"}}, or {@code
 * "ippool"} in place of {@code "ip_name"}); VMmanager 6's Terraform provider sends the same fields, with {@code
 * bridge} as a bridge name ({@code vmbr0} by default). What is inferred, see {@code docs/panel-contract.md}: that the
 * entries are the VM's interfaces in order, the first one its main interface, and that an entry without a bridge
 * takes the cluster's default; which bridge carries the additional network is the processing module's setting, so
 * the caller names it. BILLmanager's own body for its option is not public.
 *
 * <p>An entry takes its addresses either from a pool ({@link #ipPoolId()}, {@link #ipCount()} of them) or as one
 * given address ({@link #ipAddress()}), never both; with neither, the panel picks from the cluster's pools.
 *
 * <pre>{@code
 * NewVm.builder()...
 *     .addCustomInterfaces(CustomInterface.builder().ipPoolId(publicPool).build())
 *     .addCustomInterfaces(CustomInterface.builder().bridge(module.additionalBridge()).ipPoolId(privatePool).build())
 * }</pre>
 */
@Value.Immutable
public abstract class CustomInterface {
  private static final Pattern MAC = Pattern.compile("(?i)[0-9a-f]{2}(:[0-9a-f]{2}){5}");
  private static final Pattern ADDRESS = Pattern.compile("(?i)[0-9a-f.:]+");
  private static final Pattern BRIDGE = Pattern.compile("[^\\s/]+");

  CustomInterface() {}

  /** A builder; every field is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** The node's bridge the interface is attached to, by name (for example {@code vmbr1}); the default when empty. */
  public abstract Optional<String> bridge();

  /** The interface's MAC address ({@code 52:54:00:12:34:56}); the panel makes one when empty. */
  public abstract Optional<String> mac();

  /** The pool its addresses come from; the panel's choice when empty. */
  public abstract OptionalLong ipPoolId();

  /** One given address for the interface, sent as {@code ip_name}; instead of a pool. */
  public abstract Optional<String> ipAddress();

  /** How many addresses it gets; default 1, and exactly 1 with {@link #ipAddress()}. */
  @Value.Default
  public int ipCount() {
    return 1;
  }

  @Value.Check
  void check() {
    Require.notNegative("ipCount", ipCount());
    bridge().ifPresent(bridge -> matches("bridge", bridge, BRIDGE, "must be a bridge name, without spaces or /"));
    mac().ifPresent(mac -> matches("mac", mac, MAC, "must be six hex pairs joined by colons"));
    ipPoolId().ifPresent(id -> Require.id("ipPoolId", id));
    ipAddress().ifPresent(address -> {
      matches("ipAddress", address, ADDRESS, "must be an IP address");
      if (ipPoolId().isPresent()) {
        throw new InvalidInputException("ipAddress", address, "is given instead of ipPoolId, not with it");
      }
      if (ipCount() != 1) {
        throw new InvalidInputException("ipCount", ipCount(), "must be 1 with a given ipAddress");
      }
    });
  }

  private static void matches(String field, String value, Pattern pattern, String reason) {
    if (!pattern.matcher(value).matches()) {
      throw new InvalidInputException(field, value, reason);
    }
  }

  Map<String, Object> toBody() {
    return new JsonBody()
        .put("mac", mac())
        .put("bridge", bridge())
        .put("ip_name", ipAddress())
        .put("ippool", ipPoolId())
        .put("ip_count", ipCount())
        .toMap();
  }

  /** Builds a {@link CustomInterface}. */
  public static final class Builder extends ImmutableCustomInterface.Builder {
    Builder() {}
  }
}

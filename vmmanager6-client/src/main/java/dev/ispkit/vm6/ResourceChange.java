package dev.ispkit.vm6;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.transport.Require;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * New CPU, RAM or bandwidth for a virtual machine ({@code POST /vm/v3/host/{id}/resource}); what is left empty
 * stays as it is. Disks are resized separately ({@link Vms#resizeDisk}).
 *
 * <p>VMmanager can add CPUs and RAM to a running machine only within limits (RAM in 1024 MiB steps, at most 16
 * times); {@link #deferUntilStop()} applies the change at the machine's next stop instead, which is what
 * ISPsystem's own billing module does for a running machine.
 *
 * <pre>{@code
 * vm6.vms().changeResources(vmId, ResourceChange.builder().cpuNumber(4).ramMib(8192).deferUntilStop(true).build());
 * }</pre>
 */
@Value.Immutable
public abstract class ResourceChange {
  ResourceChange() {}

  /** A builder; at least one resource must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The new number of virtual CPUs. */
  public abstract OptionalInt cpuNumber();

  /** The new RAM in MiB. */
  public abstract OptionalLong ramMib();

  /** The new bandwidth limit in Mbit/s. */
  public abstract OptionalInt netBandwidthMbitps();

  /** Whether to apply the change at the VM's next stop ({@code defer: {action: host_stop}}); default no. */
  @Value.Default
  public boolean deferUntilStop() {
    return false;
  }

  @Value.Check
  void check() {
    if (cpuNumber().isEmpty() && ramMib().isEmpty() && netBandwidthMbitps().isEmpty()) {
      throw new InvalidInputException("resources", null,
          "must change at least one of cpuNumber, ramMib, netBandwidthMbitps");
    }
    cpuNumber().ifPresent(cpus -> Require.positive("cpuNumber", cpus));
    ramMib().ifPresent(ram -> Require.positive("ramMib", ram));
    netBandwidthMbitps().ifPresent(limit -> Require.positive("netBandwidthMbitps", limit));
  }

  Map<String, Object> toBody() {
    JsonBody body = new JsonBody()
        .put("cpu_number", cpuNumber())
        .put("ram_mib", ramMib())
        .put("net_bandwidth_mbitps", netBandwidthMbitps());
    if (deferUntilStop()) {
      body.put("defer", Map.of("action", TaskRef.HOST_STOP));
    }
    return body.toMap();
  }

  /** Builds a {@link ResourceChange}. */
  public static final class Builder extends ImmutableResourceChange.Builder {
    Builder() {}
  }
}

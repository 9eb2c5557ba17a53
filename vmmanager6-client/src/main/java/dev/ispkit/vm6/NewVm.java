package dev.ispkit.vm6;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.transport.Require;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A virtual machine to create ({@code POST /vm/v3/host}): where, for whom, from which OS, with how much of what.
 *
 * <p>Checked when built: ids must be positive, CPUs, RAM and disk at least 1, the password not blank; {@code
 * toString()} never shows the password.
 *
 * <pre>{@code
 * NewVm order = NewVm.builder()
 *     .name("vps-10482").clusterId(1).accountId(account).osId(25)
 *     .cpuNumber(2).ramMib(2048).hddMib(20480)
 *     .password(rootPassword)
 *     .addRecipes(RecipeRun.of(5))
 *     .comment("order 10482")
 *     .build();
 * VmInstallation created = vm6.vms().create(order);
 * }</pre>
 */
@Value.Immutable
public abstract class NewVm {
  NewVm() {}

  /** A builder; name, cluster, account, OS, CPUs, RAM, disk and password are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The VM's name. */
  public abstract String name();

  /** The cluster to create it on (the processing module's cluster). */
  public abstract long clusterId();

  /** The account that will own it. */
  public abstract long accountId();

  /** The OS template to install. */
  public abstract long osId();

  /** Virtual CPUs, at least 1. */
  public abstract int cpuNumber();

  /** RAM in MiB, at least 1. */
  public abstract long ramMib();

  /** Disk in MiB, at least 1. */
  public abstract long hddMib();

  /** The root (administrator) password of the new OS. */
  @Value.Redacted
  public abstract String password();

  /**
   * How many IPv4 addresses it gets; default 1. With {@link #customInterfaces()} each interface says how many it
   * gets, and this is not sent (it must stay 1).
   */
  @Value.Default
  public int ipv4Number() {
    return 1;
  }

  /**
   * The pools to take the addresses from; VMmanager's lowest-id pool of the cluster when empty. With {@link
   * #customInterfaces()} each interface names its own pool, and this must stay empty.
   */
  public abstract List<Long> ipv4Pools();

  /** Whether it gets an IPv6 network; default no. */
  @Value.Default
  public boolean ipv6Enabled() {
    return false;
  }

  /** The IPv6 prefix length, when IPv6 is enabled (for example 64). */
  public abstract OptionalInt ipv6Prefix();

  /** The VM's domain (host name); sent in lower case. */
  public abstract Optional<String> domain();

  /** A comment shown in the panel, for example the billing order. */
  public abstract Optional<String> comment();

  /** The bandwidth limit in Mbit/s; the panel's default when empty. */
  public abstract OptionalInt netBandwidthMbitps();

  /** The node to create it on; VMmanager chooses when empty (the usual case). */
  public abstract OptionalLong nodeId();

  /** The recipes to run once the OS is installed (BILLmanager's "Use recipes"). */
  public abstract List<RecipeRun> recipes();

  /**
   * Every network interface of the VM, the main one first, when it has more than the default one (BILLmanager's
   * "Additional network interface"). Sent as {@code custom_interfaces} without {@code ipv4_number} and {@code
   * ipv4_pool}, as ISPsystem's own scripts send it: the interfaces carry the addresses (inferred, see {@link
   * CustomInterface}).
   */
  public abstract List<CustomInterface> customInterfaces();

  /** How VMmanager mails the owner about the VM (for example {@code default}); the panel's default when empty. */
  public abstract Optional<String> sendEmailMode();

  @Value.Check
  void check() {
    Require.notBlank("name", name());
    Require.id("clusterId", clusterId());
    Require.id("accountId", accountId());
    Require.id("osId", osId());
    Require.positive("cpuNumber", cpuNumber());
    Require.positive("ramMib", ramMib());
    Require.positive("hddMib", hddMib());
    Require.secret("password", password());
    Require.notNegative("ipv4Number", ipv4Number());
    Require.ids("ipv4Pools", ipv4Pools());
    if (!customInterfaces().isEmpty()) {
      if (!ipv4Pools().isEmpty()) {
        throw new InvalidInputException("ipv4Pools", ipv4Pools(),
            "must be empty with customInterfaces: each interface names its own pool");
      }
      if (ipv4Number() != 1) {
        throw new InvalidInputException("ipv4Number", ipv4Number(),
            "is not used with customInterfaces: each interface says how many addresses it gets");
      }
    }
    ipv6Prefix().ifPresent(prefix -> {
      if (!ipv6Enabled() || prefix < 1 || prefix > 128) {
        throw new InvalidInputException("ipv6Prefix", prefix, "must be 1 to 128, and only with ipv6Enabled");
      }
    });
    domain().ifPresent(domain -> Require.notBlank("domain", domain));
    netBandwidthMbitps().ifPresent(limit -> Require.positive("netBandwidthMbitps", limit));
    nodeId().ifPresent(id -> Require.id("nodeId", id));
    sendEmailMode().ifPresent(mode -> Require.notBlank("sendEmailMode", mode));
  }

  Map<String, Object> toBody() {
    return new JsonBody()
        .put("name", name().strip())
        .put("password", password())
        .put("cluster", clusterId())
        .put("os", osId())
        .put("cpu_number", cpuNumber())
        .put("ram_mib", ramMib())
        .put("hdd_mib", hddMib())
        .put("account", accountId())
        .put("ipv4_number", customInterfaces().isEmpty() ? Optional.of(ipv4Number()) : Optional.empty())
        .putNonEmpty("ipv4_pool", ipv4Pools())
        .put("ipv6_enabled", ipv6Enabled())
        .put("ipv6_prefix", ipv6Prefix())
        .put("domain", domain().map(domain -> domain.strip().toLowerCase(Locale.ROOT)))
        .put("comment", comment())
        .put("net_bandwidth_mbitps", netBandwidthMbitps())
        .put("node", nodeId())
        .putNonEmpty("recipe_list", recipes().stream().map(RecipeRun::toBody).toList())
        .putNonEmpty("custom_interfaces", customInterfaces().stream().map(CustomInterface::toBody).toList())
        .put("send_email_mode", sendEmailMode())
        .toMap();
  }

  /** Builds a {@link NewVm}. */
  public static final class Builder extends ImmutableNewVm.Builder {
    Builder() {}
  }
}

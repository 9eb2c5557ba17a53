package dev.ispkit.vm6;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * An operating system template a virtual machine can be created or reinstalled with.
 *
 * <p>BILLmanager keys the OS values of a tariff as {@code <repository>__<name>} (case-sensitive); {@link
 * #billingKey()} gives that key, so a billing application can match its own OS list to the panel's.
 *
 * <pre>{@code
 * List<OsTemplate> offered = vm6.osTemplates().stream(ListQuery.all())
 *     .filter(os -> os.availableOn(clusterId) && !os.adminOnly())
 *     .toList();
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOsTemplate.class)
public abstract class OsTemplate {
  OsTemplate() {}

  /** The template's id, what a create or reinstall call takes as {@code os}. */
  public abstract long id();

  /** The template's name, for example {@code Ubuntu 22.04}. */
  @Value.Default
  public String name() {
    return "";
  }

  /** The template's state, as the panel words it. */
  public abstract Optional<String> state();

  /** The OS family group, as the panel words it. */
  @JsonProperty("os_group")
  public abstract Optional<String> osGroup();

  /** The repository it comes from, for example {@code ISPsystem} or {@code local}. */
  public abstract Optional<String> repository();

  /** Whether only administrators may use it; false when the panel leaves it out. */
  @Value.Default
  @JsonProperty("adminonly")
  public boolean adminOnly() {
    return false;
  }

  /** Whether it is an LXD image (for LXD clusters); false when the panel leaves it out. */
  @Value.Default
  @JsonProperty("is_lxd_image")
  public boolean lxdImage() {
    return false;
  }

  /** Whether it boots with EFI; false when the panel leaves it out. */
  @Value.Default
  @JsonProperty("efi_boot")
  public boolean efiBoot() {
    return false;
  }

  /** The least RAM it needs, in MiB. */
  @JsonProperty("min_ram_mib")
  public abstract OptionalLong minRamMib();

  /** The least disk it needs, in MiB. */
  @JsonProperty("hdd_mib_required")
  public abstract OptionalLong hddMibRequired();

  /** The template's tags. */
  public abstract List<String> tags();

  /** The clusters it is available on. */
  public abstract List<Ref> clusters();

  /**
   * Whether the template is available on a cluster.
   *
   * @param clusterId the cluster
   * @return whether {@link #clusters()} names it
   */
  public boolean availableOn(long clusterId) {
    return clusters().stream().anyMatch(cluster -> cluster.id() == clusterId);
  }

  /** BILLmanager's key for this template, {@code <repository>__<name>}. */
  public String billingKey() {
    return repository().orElse("") + "__" + name();
  }

  /** Every field of the panel's answer this class does not map, as JSON. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}

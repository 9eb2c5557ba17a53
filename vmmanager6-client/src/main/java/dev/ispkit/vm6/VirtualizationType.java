package dev.ispkit.vm6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * How a VMmanager 6 cluster runs its virtual machines. One BILLmanager processing module serves one cluster, so a
 * provider selling both kinds connects one module to a KVM cluster and another to an LXD cluster.
 *
 * <p>A value this version does not know reads as {@link #UNKNOWN}; {@link Cluster#rawVirtualizationType()} keeps
 * the panel's word.
 */
public enum VirtualizationType {
  /** Full virtual machines ({@code kvm}). */
  KVM,
  /** System containers ({@code lxd}). */
  LXD,
  /** A value the panel gave that this version does not know, or none. */
  UNKNOWN;

  /**
   * The type for the panel's word, {@link #UNKNOWN} for an unknown word or none.
   *
   * @param raw the panel's value, for example {@code kvm}
   * @return the type
   */
  public static VirtualizationType of(String raw) {
    return OpenEnums.parse(VirtualizationType.class, raw, UNKNOWN);
  }
}

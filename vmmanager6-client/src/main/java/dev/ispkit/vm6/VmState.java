package dev.ispkit.vm6;

import dev.ispkit.client.core.transport.OpenEnums;

/**
 * The state of a virtual machine as VMmanager 6 reports it. Only {@code creating}, {@code active} and {@code
 * stopped} are documented; anything else (migration, error states of newer versions) reads as {@link #UNKNOWN}
 * with {@link Vm#rawState()} keeping the panel's word.
 */
public enum VmState {
  /** Being created or having its OS installed. */
  CREATING,
  /** Running. */
  ACTIVE,
  /** Stopped. */
  STOPPED,
  /** A state this version does not know, or none. */
  UNKNOWN;

  /**
   * The state for the panel's word.
   *
   * @param raw the panel's value, for example {@code active}
   * @return the state, {@link #UNKNOWN} for an unknown word or none
   */
  public static VmState of(String raw) {
    return OpenEnums.parse(VmState.class, raw, UNKNOWN);
  }
}

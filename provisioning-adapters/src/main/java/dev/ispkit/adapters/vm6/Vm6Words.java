package dev.ispkit.adapters.vm6;

import dev.ispkit.engine.port.OsFamily;
import dev.ispkit.engine.port.VirtualMachine;
import dev.ispkit.vm6.VmState;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of what VMmanager 6 says about a VM and an OS template and what it means to the engine. The client
 * reads the VM's state into its own enum (a word it does not know is its {@code UNKNOWN}, the word kept beside);
 * this table maps that to the engine's {@link VirtualMachine.State}, and an OS template's {@code os_group} word to
 * the engine's {@link OsFamily}. A word nobody knows is the engine's {@code UNKNOWN}.
 */
final class Vm6Words {
  /**
   * The {@code os_group} words of Unix-like templates. The panel's own list of words is not public (the docs show
   * {@code "<string>"}): these are the simulator's words ({@code ubuntu}, {@code debian}, {@code rhel}) and the
   * usual lower-case names of the other Unix-like systems VPS templates carry. A word not here is unknown, never
   * guessed to be Linux.
   */
  private static final Set<String> UNIX_GROUPS = Set.of("linux", "ubuntu", "debian", "centos", "rhel", "redhat",
      "almalinux", "alma", "rocky", "rockylinux", "oracle", "oraclelinux", "fedora", "opensuse", "suse", "astra",
      "astralinux", "alt", "altlinux", "vzlinux", "cloudlinux", "freebsd");

  private Vm6Words() {}

  /**
   * A VM's state ({@code state}): {@code creating} is being created (or reinstalled), {@code active} running,
   * {@code stopped} stopped (the three words the docs show); {@code deleting}, between a delete call and the end of
   * its task, is the simulator's word (a real panel's word for it is not public, so it is read from the word the
   * client kept); any other word, or none, is unknown.
   */
  static VirtualMachine.State state(VmState state, Optional<String> word) {
    return switch (state) {
      case CREATING -> VirtualMachine.State.CREATING;
      case ACTIVE -> VirtualMachine.State.RUNNING;
      case STOPPED -> VirtualMachine.State.STOPPED;
      case UNKNOWN -> word.filter(w -> w.strip().equalsIgnoreCase("deleting")).isPresent()
          ? VirtualMachine.State.DELETING : VirtualMachine.State.UNKNOWN;
    };
  }

  /**
   * An OS template's family from its {@code os_group} (any case): {@code windows} (or a word that starts with it) is
   * Windows; a word of a Unix-like family ({@code linux}, {@code ubuntu}, {@code debian}, {@code rhel}, {@code
   * centos}, {@code almalinux}, {@code rocky}, {@code freebsd}...) is Linux; any other word, or none, is unknown.
   */
  static OsFamily osFamily(Optional<String> osGroup) {
    String word = osGroup.map(group -> group.strip().toLowerCase(Locale.ROOT)).orElse("");
    if (word.startsWith("windows")) {
      return OsFamily.WINDOWS;
    }
    return UNIX_GROUPS.contains(word) ? OsFamily.LINUX : OsFamily.UNKNOWN;
  }
}

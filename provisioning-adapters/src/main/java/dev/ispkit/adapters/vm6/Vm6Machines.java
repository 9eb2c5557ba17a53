package dev.ispkit.adapters.vm6;

import dev.ispkit.engine.port.VirtualMachine;
import dev.ispkit.vm6.Vm;
import java.util.Optional;

/**
 * Builds the engine's view of a VM from the VMmanager 6 client's {@link Vm} (the full list form): id, name, main
 * IPv4 address and state.
 *
 * <p>The main address is the first IPv4 literal of the VM's {@code ip4} list, in the panel's order (ISPsystem's
 * WHMCS module reads the same list for the service's addresses, vmmanager6.md §4.7); the license of a VPS is bound
 * to it. A VM without one (still being created) has none.
 */
final class Vm6Machines {
  private Vm6Machines() {}

  /** The engine's view of {@code vm}. */
  static VirtualMachine toEngine(Vm vm) {
    Optional<String> ipv4 = vm.ip4().stream().map(Vm.Address::ip)
        .filter(ip -> !ip.isBlank() && ip.indexOf(':') < 0)
        .findFirst();
    return new VirtualMachine(vm.id(), vm.name(), ipv4, Vm6Words.state(vm.state(), vm.rawState()));
  }
}

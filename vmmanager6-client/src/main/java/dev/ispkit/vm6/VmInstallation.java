package dev.ispkit.vm6;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What VMmanager answered to creating a virtual machine or reinstalling its OS: the VM's id and the tasks to wait
 * for. The OS is installed when {@link #task()} completes; {@link Vms#awaitOsInstalled} waits for exactly that.
 *
 * <pre>{@code
 * VmInstallation created = vm6.vms().create(newVm);
 * journal.record(created.vmId(), created.task());      // resume the wait after a restart
 * Vm ready = vm6.vms().awaitOsInstalled(created, options, progress);
 * }</pre>
 */
@Value.Immutable
public abstract class VmInstallation {
  VmInstallation() {}

  /** The VM's id: the service's external id in a billing application. */
  public abstract long vmId();

  /** The {@code host_create} or {@code host_reinstall} task: complete means the OS is installed. */
  public abstract TaskRef task();

  /** The tasks running the requested recipes, when any (their names are not documented). */
  public abstract List<TaskRef> recipeTasks();

  /** The task setting up SPICE access, when the panel started one. */
  public abstract Optional<TaskRef> spiceTask();
}

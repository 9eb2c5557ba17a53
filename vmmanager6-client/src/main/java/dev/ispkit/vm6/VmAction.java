package dev.ispkit.vm6;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What VMmanager answered to an action on a virtual machine (start, stop, delete, a change): the id of the object
 * acted on and the task that carries the action out, when the panel named one.
 *
 * <pre>{@code
 * VmAction stop = vm6.vms().stop(vmId, false);
 * stop.task().ifPresent(task -> vm6.tasks().await(task, options, progress));
 * }</pre>
 */
@Value.Immutable
public abstract class VmAction {
  VmAction() {}

  /** The id the panel answered with: the VM's, or the disk's for a disk resize. */
  public abstract long id();

  /** The task to wait for; empty when the answer named none. */
  public abstract Optional<TaskRef> task();
}

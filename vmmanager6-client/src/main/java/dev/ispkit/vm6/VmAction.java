package dev.ispkit.vm6;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What VMmanager answered to an action on a virtual machine (start, stop, delete, a change): the id of the object
 * acted on and the task that carries the action out, when the panel named one; for a delete, also whether the VM was
 * already gone or going.
 *
 * <pre>{@code
 * VmAction stop = vm6.vms().stop(vmId, false);
 * stop.task().ifPresent(task -> vm6.tasks().await(task, options, progress));
 *
 * VmAction deleted = vm6.vms().delete(vmId);
 * if (deleted.task().isPresent()) {
 *   vm6.tasks().await(deleted.task().get(), options, progress);
 * } else if (deleted.alreadyGone()) {
 *   // deleted, or being deleted by a task the task list does not show: look for the VM with vms().find(vmId)
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class VmAction {
  VmAction() {}

  /** The id the panel answered with: the VM's, or the disk's for a disk resize. */
  public abstract long id();

  /**
   * The task to wait for; empty when the answer named none. For a delete that found the VM {@link #alreadyGone()},
   * the VM's {@code host_delete} task still at work when the task list shows it, else empty.
   */
  public abstract Optional<TaskRef> task();

  /**
   * Whether a delete found the VM already gone or going: its answer was lost (a reset, a read timeout, a 5xx), the
   * DELETE was repeated, and the repeat found the VM deleted (404) or being deleted (VMmanager's "Host N is being
   * deleted"), so the first attempt did the work. The first answer, with its task id, is lost: {@link #task()} is
   * the VM's running {@code host_delete} task when one can be found, and empty when the VM is gone. Always false for
   * an action that is not a delete, and for a delete answered at once.
   */
  @Value.Default
  public boolean alreadyGone() {
    return false;
  }
}

package dev.ispkit.vm6;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.transport.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which VMmanager task to wait for: the consul id a call answered with ({@code "task": 5551}) and the task's name
 * ({@code host_create}, ...), the pair VMmanager's task list is searched by.
 *
 * <p>Every call of this client that starts a task returns its {@code TaskRef}; it is a plain value, so a
 * provisioning journal can keep it and wait again after a restart.
 *
 * <pre>{@code
 * TaskRef started = vm6.vms().start(vmId).task().orElseThrow();
 * vm6.tasks().await(started, WaitOptions.timeout(Duration.ofMinutes(5)), task -> log.info("{}", task.status()));
 * }</pre>
 */
@Value.Immutable
public abstract class TaskRef {
  /** Creating a VM and installing its OS. */
  public static final String HOST_CREATE = "host_create";
  /** Reinstalling a VM's OS. */
  public static final String HOST_REINSTALL = "host_reinstall";
  /** Starting a VM (also what a restart answers with). */
  public static final String HOST_START = "host_start";
  /** Stopping a VM. */
  public static final String HOST_STOP = "host_stop";
  /** Deleting a VM. */
  public static final String HOST_DELETE = "host_delete";
  /** Changing a VM's CPUs, RAM or bandwidth. */
  public static final String HOST_CHANGE_PARAMS = "host_change_params";
  /** Resizing a disk. */
  public static final String DISK_RESIZE = "disk_resize";
  /** Adding or removing addresses. */
  public static final String IP_CHANGE = "ip_change";

  TaskRef() {}

  /**
   * A task by consul id and name.
   *
   * @param consulId the {@code task} value a call answered with
   * @param name the task's name, for example {@link #HOST_CREATE}
   * @return the reference
   * @throws InvalidInputException for an id below 1 or a blank name
   */
  public static TaskRef of(long consulId, String name) {
    return ImmutableTaskRef.builder().consulId(consulId).name(Require.notBlank("name", name)).build();
  }

  /**
   * A task by consul id alone, for calls whose task name is not documented (password and owner changes).
   *
   * @param consulId the {@code task} value a call answered with
   * @return the reference
   */
  public static TaskRef of(long consulId) {
    return ImmutableTaskRef.builder().consulId(consulId).build();
  }

  /** The consul id: the {@code task} value of the call's answer, not the task list's own {@code id}. */
  public abstract long consulId();

  /** The task's name, when known. */
  public abstract Optional<String> name();

  @Value.Check
  void check() {
    Require.id("consulId", consulId());
  }

  @Override
  public String toString() {
    return name().orElse("task") + " (consul id " + consulId() + ")";
  }
}

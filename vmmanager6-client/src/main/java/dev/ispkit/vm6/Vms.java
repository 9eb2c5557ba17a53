package dev.ispkit.vm6;

import dev.ispkit.client.core.transport.Listing;
import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelListing;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.PanelOutcomeUnknownException;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.transport.PanelErrors;
import dev.ispkit.client.core.transport.RepeatedDelete;
import dev.ispkit.client.core.transport.Require;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.client.core.Where;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * VMmanager's virtual machines ({@code /vm/v3/host}): create, read, power, reinstall, change and delete them.
 * The list calls ({@code list}, {@code stream}, {@code first}) come from {@link PanelListing}.
 *
 * <p>Each action answers at once with the task that carries it out ({@link VmAction#task()}); wait for it with
 * {@link Tasks#await}. Creating and reinstalling answer a {@link VmInstallation}, waited for with {@link
 * #awaitOsInstalled}.
 *
 * <pre>{@code
 * VmInstallation created = vm6.vms().create(order);
 * Vm vm = vm6.vms().awaitOsInstalled(created, WaitOptions.timeout(Duration.ofMinutes(30)), progress);
 * String ip = vm.ip4().get(0).ip();
 * }</pre>
 */
public final class Vms extends Listing<Vm> {
  private static final PanelCall CREATE = new PanelCall("POST", "/vm/v3/host");
  private static final String VM_MAY_EXIST = "the VM may have been created";

  private final Vm6Api api;
  private final Tasks tasks;

  Vms(Vm6Api api, Tasks tasks) {
    super(api::hosts, Vm6.PAGE_SIZE);
    this.api = api;
    this.tasks = tasks;
  }

  /**
   * Creates a virtual machine ({@code POST /vm/v3/host}). VMmanager picks the node, takes the addresses, installs
   * the OS and starts it; the answer comes at once.
   *
   * <p>Never repeated once the panel may have taken it. When the answer breaks off, cannot be read, or lacks the VM's
   * id or task, the VM may exist: a {@link PanelOutcomeUnknownException} says so and how to find it (by its name).
   *
   * @param vm what to create
   * @return the new VM's id and its {@code host_create} task
   * @throws PanelOutcomeUnknownException when the panel may have created the VM but its answer does not say
   */
  public VmInstallation create(NewVm vm) {
    Require.present("vm", vm);
    Vm6Api.ActionAnswer answer;
    try {
      answer = api.createHost(vm.toBody());
    } catch (PanelOutcomeUnknownException unclear) {
      throw PanelErrors.mayExist(unclear, null, VM_MAY_EXIST, lookFor(vm), CREATE);
    }
    if (answer == null || positive(answer.id()).isEmpty() || positive(answer.task()).isEmpty()) {
      throw PanelErrors.mayExist(null, "VMmanager 6 answered " + CREATE + " without the VM's id or its "
          + TaskRef.HOST_CREATE + " task: " + answer, VM_MAY_EXIST, lookFor(vm), CREATE);
    }
    return installation(answer, TaskRef.HOST_CREATE, CREATE.method(), CREATE.target());
  }

  private static String lookFor(NewVm vm) {
    return "by its name, vms().first(Where.field(\"name\").eq(\"" + vm.name().strip() + "\"))";
  }

  /**
   * A virtual machine, with its addresses, cluster, owner and disk: the list form {@code GET
   * /vm/v3/host?where=id EQ '101'}, since {@code GET /vm/v3/host/{id}} leaves those out.
   *
   * @param vmId the VM's id
   * @return the VM, or empty when there is none with that id
   */
  public Optional<Vm> find(long vmId) {
    return first(Where.field("id").eq(Long.toString(Require.id("vmId", vmId))), vm -> vm.id() == vmId);
  }

  /**
   * A virtual machine that must exist, as {@link #find(long)} reads it.
   *
   * @param vmId the VM's id
   * @return the VM
   * @throws PanelNotFoundException when there is none with that id
   */
  public Vm get(long vmId) {
    return find(vmId).orElseThrow(() -> new PanelNotFoundException(Vm6.NAME + " has no VM " + vmId,
        new PanelErrorDetails(200, null, null, new PanelCall("GET", "/vm/v3/host?where=id EQ '" + vmId + "'")),
        null));
  }

  /**
   * Waits until the OS of a new or reinstalled VM is installed (its {@code host_create} or {@code host_reinstall}
   * task completes), then reads the VM with its addresses.
   *
   * @param installation what {@link #create} or {@link #reinstall} answered
   * @param options how long at most and how often to look
   * @param progress told of each read of the task; may be null
   * @return the VM as it is once installed
   * @throws OperationFailedException when the installation failed
   * @throws OperationTimeoutException when it did not end in time
   */
  public Vm awaitOsInstalled(VmInstallation installation, WaitOptions options, Consumer<? super Task> progress) {
    Require.present("installation", installation);
    tasks.await(installation.task(), options, progress);
    return get(installation.vmId());
  }

  /**
   * Starts a VM ({@code POST /vm/v3/host/{id}/start}).
   *
   * @param vmId the VM's id
   * @return the {@code host_start} task
   */
  public VmAction start(long vmId) {
    return action(api.start(Require.id("vmId", vmId), Map.of()), vmId, TaskRef.HOST_START);
  }

  /**
   * Stops a VM ({@code POST /vm/v3/host/{id}/stop}, body {@code {"force":false}} or {@code {"force":true}}). Public
   * clients send {@code {}} or {@code {"force":false}}; {@code {"force":true}} is inferred from the same field of
   * {@code restart} (see {@code docs/panel-contract.md}).
   *
   * @param vmId the VM's id
   * @param force whether to cut it off rather than ask the guest to shut down
   * @return the {@code host_stop} task
   */
  public VmAction stop(long vmId, boolean force) {
    return action(api.stop(Require.id("vmId", vmId), Map.of("force", force)), vmId, TaskRef.HOST_STOP);
  }

  /**
   * Restarts a VM ({@code POST /vm/v3/host/{id}/restart}, body {@code {}}, or {@code {"force":true}} for a hard
   * reset, as seen in public clients). The panel answers with the task that starts it again ({@code start_task},
   * named {@code host_start}).
   *
   * @param vmId the VM's id
   * @param force whether to reset it rather than reboot the guest
   * @return the {@code host_start} task that ends the restart
   */
  public VmAction restart(long vmId, boolean force) {
    Vm6Api.ActionAnswer answer = api.restart(Require.id("vmId", vmId), force ? Map.of("force", true) : Map.of());
    Optional<TaskRef> task = positive(answer.startTask()).map(id -> TaskRef.of(id, TaskRef.HOST_START))
        .or(() -> positive(answer.task()).map(TaskRef::of));
    return ImmutableVmAction.builder().id(idOr(answer, vmId)).task(task).build();
  }

  /**
   * Deletes a VM and its disks ({@code DELETE /vm/v3/host/{id}}).
   *
   * <p>A DELETE whose answer was lost (a reset, a timeout, a 5xx) is repeated; when the repeat finds the VM gone
   * (404) or already being deleted (VMmanager refuses a second delete with "Host N is being deleted" while its
   * {@code host_delete} task runs; inferred from the panel simulator, see {@code docs/panel-contract.md}), the
   * delete is the success it was and the action says so ({@link VmAction#alreadyGone()}). The first answer, with its
   * task id, is lost: for a VM being deleted, the client looks for its running {@code host_delete} task in the task
   * list ({@link Tasks}, by name and the inferred {@code instance_id}) and returns it when found; for a VM gone there
   * is nothing to wait for. A first attempt refused either way is still a failure.
   *
   * @param vmId the VM's id
   * @return the {@code host_delete} task; for a delete that found the VM gone or going, {@code alreadyGone()} and the
   *     running task when the task list shows it
   */
  public VmAction delete(long vmId) {
    Require.id("vmId", vmId);
    RepeatedDelete.Result<Vm6Api.ActionAnswer> deleted =
        RepeatedDelete.alsoGoneWhen(Vms::beingDeleted, () -> api.deleteHost(vmId));
    Optional<PanelException> found = deleted.foundGone();
    if (found.isEmpty()) {
      return action(deleted.answer(), vmId, TaskRef.HOST_DELETE);
    }
    Optional<TaskRef> running = found.get() instanceof PanelNotFoundException
        ? Optional.empty()
        : tasks.atWorkOn(vmId, TaskRef.HOST_DELETE);
    return ImmutableVmAction.builder().id(vmId).task(running).alreadyGone(true).build();
  }

  private static boolean beingDeleted(PanelException failure) {
    return failure.panelMessage().map(m -> m.toLowerCase(Locale.ROOT).contains("is being deleted")).orElse(false);
  }

  /**
   * Reinstalls a VM's OS ({@code POST /vm/v3/host/{id}/reinstall}); everything on its disk is lost.
   *
   * @param vmId the VM's id
   * @param reinstall the template and the new password
   * @return the {@code host_reinstall} task
   */
  public VmInstallation reinstall(long vmId, Reinstall reinstall) {
    Require.id("vmId", vmId);
    Vm6Api.ActionAnswer answer = api.reinstall(vmId, Require.present("reinstall", reinstall).toBody());
    return installation(answer, TaskRef.HOST_REINSTALL, "POST", "/vm/v3/host/" + vmId + "/reinstall");
  }

  /**
   * Sets a new root password ({@code POST /vm/v3/host/{id}/password}). The answer's task is inferred (public
   * clients wait on it; its name is not documented, so it is found by consul id alone).
   *
   * @param vmId the VM's id
   * @param password the new password, not blank; never logged
   * @return the task, when the panel names one
   */
  public VmAction changePassword(long vmId, String password) {
    Require.id("vmId", vmId);
    return action(api.password(vmId, Map.of("password", Require.secret("password", password))), vmId, null);
  }

  /**
   * Changes a VM's CPUs, RAM or bandwidth ({@code POST /vm/v3/host/{id}/resource}).
   *
   * @param vmId the VM's id
   * @param change the new values
   * @return the {@code host_change_params} task
   */
  public VmAction changeResources(long vmId, ResourceChange change) {
    Require.id("vmId", vmId);
    Vm6Api.ActionAnswer answer = api.resource(vmId, Require.present("change", change).toBody());
    return action(answer, vmId, TaskRef.HOST_CHANGE_PARAMS);
  }

  /**
   * Grows a disk ({@code POST /vm/v3/disk/{diskId}}); VMmanager only grows disks. The disk id is {@code
   * vm.disk().get().id()}.
   *
   * @param diskId the disk's id
   * @param sizeMib the new size in MiB
   * @param deferUntilStop whether to apply it at the VM's next stop
   * @return the {@code disk_resize} task; its {@code id()} is the disk's
   */
  public VmAction resizeDisk(long diskId, long sizeMib, boolean deferUntilStop) {
    Require.id("diskId", diskId);
    JsonBody body = new JsonBody().put("size_mib", Require.positive("sizeMib", sizeMib));
    if (deferUntilStop) {
      body.put("defer", Map.of("action", TaskRef.HOST_STOP));
    }
    return action(api.resizeDisk(diskId, body.toMap()), diskId, TaskRef.DISK_RESIZE);
  }

  /**
   * A VM's IPv4 addresses with their ids, gateways and masks ({@code GET /vm/v3/host/{id}/ipv4}).
   *
   * @param vmId the VM's id
   * @return the addresses
   */
  public List<Ipv4Address> ipv4(long vmId) {
    return api.ipv4(Require.id("vmId", vmId)).list();
  }

  /**
   * Adds addresses to a VM ({@code POST /vm/v3/host/{id}/ip}).
   *
   * @param vmId the VM's id
   * @param addition how many more, from where
   * @return the {@code ip_change} task
   */
  public VmAction addIps(long vmId, IpAddition addition) {
    Require.id("vmId", vmId);
    return action(api.addIp(vmId, Require.present("addition", addition).toBody()), vmId, TaskRef.IP_CHANGE);
  }

  /**
   * Gives a VM to another account ({@code POST /vm/v3/host/{id}/account}, body {@code {"account":7}}). The task
   * name is not documented, so its task is found by consul id alone.
   *
   * @param vmId the VM's id
   * @param accountId the new owner's account id
   * @return the task, when the panel names one
   */
  public VmAction changeOwner(long vmId, long accountId) {
    Require.id("vmId", vmId);
    Map<String, Object> body = Map.of("account", Require.id("accountId", accountId));
    return action(api.changeOwner(vmId, body), vmId, null);
  }

  private static VmAction action(Vm6Api.ActionAnswer answer, long requestedId, String taskName) {
    Optional<TaskRef> task = positive(answer == null ? null : answer.task())
        .map(id -> taskName == null ? TaskRef.of(id) : TaskRef.of(id, taskName));
    return ImmutableVmAction.builder().id(idOr(answer, requestedId)).task(task).build();
  }

  private static VmInstallation installation(Vm6Api.ActionAnswer answer, String taskName, String method, String path) {
    if (answer == null || positive(answer.id()).isEmpty() || positive(answer.task()).isEmpty()) {
      throw new PanelResponseException(Vm6.NAME + " answered " + method + " " + path
          + " without the VM's id or its " + taskName + " task: " + answer,
          new PanelErrorDetails(200, null, null, new PanelCall(method, path)), null);
    }
    List<Long> recipeIds = answer.recipeTaskList() != null && !answer.recipeTaskList().isEmpty()
        ? answer.recipeTaskList()
        : positive(answer.recipeTask()).map(List::of).orElse(List.of());
    return ImmutableVmInstallation.builder()
        .vmId(answer.id())
        .task(TaskRef.of(answer.task(), taskName))
        .recipeTasks(recipeIds.stream().filter(id -> id != null && id > 0).map(TaskRef::of).toList())
        .spiceTask(positive(answer.spiceTask()).map(TaskRef::of))
        .build();
  }

  private static long idOr(Vm6Api.ActionAnswer answer, long requestedId) {
    return answer == null ? requestedId : positive(answer.id()).orElse(requestedId);
  }

  /** The panel writes 0 for "no such task". */
  private static Optional<Long> positive(Long id) {
    return id == null || id <= 0 ? Optional.empty() : Optional.of(id);
  }
}

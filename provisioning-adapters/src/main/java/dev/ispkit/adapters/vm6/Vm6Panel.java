package dev.ispkit.adapters.vm6;

import dev.ispkit.adapters.internal.Offers;
import dev.ispkit.adapters.internal.PanelCalls;
import dev.ispkit.adapters.internal.Passwords;
import dev.ispkit.adapters.internal.ProgressRelay;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.Sleeper;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.client.core.Where;
import dev.ispkit.client.core.transport.OperationPoller;
import dev.ispkit.engine.port.OperationProgress;
import dev.ispkit.engine.port.OsTemplateOffer;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.engine.port.VirtualMachine;
import dev.ispkit.engine.port.VmPanel;
import dev.ispkit.engine.port.VmPlan;
import dev.ispkit.vm6.CustomInterface;
import dev.ispkit.vm6.NewAccount;
import dev.ispkit.vm6.NewVm;
import dev.ispkit.vm6.OsTemplate;
import dev.ispkit.vm6.Recipe;
import dev.ispkit.vm6.RecipeRun;
import dev.ispkit.vm6.Ref;
import dev.ispkit.vm6.TaskRef;
import dev.ispkit.vm6.Vm;
import dev.ispkit.vm6.Vm6Client;
import dev.ispkit.vm6.VmAction;
import dev.ispkit.vm6.VmInstallation;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The engine's {@link VmPanel} on a VMmanager 6 client: every method is the client's calls, its values mapped by
 * {@link Vm6Machines} and {@link Vm6Words}, its failures by {@link PanelCalls}. The decisions are listed in the
 * module's README.
 *
 * <p>Waits follow the task a call answered with. The one wait without a task at hand, an OS installation whose VM
 * was created by an earlier process (the port gives only the VM's id), and an action the panel answered without a
 * task, follow the VM itself: they read it at the client's poll interval until it shows the state asked for.
 */
final class Vm6Panel implements VmPanel {
  private final Vm6Client client;
  private final String panelId;
  private final PanelCalls calls;
  private final Clock clock;
  private final Sleeper sleeper;
  /** The creation task of each VM this process created and has not yet seen installed. */
  private final ConcurrentMap<Long, VmInstallation> installations = new ConcurrentHashMap<>();

  Vm6Panel(Vm6Client client, String panelId, Clock clock, Sleeper sleeper) {
    this.client = client;
    this.panelId = panelId;
    this.calls = new PanelCalls("VMmanager 6 panel " + panelId);
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public String panel() {
    return panelId;
  }

  /** The customer's account; an administrator's account with that email is refused, never given a VM. */
  @Override
  public Optional<Long> findAccount(String email) {
    String call = "find the account " + email;
    return calls.get(call, () -> client.accounts().findByEmail(email).map(account -> {
      if (account.isAdmin()) {
        throw calls.failure(PanelFailure.Kind.REFUSED, call,
            "the account is a VMmanager administrator; a customer's VM is never given to one");
      }
      return account.id();
    }));
  }

  @Override
  public long createAccount(String email) {
    return calls.get("create the account " + email,
        () -> client.accounts().create(NewAccount.of(email, Passwords.untold())));
  }

  /** The VM of that exact name on the cluster, not being deleted; of several, the lowest id. */
  @Override
  public Optional<VirtualMachine> findVm(long clusterId, String marker) {
    return calls.get("find VM '" + marker + "' on cluster " + clusterId, () -> client.vms()
        .stream(ListQuery.where(Where.field("name").eq(marker)))
        .filter(vm -> vm.name().equals(marker) && vm.cluster().map(Ref::id).filter(id -> id == clusterId).isPresent())
        .map(Vm6Machines::toEngine)
        .filter(vm -> vm.state() != VirtualMachine.State.DELETING)
        .min(Comparator.comparingLong(VirtualMachine::id)));
  }

  @Override
  public long createVm(VmPlan plan) {
    String call = "create VM '" + plan.name() + "' on cluster " + plan.clusterId();
    return calls.get(call, () -> {
      NewVm.Builder vm = NewVm.builder()
          .name(plan.name())
          .clusterId(plan.clusterId())
          .accountId(plan.accountId())
          .osId(template(plan.clusterId(), plan.osTemplate(), call).id())
          .cpuNumber(plan.cpus())
          .ramMib(plan.ramMib())
          .hddMib(plan.diskMib())
          .password(plan.password());
      if (plan.recipe().isPresent()) {
        vm.addRecipes(RecipeRun.of(recipe(plan.recipe().get(), call).id()));
      }
      // The additional network: the VM's main interface on the cluster's main network, then one on the bridge.
      plan.additionalInterfaceBridge().ifPresent(bridge -> vm.addCustomInterfaces(
          CustomInterface.builder().build(), CustomInterface.builder().bridge(bridge).build()));
      VmInstallation created = client.vms().create(vm.build());
      installations.put(created.vmId(), created);
      return created.vmId();
    });
  }

  @Override
  public VirtualMachine awaitOsInstalled(long vmId, Duration timeout, OperationProgress progress) {
    ProgressRelay relay = new ProgressRelay(progress);
    return calls.get("wait for the OS installation of VM " + vmId, () -> {
      WaitOptions options = WaitOptions.timeout(timeout);
      VmInstallation created = installations.get(vmId);
      if (created == null) {
        // Created by an earlier process: no task at hand, so the VM's state says when the installation ended.
        return awaitVm(vmId, "the OS installation of VM " + vmId, options, relay, vm -> vm
            .map(found -> switch (found.state()) {
              case RUNNING -> OperationPoller.Outcome.SUCCEEDED;
              case STOPPED -> OperationPoller.Outcome.FAILED;
              default -> OperationPoller.Outcome.RUNNING;
            })
            .orElse(OperationPoller.Outcome.FAILED)).orElseThrow();
      }
      Vm vm = client.vms().awaitOsInstalled(created, options,
          task -> relay.report(-1, "task " + created.task() + ": " + task.rawStatus().orElse("no status")));
      installations.remove(vmId);
      return Vm6Machines.toEngine(vm);
    });
  }

  @Override
  public Optional<VirtualMachine> vm(long vmId) {
    return calls.get("read VM " + vmId, () -> client.vms().find(vmId).map(Vm6Machines::toEngine));
  }

  @Override
  public void start(long vmId, Duration timeout) {
    calls.run("start VM " + vmId, () -> power(vmId, timeout, () -> client.vms().start(vmId),
        VirtualMachine.State.RUNNING));
  }

  @Override
  public void stop(long vmId, Duration timeout) {
    calls.run("stop VM " + vmId, () -> power(vmId, timeout, () -> client.vms().stop(vmId, false),
        VirtualMachine.State.STOPPED));
  }

  /**
   * Starts or stops a VM and waits for the task. A panel that refuses to start a running VM or to stop a stopped one
   * (the simulator does not, a real panel may) has the VM in the state asked for: that refusal is success.
   */
  private void power(long vmId, Duration timeout, Supplier<VmAction> command, VirtualMachine.State target) {
    WaitOptions options = WaitOptions.timeout(timeout);
    VmAction action;
    try {
      action = command.get();
    } catch (PanelConflictException | PanelInvalidRequestException refused) {
      if (client.vms().find(vmId).map(Vm6Machines::toEngine).filter(vm -> vm.state() == target).isPresent()) {
        return;
      }
      throw refused;
    }
    awaitAction(vmId, action, options, target.name().toLowerCase(Locale.ROOT), vm -> vm
        .map(found -> found.state() == target ? OperationPoller.Outcome.SUCCEEDED : OperationPoller.Outcome.RUNNING)
        .orElse(OperationPoller.Outcome.FAILED));
  }

  /**
   * Deletes a VM and waits until it is gone. Already gone (not listed, or 404 to the delete) is deleted; a VM being
   * deleted (the panel refuses a second delete) is waited for.
   */
  @Override
  public void delete(long vmId, Duration timeout) {
    calls.run("delete VM " + vmId, () -> {
      installations.remove(vmId);
      WaitOptions options = WaitOptions.timeout(timeout);
      Function<Optional<VirtualMachine>, OperationPoller.Outcome> gone = vm -> vm.isEmpty()
          ? OperationPoller.Outcome.SUCCEEDED : OperationPoller.Outcome.RUNNING;
      VmAction action;
      try {
        action = client.vms().delete(vmId);
      } catch (PanelNotFoundException alreadyGone) {
        return;
      } catch (PanelConflictException | PanelInvalidRequestException refused) {
        Optional<VirtualMachine> now = client.vms().find(vmId).map(Vm6Machines::toEngine);
        if (now.isEmpty()) {
          return;
        }
        if (now.get().state() != VirtualMachine.State.DELETING) {
          throw refused;
        }
        awaitVm(vmId, "the deletion of VM " + vmId, options, null, gone);
        return;
      }
      awaitAction(vmId, action, options, "deleted", gone);
    });
  }

  @Override
  public List<OsTemplateOffer> osTemplates(long clusterId) {
    return calls.get("read the OS templates of cluster " + clusterId, () -> templatesOn(clusterId).stream()
        .filter(template -> !template.name().isBlank())
        .map(template -> new OsTemplateOffer(template.name(), Vm6Words.osFamily(template.osGroup())))
        .collect(Collectors.toUnmodifiableList()));
  }

  @Override
  public List<String> recipes() {
    return calls.get("read the recipes", () -> client.recipes().stream(ListQuery.all())
        .map(Recipe::name)
        .filter(name -> !name.isBlank())
        .collect(Collectors.toUnmodifiableList()));
  }

  @Override
  public String toString() {
    return calls.toString();
  }

  /**
   * The OS template an order names, among those available on the cluster: its name exactly, or BILLmanager's key
   * {@code <repository>__<name>}; of several, the lowest id.
   */
  private OsTemplate template(long clusterId, String name, String call) {
    List<OsTemplate> offered = templatesOn(clusterId);
    return Offers.lowestId(offered, t -> t.name().equals(name) || t.billingKey().equals(name), OsTemplate::id)
        .orElseThrow(() -> calls.failure(PanelFailure.Kind.NOT_FOUND, call, "cluster " + clusterId
            + " offers no OS template named '" + name + "'"
            + Offers.describe(offered.stream().map(OsTemplate::name).collect(Collectors.toList()))));
  }

  /** The recipe an order names: its name exactly; of several, the lowest id. */
  private Recipe recipe(String name, String call) {
    List<Recipe> offered = client.recipes().stream(ListQuery.all()).collect(Collectors.toList());
    return Offers.lowestId(offered, recipe -> recipe.name().equals(name), Recipe::id)
        .orElseThrow(() -> calls.failure(PanelFailure.Kind.NOT_FOUND, call, "the panel offers no recipe named '"
            + name + "'" + Offers.describe(offered.stream().map(Recipe::name).collect(Collectors.toList()))));
  }

  /** The templates available on a cluster: the whole list is read (a panel has tens) and filtered here. */
  private List<OsTemplate> templatesOn(long clusterId) {
    return client.osTemplates().stream(ListQuery.all()).filter(template -> template.availableOn(clusterId))
        .collect(Collectors.toList());
  }

  /** Waits for an action's task, or, when the panel named none, for the VM to show the outcome asked for. */
  private void awaitAction(long vmId, VmAction action, WaitOptions options, String what,
      Function<Optional<VirtualMachine>, OperationPoller.Outcome> outcome) {
    Optional<TaskRef> task = action.task();
    if (task.isPresent()) {
      client.tasks().await(task.get(), options, null);
    } else {
      awaitVm(vmId, "VM " + vmId + " " + what, options, null, outcome);
    }
  }

  /** Reads the VM at the poll interval until {@code outcome} says it succeeded or failed. */
  private Optional<VirtualMachine> awaitVm(long vmId, String what, WaitOptions options, ProgressRelay relay,
      Function<Optional<VirtualMachine>, OperationPoller.Outcome> outcome) {
    return OperationPoller.await(what,
        () -> client.vms().find(vmId).map(Vm6Machines::toEngine),
        outcome,
        vm -> vm.map(found -> "state " + found.state()).orElse("the VM is not listed"),
        options,
        vm -> {
          if (relay != null) {
            relay.report(-1, vm.map(found -> "VM " + found.state()).orElse("VM not listed"));
          }
        },
        clock,
        sleeper);
  }
}

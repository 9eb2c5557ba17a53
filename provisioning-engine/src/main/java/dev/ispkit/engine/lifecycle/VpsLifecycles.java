package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.module.ProcessingModule;
import dev.ispkit.engine.module.VirtualServerModule;
import dev.ispkit.engine.port.Facts;
import dev.ispkit.engine.port.VirtualMachine;
import dev.ispkit.engine.port.VmPanel;
import dev.ispkit.engine.port.VmPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A VPS's lifecycles, in the order of BILLmanager's VMmanager 6 module: open (the module by sort, the customer's
 * account, the VM created on the module's cluster with the recipe and the additional network interface when enabled,
 * the OS installation waited for, the control-panel license, Active), suspend and resume (stop and start the VM), and
 * delete (the VM deleted, the license back to the pool).
 */
final class VpsLifecycles {
  static final Lifecycle OPEN = Lifecycle.named("vps-open", "open")
      .step("choose-module", VpsLifecycles::chooseModule)
      .step("customer-account", VpsLifecycles::customerAccount)
      .step("create-vm", VpsLifecycles::createVm)
      .step("await-os-installation", VpsLifecycles::awaitOsInstallation)
      .step("license", Licensing::bind)
      .step("activate", VpsLifecycles::activate)
      .build();

  static final Lifecycle SUSPEND = Lifecycle.named("vps-suspend", "suspend")
      .step("stop-vm", VpsLifecycles::stopVm)
      .build();

  static final Lifecycle RESUME = Lifecycle.named("vps-resume", "resume")
      .step("start-vm", VpsLifecycles::startVm)
      .build();

  static final Lifecycle DELETE = Lifecycle.named("vps-delete", "close")
      .step("delete-vm", VpsLifecycles::deleteVm)
      .step("release-license", Licensing::release)
      .step("deleted", run -> new StepOutcome.Finish(new LifecycleResult.Deleted(run.serviceId()),
          Facts.empty().with(FactNames.STATE, "deleted")))
      .build();

  private VpsLifecycles() {}

  /** The tariff's first VMmanager module by sort. */
  static StepOutcome chooseModule(Run run) {
    Order order = run.order();
    List<NoCapacityReport.ModuleReason> reasons = new ArrayList<>();
    for (ProcessingModule module : run.environment().modules().forTariff(order.tariffId())) {
      if (module instanceof VirtualServerModule vm) {
        return StepOutcome.done(Facts.empty()
            .with(FactNames.KIND, ProvisionedService.Kind.VPS.name())
            .with(FactNames.MODULE_ID, vm.id())
            .with(FactNames.PANEL, run.environment().vmPanel(vm.id()).panel()));
      }
      reasons.add(new NoCapacityReport.ModuleReason(module.id(), module.name(), NoCapacityCause.WRONG_MODULE_KIND,
          "not a VMmanager 6 module"));
    }
    NoCapacityReport report = new NoCapacityReport(order.tariffId(), reasons);
    return new StepOutcome.Finish(new LifecycleResult.NoCapacity(run.serviceId(), report),
        Facts.empty().with(FactNames.NOTE, report.toString()));
  }

  static StepOutcome customerAccount(Run run) {
    return StepOutcome.done(Facts.empty().with(FactNames.PANEL_USER_ID, PanelUsers.vm(run, panel(run))));
  }

  /**
   * Creates the VM, named after the service. The name is the marker: a resumed run that wrote its intent looks for
   * a VM of that name on the cluster before it creates one.
   */
  static StepOutcome createVm(Run run) {
    Facts facts = run.facts();
    Order order = run.order();
    VirtualServerModule module = module(run);
    VmPanel panel = panel(run);
    String name = vmName(run);
    Optional<Facts> intent = run.intent();
    if (intent.isPresent()) {
      Optional<VirtualMachine> found = panel.findVm(module.clusterId(), name);
      if (found.isPresent()) {
        return StepOutcome.done(created(found.get().id(), order, intent.get()));
      }
    }
    String password = order.password().orElseGet(() -> intent.flatMap(previous -> previous.text(
        FactNames.GENERATED_PASSWORD)).orElseGet(() -> run.environment().newPassword()));
    Facts marker = Facts.empty().with(FactNames.MARKER, name);
    if (order.password().isEmpty()) {
      marker = marker.with(FactNames.GENERATED_PASSWORD, password);
    }
    run.recordIntent(marker);
    VmResources resources = order.vmResources().orElseThrow();
    long vmId = panel.createVm(new VmPlan(module.clusterId(), facts.number(FactNames.PANEL_USER_ID), name,
        order.osTemplate(), module.useRecipes() ? order.recipe() : Optional.empty(), resources.cpus(),
        resources.ramMib(), resources.diskMib(), password, module.additionalNetworkInterface()));
    return StepOutcome.done(created(vmId, order, marker));
  }

  private static Facts created(long vmId, Order order, Facts intent) {
    Facts done = Facts.empty().with(FactNames.VM_ID, vmId);
    if (order.password().isEmpty() && intent.has(FactNames.GENERATED_PASSWORD)) {
      done = done.with(FactNames.GENERATED_PASSWORD, intent.requireText(FactNames.GENERATED_PASSWORD));
    }
    return done;
  }

  static StepOutcome awaitOsInstallation(Run run) {
    VirtualMachine vm = panel(run).awaitOsInstalled(run.facts().number(FactNames.VM_ID),
        run.environment().timeouts().vmInstallation(), run::progress);
    return StepOutcome.done(Facts.empty().with(FactNames.IP_ADDRESSES, vm.ipv4().orElse("")));
  }

  static StepOutcome activate(Run run) {
    return new StepOutcome.Finish(new LifecycleResult.Active(run.serviceId(), Services.provisioned(run.serviceId(),
        run.facts())), Facts.empty().with(FactNames.STATE, "active"));
  }

  static StepOutcome stopVm(Run run) {
    panel(run).stop(run.facts().number(FactNames.VM_ID), run.environment().timeouts().vmPower());
    return new StepOutcome.Finish(new LifecycleResult.Suspended(run.serviceId()),
        Facts.empty().with(FactNames.STATE, "suspended"));
  }

  static StepOutcome startVm(Run run) {
    panel(run).start(run.facts().number(FactNames.VM_ID), run.environment().timeouts().vmPower());
    return activate(run);
  }

  static StepOutcome deleteVm(Run run) {
    panel(run).delete(run.facts().number(FactNames.VM_ID), run.environment().timeouts().vmPower());
    return StepOutcome.done();
  }

  /** The VM's name: the service's marker (a service id is letters, digits, - and _, which VMmanager takes). */
  static String vmName(Run run) {
    return "svc-" + run.serviceId();
  }

  private static VirtualServerModule module(Run run) {
    return run.environment().vmModule(run.facts().number(FactNames.MODULE_ID));
  }

  private static VmPanel panel(Run run) {
    return run.environment().vmPanel(run.facts().number(FactNames.MODULE_ID));
  }
}

package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.inventory.PowerStatus;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.inventory.SwitchConnection;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.Facts;
import dev.ispkit.engine.port.ManualTask;
import dev.ispkit.engine.port.PanelFailure;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A dedicated server's life after it is open: suspend and resume by its switch ports, and delete in the order of
 * BILLmanager's DCImanager 6 module (the eight panel steps of the seed, then the license back to the pool and the
 * server's claim released).
 */
final class DedicatedService {
  static final Lifecycle SUSPEND = Lifecycle.named("dedicated-suspend", "suspend")
      .step("disable-switch-ports", DedicatedService::suspendPorts)
      .build();

  static final Lifecycle RESUME = Lifecycle.named("dedicated-resume", "resume")
      .step("enable-switch-ports", DedicatedService::resumePorts)
      .build();

  static final Lifecycle DELETE = Lifecycle.named("dedicated-delete", "close")
      .step("enable-switch-ports", run -> switchPorts(run, true))
      .step("power-on", DedicatedService::powerOnIfOff)
      .step("stop-operation", DedicatedService::stopRunningOperation)
      .step("remove-ips", DedicatedService::removeIps)
      .step("remove-owner", DedicatedService::removeOwner)
      .step("start-diagnostics", DedicatedService::startDiagnostics)
      .step("await-diagnostics", DedicatedService::awaitDiagnostics)
      .step("power-off", DedicatedService::powerOff)
      .step("disable-switch-ports", run -> switchPorts(run, false))
      .step("release-license", Licensing::release)
      .step("release-server", DedicatedService::releaseServer)
      .build();

  private static final String NO_PORTS =
      "the server has no switch ports in DCImanager that carry its traffic (an IPMI port does not), so it cannot be "
          + "cut off: it keeps running";

  private DedicatedService() {}

  static StepOutcome suspendPorts(Run run) {
    if (dataPorts(server(run)).isEmpty()) {
      return new StepOutcome.Finish(new LifecycleResult.NotSuspended(run.serviceId(), NO_PORTS),
          Facts.empty().with(FactNames.NOTE, NO_PORTS));
    }
    switchPorts(run, false);
    return new StepOutcome.Finish(new LifecycleResult.Suspended(run.serviceId()),
        Facts.empty().with(FactNames.STATE, "suspended"));
  }

  static StepOutcome resumePorts(Run run) {
    switchPorts(run, true);
    return new StepOutcome.Finish(new LifecycleResult.Active(run.serviceId(),
        Services.provisioned(run.serviceId(), run.facts())), Facts.empty().with(FactNames.STATE, "active"));
  }

  /** Sets every data port of the server up or down; ports already so are left alone. */
  static StepOutcome switchPorts(Run run, boolean enabled) {
    DedicatedServerPanel panel = panel(run);
    for (SwitchConnection port : dataPorts(server(run))) {
      if (port.enabled() != enabled) {
        panel.setSwitchPort(port.switchId(), port.portId(), enabled);
      }
    }
    return StepOutcome.done();
  }

  /**
   * Powers the server on when it is off, so diagnostics can run. A refused power-on is not fatal: DCImanager boots
   * the server for diagnostics itself, and a server that stays dark fails the diagnostics step with the panel's
   * reason.
   */
  static StepOutcome powerOnIfOff(Run run) {
    Server server = server(run);
    if (server.power() == PowerStatus.OFF) {
      try {
        panel(run).powerOn(server.id());
      } catch (PanelFailure failure) {
        if (failure.kind() != PanelFailure.Kind.REFUSED) {
          throw failure;
        }
        return StepOutcome.done(Facts.empty().with(FactNames.NOTE, "power on refused: " + failure.getMessage()));
      }
    }
    return StepOutcome.done();
  }

  static StepOutcome stopRunningOperation(Run run) {
    Server server = server(run);
    OptionalLong operation = server.runningOperationId();
    if (operation.isPresent()) {
      panel(run).stopOperation(server.id(), operation.getAsLong(), run.environment().timeouts().operationStop());
    }
    return StepOutcome.done();
  }

  static StepOutcome removeIps(Run run) {
    panel(run).removeIps(serverId(run));
    return StepOutcome.done();
  }

  static StepOutcome removeOwner(Run run) {
    Server server = server(run);
    if (server.owned()) {
      panel(run).removeOwner(server.id());
    }
    return StepOutcome.done();
  }

  /** Diagnostics with disk cleanup; a resumed run waits for the operation it finds running instead. */
  static StepOutcome startDiagnostics(Run run) {
    long serverId = serverId(run);
    if (run.intent().isPresent()) {
      OptionalLong running = server(run).runningOperationId();
      if (running.isPresent()) {
        return StepOutcome.done(Facts.empty().with(FactNames.OPERATION_ID, running.getAsLong()));
      }
    }
    run.recordIntent(Facts.empty().with(FactNames.MARKER, "diagnostics"));
    long operationId = panel(run).startDiagnostics(serverId, true);
    return StepOutcome.done(Facts.empty().with(FactNames.OPERATION_ID, operationId));
  }

  static StepOutcome awaitDiagnostics(Run run) {
    panel(run).awaitOperation(serverId(run), run.facts().number(FactNames.OPERATION_ID), module(run).diagTimeout(),
        run::progress);
    return StepOutcome.done();
  }

  /**
   * Powers the server off. When IPMI refuses: ignored, unless the module does not ignore IPMI errors; then a manual
   * task asks the department to stop the server, and the deletion goes on when the host closes it.
   */
  static StepOutcome powerOff(Run run) {
    Optional<ManualTask> stopTask = run.environment().taskDesk().tasksOf(run.serviceId()).stream()
        .filter(task -> task.kind() == ManualTask.Kind.STOP_SERVER && !task.openedAt().isBefore(run.startedAt()))
        .findFirst();
    if (stopTask.isPresent()) {
      return stopTask.get().isClosed() ? StepOutcome.done() : new StepOutcome.Wait(List.of(stopTask.get()));
    }
    Server server = server(run);
    if (server.power() == PowerStatus.OFF) {
      return StepOutcome.done();
    }
    try {
      panel(run).powerOff(server.id());
      return StepOutcome.done();
    } catch (PanelFailure failure) {
      if (failure.kind() != PanelFailure.Kind.REFUSED) {
        throw failure;
      }
      DedicatedServerModule module = module(run);
      if (!module.dontIgnoreIpmiErrors()) {
        return StepOutcome.done(Facts.empty().with(FactNames.NOTE, "power off refused: " + failure.getMessage()));
      }
      ManualTask task = run.environment().taskDesk().open(run.serviceId(), ManualTask.Kind.STOP_SERVER,
          module.departmentId(), "Stop server " + server.id() + " by hand (service " + run.serviceId() + ")",
          "DCImanager could not power the server off through IPMI: " + failure.getMessage()
              + ". Stop it by hand, then close this task; the service's deletion goes on after that.",
          run.now());
      return task.isClosed() ? StepOutcome.done() : new StepOutcome.Wait(List.of(task));
    }
  }

  static StepOutcome releaseServer(Run run) {
    Facts facts = run.facts();
    run.environment().serverClaims().release(facts.requireText(FactNames.PANEL), facts.number(FactNames.SERVER_ID),
        run.serviceId());
    return new StepOutcome.Finish(new LifecycleResult.Deleted(run.serviceId()),
        Facts.empty().with(FactNames.STATE, "deleted"));
  }

  /** The ports that carry the server's traffic; the IPMI port stays up, or the BMC could no longer be reached. */
  private static List<SwitchConnection> dataPorts(Server server) {
    return server.switchConnections().stream().filter(port -> !port.ipmi()).toList();
  }

  private static DedicatedServerModule module(Run run) {
    return run.environment().dedicatedModule(run.facts().number(FactNames.MODULE_ID));
  }

  private static DedicatedServerPanel panel(Run run) {
    return run.environment().dedicatedPanel(run.facts().number(FactNames.MODULE_ID));
  }

  private static long serverId(Run run) {
    return run.facts().number(FactNames.SERVER_ID);
  }

  private static Server server(Run run) {
    return panel(run).server(serverId(run));
  }
}

package dev.ispkit.adapters.vm6;

import dev.ispkit.client.core.Sleeper;
import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.port.VmPanel;
import dev.ispkit.vm6.Vm6Client;
import java.time.Clock;

/**
 * The engine's VM panel port on a VMmanager 6 panel: what a host hands the provisioning engine for each VMmanager
 * it sells VPS from.
 *
 * <pre>{@code
 * Vm6Client vm6 = Vm6Client.create(ClientConfig.builder()
 *     .baseUrl("https://vm.example.com")
 *     .credentials(Credentials.of("admin@example.com", password))
 *     .build());
 * VmPanel panel = VmPanels.of(vm6, "vm-msk");
 * long vmId = panel.createVm(plan);                  // the engine's VmPlan: names, not panel ids
 * VirtualMachine vm = panel.awaitOsInstalled(vmId, Duration.ofMinutes(60), OperationProgress.NONE);
 * }</pre>
 *
 * <p>Every call is the client's; every failure is a {@link dev.ispkit.engine.port.PanelFailure} whose message names
 * this panel and the call. The port does not close the client.
 */
public final class VmPanels {
  private VmPanels() {}

  /**
   * The port on a VMmanager 6 client, waiting in real time where it follows a VM rather than a task (see {@link
   * #of(Vm6Client, String, Clock, Sleeper)}).
   *
   * @param client the client, shared with any other use the host makes of it
   * @param panelId the panel's name in the host (for example its URL or {@code vm-msk})
   * @return the port
   * @throws InvalidSettingException when the client is null or the panel id blank
   */
  public static VmPanel of(Vm6Client client, String panelId) {
    return of(client, panelId, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /**
   * The port on a VMmanager 6 client, with the clock and pauses of the waits that follow a VM rather than a task:
   * an OS installation started by an earlier process (the port gives only the VM's id, and the creation task is
   * known only to the process that created the VM), and an action the panel answered without a task. Give the
   * clock and sleeper the client was configured with, so such a wait runs on the same time line as the client's own
   * (a test on a simulated clock then waits no wall time).
   *
   * @param client the client
   * @param panelId the panel's name in the host
   * @param clock measures those waits' timeouts
   * @param sleeper pauses between their reads
   * @return the port
   * @throws InvalidSettingException when an argument is null or the panel id blank
   */
  public static VmPanel of(Vm6Client client, String panelId, Clock clock, Sleeper sleeper) {
    return new Vm6Panel(InvalidSettingException.requirePresent("VMmanager 6 client", client),
        InvalidSettingException.requireText("panel id", panelId),
        InvalidSettingException.requirePresent("clock", clock),
        InvalidSettingException.requirePresent("sleeper", sleeper));
  }
}

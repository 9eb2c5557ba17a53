package dev.ispkit.engine.port;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The VMmanager 6 calls the VPS lifecycles make, in engine values. {@code provisioning-adapters} implements it with
 * the VMmanager 6 client. Every method throws {@link PanelFailure} when the panel call fails; the calls that start a
 * VMmanager task wait for it (with the timeout given) before they return.
 *
 * <pre>{@code
 * VmPanel panel = VmPanels.of(vm6Client, "https://vm.example.com");   // provisioning-adapters
 * long vmId = panel.createVm(plan);
 * VirtualMachine vm = panel.awaitOsInstalled(vmId, Duration.ofMinutes(60), OperationProgress.NONE);
 * }</pre>
 */
public interface VmPanel {

  /** Which panel this is (for example its URL). */
  String panel();

  /**
   * The VMmanager account of a customer.
   *
   * @param email the customer's email
   * @return the account's id, or empty when there is none
   */
  Optional<Long> findAccount(String email);

  /**
   * Creates the VMmanager account of a customer (with a password nobody is told).
   *
   * @param email the customer's email, the marker a resumed lifecycle finds it by
   * @return the new account's id
   */
  long createAccount(String email);

  /**
   * The VM whose name carries a marker: how a resumed lifecycle finds the VM it created before it was interrupted.
   *
   * @param clusterId the cluster
   * @param marker the marker (the service's)
   * @return the VM, or empty when none carries it
   */
  Optional<VirtualMachine> findVm(long clusterId, String marker);

  /**
   * Creates a VM and starts its OS installation; does not wait for it.
   *
   * @param plan what to create
   * @return the VM's id
   */
  long createVm(VmPlan plan);

  /**
   * Waits until a VM's OS installation has ended, and reads the VM.
   *
   * @param vmId the VM
   * @param timeout how long at most
   * @param progress gets the panel's progress as it changes
   * @return the VM, with its address
   * @throws PanelFailure of kind {@link PanelFailure.Kind#OPERATION_FAILED} or {@link PanelFailure.Kind#TIMED_OUT}
   */
  VirtualMachine awaitOsInstalled(long vmId, Duration timeout, OperationProgress progress);

  /**
   * One VM, read now.
   *
   * @param vmId the VM
   * @return the VM, or empty when the panel has none with that id
   */
  Optional<VirtualMachine> vm(long vmId);

  /**
   * Starts a VM and waits for it.
   *
   * @param vmId the VM
   * @param timeout how long at most
   */
  void start(long vmId, Duration timeout);

  /**
   * Stops a VM and waits for it.
   *
   * @param vmId the VM
   * @param timeout how long at most
   */
  void stop(long vmId, Duration timeout);

  /**
   * Deletes a VM and waits for it; a VM already gone is deleted.
   *
   * @param vmId the VM
   * @param timeout how long at most
   */
  void delete(long vmId, Duration timeout);

  /**
   * The OS templates a cluster offers.
   *
   * @param clusterId the cluster
   * @return the templates
   */
  List<OsTemplateOffer> osTemplates(long clusterId);

  /**
   * The recipes the panel offers, by name.
   *
   * @return the recipes' names
   */
  List<String> recipes();
}

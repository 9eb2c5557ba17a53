package dev.ispkit.simulator;

/**
 * The services the simulator serves on its one port, used to aim a {@link Fault} and to filter
 * {@link RecordedCall}s.
 *
 * <pre>{@code
 * simulator.inject(Fault.serviceUnavailable().on(Panel.DCIMANAGER).times(3));
 * }</pre>
 */
public enum Panel {
  /** Auth v4, shared by DCImanager and VMmanager: {@code /auth/v4} and {@code /api/auth/v4}. */
  AUTH,
  /** DCImanager 6: {@code /dci/v3} and {@code /api/dci/v3}. */
  DCIMANAGER,
  /** VMmanager 6: {@code /vm/v3} and {@code /api/vm/v3}. */
  VMMANAGER,
  /** The BILLmanager license server's func API: {@code /billmgr}. */
  BILLMANAGER,
  /** A path none of the panels serves. */
  NONE
}

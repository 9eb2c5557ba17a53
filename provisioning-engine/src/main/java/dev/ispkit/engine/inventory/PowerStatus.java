package dev.ispkit.engine.inventory;

/**
 * A server's power status. Status sync powers an Active service's server on and a Stopped service's server off; the
 * delete lifecycle powers a server on before diagnostics when it is off.
 *
 * <p>The engine reads no panel words: an adapter maps DCImanager's {@code power_status} to these values (the
 * DCImanager 6 table is in {@code provisioning-adapters}). For example {@code PowerStatus.ON} for {@code "on"}.
 */
public enum PowerStatus {
  /** Powered on. */
  ON,
  /** Powered off. */
  OFF,
  /** The panel cannot tell (no IPMI or PDU answer), or said something the adapter does not know. */
  UNKNOWN
}

package dev.ispkit.engine.lifecycle;

/** What the host's billing says a service should be, for {@code Provisioning.syncStatuses}. */
public enum WantedStatus {
  /** Active: its server should be powered on. */
  ACTIVE,
  /** Stopped (suspended or not paid): its server should be powered off. */
  STOPPED
}

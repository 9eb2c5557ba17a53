package dev.ispkit.engine.module;

import dev.ispkit.engine.queue.QueueSettings;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What every processing module has: an id, a sort order among the modules of a tariff, a data center, a department
 * for manual tasks, the tariffs it serves, queue settings, a session storage period and an optional license server.
 *
 * <p>Either a {@link DedicatedServerModule} (DCImanager 6) or a {@link VirtualServerModule} (VMmanager 6):
 * {@code if (module instanceof DedicatedServerModule dci) { ... }}.
 */
public sealed interface ProcessingModule permits DedicatedServerModule, VirtualServerModule {

  /** The module's id (the {@code __PMID__} of queue keys). */
  long id();

  /** The module's name. */
  String name();

  /** The sort order: among a tariff's modules the lowest is tried first. */
  int sort();

  /** The data center. */
  DataCenter dataCenter();

  /** The department that receives the module's manual tasks. */
  long departmentId();

  /** The tariffs the module serves. */
  Set<Long> tariffIds();

  /** How the module's operations are queued. */
  QueueSettings queue();

  /** How long a panel session is kept before logging in again. */
  Duration sessionStoragePeriod();

  /** The license server module that licenses come from; empty when the module sells no licenses. */
  OptionalLong licenseServerId();
}

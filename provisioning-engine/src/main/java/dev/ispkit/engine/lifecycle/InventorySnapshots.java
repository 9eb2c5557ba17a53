package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.availability.AvailabilityCheck;
import dev.ispkit.engine.availability.AvailabilityFilter;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.port.DedicatedServerPanel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * One inventory per dedicated-server module, read whole from the panel once and kept for a while, so that an order
 * pays for one re-verifying read of its chosen server instead of a full inventory read. The availability rule needs
 * the whole inventory (MAC uniqueness looks at every server), so the snapshot is the whole location, with its
 * availability check computed once.
 *
 * <p>A snapshot older than the maximum age is read again by the next order that needs it; concurrent orders of one
 * module wait for that one read instead of each making their own. A stale snapshot is safe: every candidate is
 * claimed and re-read before it is used, and one that has changed is skipped.
 */
final class InventorySnapshots {
  private final LongFunction<DedicatedServerPanel> panels;
  private final Clock clock;
  private final Duration maxAge;
  private final ConcurrentHashMap<Long, Snapshot> snapshots = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, Object> locks = new ConcurrentHashMap<>();

  /**
   * One module's inventory as read at one moment.
   *
   * @param moduleId the module
   * @param servers every server of its location
   * @param check the availability of each
   * @param readAt when it was read
   */
  record Snapshot(long moduleId, List<Server> servers, AvailabilityCheck check, Instant readAt) {}

  InventorySnapshots(LongFunction<DedicatedServerPanel> panels, Clock clock, Duration maxAge) {
    this.panels = panels;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  /** The module's snapshot, read now when there is none or it is older than the maximum age. */
  Snapshot get(DedicatedServerModule module) {
    Snapshot current = snapshots.get(module.id());
    if (current != null && !isOld(current)) {
      return current;
    }
    synchronized (locks.computeIfAbsent(module.id(), id -> new Object())) {
      Snapshot again = snapshots.get(module.id());
      if (again != null && again != current && !isOld(again)) {
        return again;
      }
      return read(module);
    }
  }

  /** Reads the module's inventory now, whatever the age of the one held. */
  Snapshot refresh(DedicatedServerModule module) {
    synchronized (locks.computeIfAbsent(module.id(), id -> new Object())) {
      return read(module);
    }
  }

  private Snapshot read(DedicatedServerModule module) {
    List<Server> servers = List.copyOf(panels.apply(module.id()).servers(module.locationId()));
    Snapshot snapshot = new Snapshot(module.id(), servers, AvailabilityFilter.forModule(module).check(servers),
        clock.instant());
    snapshots.put(module.id(), snapshot);
    return snapshot;
  }

  private boolean isOld(Snapshot snapshot) {
    return !snapshot.readAt().plus(maxAge).isAfter(clock.instant());
  }
}

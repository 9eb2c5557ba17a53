package dev.ispkit.engine.availability;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.inventory.DiagnosticsState;
import dev.ispkit.engine.inventory.MaintenanceMode;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.module.DedicatedServerModule;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The availability rule of seed 000: which servers of an inventory a processing module may give to a client.
 *
 * <p>A server is available when all hold: no owner; diagnostics completed; configuration defined; last operation
 * none, ok or canceled; not in maintenance; in operation; its MAC address is unique in the inventory; no diagnostic
 * or status errors (not checked when the module ignores errors); in the module's location. The rule is a pure
 * function of the inventory: the same inventory always gives the same verdicts.
 *
 * <pre>{@code
 * AvailabilityFilter filter = AvailabilityFilter.forModule(module);   // location 3, errors not ignored
 * AvailabilityCheck check = filter.check(inventory);
 * if (check.available().isEmpty()) {
 *   throw new NoCapacity(check.report().toString()); // "0 of 1 200 available: 900 owned, 250 maintenance"
 * }
 * }</pre>
 *
 * <p>Decisions where the seed is silent, each pinned by a test:
 * <ul>
 *   <li>A server without any operation counts as "last operation ok": nothing failed and nothing runs.</li>
 *   <li>What the panel did not say is never taken for the available answer: a maintenance mode it did not give is
 *       {@link AvailabilityCondition#MAINTENANCE_UNKNOWN}, a server without a location is
 *       {@link AvailabilityCondition#LOCATION_UNKNOWN}, a MAC text that is not an address is
 *       {@link AvailabilityCondition#MAC_UNREADABLE}. Each is a reason on that one server; the rest of the inventory
 *       is checked as usual.</li>
 *   <li>A server whose MAC address the panel does not know at all cannot share it: uniqueness compares known
 *       addresses.</li>
 *   <li>MAC uniqueness is judged over the whole inventory given, owned servers and other locations included: two
 *       servers with one address are ambiguous to the panel wherever they are.</li>
 *   <li>Errors are failed diagnostic checks ({@code diag_error}), status errors ({@code has_errors}) and a state
 *       info ({@code state_info}), so "ignore errors" covers them all; a diagnostics run that never finished or
 *       failed is not an error and is never ignored.</li>
 * </ul>
 */
public final class AvailabilityFilter {
  private static final int ERRORS_BIT = AvailabilityCondition.ERRORS.bit();
  /** What {@link Server#macNumber()} answers for a server without a readable address. */
  private static final long NO_MAC = -1L;

  private final long locationId;
  private final boolean ignoreErrors;

  private AvailabilityFilter(long locationId, boolean ignoreErrors) {
    this.locationId = InvalidSettingException.requireNotNegative("location id", locationId);
    this.ignoreErrors = ignoreErrors;
  }

  /**
   * A filter for servers in one DCImanager 6 location.
   *
   * @param locationId the location id (the data center's external id)
   * @param ignoreErrors whether servers with diagnostic or status errors count as available
   * @return the filter
   */
  public static AvailabilityFilter of(long locationId, boolean ignoreErrors) {
    return new AvailabilityFilter(locationId, ignoreErrors);
  }

  /**
   * The filter a DCImanager 6 processing module applies: its data center's external id as the location, and its
   * "ignore diagnostic errors" setting.
   *
   * @param module the processing module
   * @return the filter
   */
  public static AvailabilityFilter forModule(DedicatedServerModule module) {
    InvalidSettingException.requirePresent("processing module", module);
    return new AvailabilityFilter(module.locationId(), module.ignoreDiagnosticErrors());
  }

  /** The location servers must be in. */
  public long locationId() {
    return locationId;
  }

  /** Whether diagnostic and status errors are ignored. */
  public boolean ignoresErrors() {
    return ignoreErrors;
  }

  /**
   * Checks every server of an inventory.
   *
   * @param inventory the servers read from the panel, in any order; ids must be unique
   * @return the verdict for each server and the report
   * @throws InvalidSettingException naming {@code inventory} when it is missing, holds {@code null} or holds two
   *     servers with one id
   */
  public AvailabilityCheck check(Collection<Server> inventory) {
    Server[] given = InvalidSettingException.requirePresent("inventory", inventory).toArray(new Server[0]);
    int size = given.length;
    List<Server> servers = Collections.unmodifiableList(Arrays.asList(given));
    // One pass over the servers computes everything but MAC sharing, which needs the whole inventory first: at
    // 100 000 servers each extra pass over the server objects costs as much as the rule itself.
    int[] masks = new int[size];
    long[] macOf = new long[size];
    String[] labels = new String[size];
    boolean idsRising = true;
    long previousId = -1;
    for (int i = 0; i < size; i++) {
      Server server = given[i];
      if (server == null) {
        throw new InvalidSettingException("inventory", "server at index " + i, "must not be null");
      }
      idsRising &= server.id() > previousId;
      previousId = server.id();
      macOf[i] = server.macNumber();
      labels[i] = server.configurationLabel();
      masks[i] = mask(server);
    }
    LongIndex positions = idsRising ? null : indexUniqueIds(servers);
    markSharedMacs(macOf, masks);
    int[] failures = new int[AvailabilityCondition.values().length];
    int available = 0;
    for (int mask : masks) {
      if (mask == 0) {
        available++;
      } else {
        for (int bits = mask; bits != 0; bits &= bits - 1) {
          failures[Integer.numberOfTrailingZeros(bits)]++;
        }
      }
    }
    return new AvailabilityCheck(servers, positions, labels, masks, available, failures);
  }

  /**
   * Sets {@link AvailabilityCondition#MAC_SHARED} for every server whose known MAC address another server has too.
   *
   * <p>A hash set of 100 000 addresses costs an unpredictable branch and a cache miss per server, more than the rest
   * of the rule. So: a bit table of address hashes finds the addresses whose hash was seen before (the duplicates
   * and a few percent of hash collisions); a second pass tests each address against the bit table of those suspects,
   * a test that is almost always false, and only the few that pass are counted exactly in a small set. The result is
   * exact: a collision only makes an address a suspect, never shared.
   */
  static void markSharedMacs(long[] macOf, int[] masks) {
    int tableBits = Integer.highestOneBit(Math.max(64, macOf.length * 16 - 1)) << 1;
    int hashMask = tableBits - 1;
    long[] table = new long[tableBits >>> 6];
    long[] suspects = new long[16];
    int suspectCount = 0;
    for (long mac : macOf) {
      if (mac == NO_MAC) {
        continue;
      }
      int hash = LongIndex.hash(mac) & hashMask;
      long bit = 1L << hash;
      if ((table[hash >>> 6] & bit) == 0) {
        table[hash >>> 6] |= bit;
      } else {
        if (suspectCount == suspects.length) {
          suspects = Arrays.copyOf(suspects, suspectCount * 2);
        }
        suspects[suspectCount++] = mac;
      }
    }
    if (suspectCount == 0) {
      return;
    }
    // The same table now holds the suspects' hashes only.
    Arrays.fill(table, 0L);
    LongIndex suspected = new LongIndex(suspectCount);
    for (int i = 0; i < suspectCount; i++) {
      int hash = LongIndex.hash(suspects[i]) & hashMask;
      table[hash >>> 6] |= 1L << hash;
      suspected.add(suspects[i]);
    }
    int[] holders = new int[Math.min(macOf.length, suspectCount * 2 + 16)];
    int holderCount = 0;
    LongIndex once = new LongIndex(suspectCount);
    LongIndex shared = new LongIndex(suspectCount);
    for (int i = 0; i < macOf.length; i++) {
      long mac = macOf[i];
      if (mac == NO_MAC) {
        continue;
      }
      int hash = LongIndex.hash(mac) & hashMask;
      if ((table[hash >>> 6] & (1L << hash)) != 0 && suspected.contains(mac)) {
        if (holderCount == holders.length) {
          holders = Arrays.copyOf(holders, holderCount * 2);
        }
        holders[holderCount++] = i;
        if (!once.add(mac)) {
          shared.add(mac);
        }
      }
    }
    int sharedBit = AvailabilityCondition.MAC_SHARED.bit();
    for (int h = 0; h < holderCount; h++) {
      int i = holders[h];
      if (shared.contains(macOf[i])) {
        masks[i] |= sharedBit;
      }
    }
  }

  /**
   * The position of each server id, built only when ids do not rise: panels list servers by id, so usually the
   * check finds an id by binary search and needs no index.
   */
  private static LongIndex indexUniqueIds(List<Server> servers) {
    LongIndex positions = new LongIndex(servers.size());
    for (int i = 0; i < servers.size(); i++) {
      long id = servers.get(i).id();
      if (positions.putIfAbsent(id, i) >= 0) {
        throw new InvalidSettingException("inventory", id, "server id appears more than once");
      }
    }
    return positions;
  }

  private int mask(Server server) {
    int mask = 0;
    if (server.owned()) {
      mask |= AvailabilityCondition.OWNED.bit();
    }
    if (server.diagnostics() != DiagnosticsState.COMPLETED) {
      mask |= AvailabilityCondition.DIAGNOSTICS_NOT_COMPLETED.bit();
    }
    if (!server.configurationDefined()) {
      mask |= AvailabilityCondition.CONFIGURATION_UNDEFINED.bit();
    }
    if (!server.lastOperation().allowsAllocation()) {
      mask |= AvailabilityCondition.LAST_OPERATION_NOT_OK.bit();
    }
    MaintenanceMode maintenance = server.maintenance();
    if (maintenance != MaintenanceMode.OFF) {
      mask |= maintenance == MaintenanceMode.ON
          ? AvailabilityCondition.MAINTENANCE.bit() : AvailabilityCondition.MAINTENANCE_UNKNOWN.bit();
    }
    if (!server.inOperation()) {
      mask |= AvailabilityCondition.NOT_IN_OPERATION.bit();
    }
    if (server.macUnreadable()) {
      mask |= AvailabilityCondition.MAC_UNREADABLE.bit();
    }
    if (!ignoreErrors && server.hasErrors()) {
      mask |= ERRORS_BIT;
    }
    if (!server.isInLocation(locationId)) {
      mask |= server.locationId().isPresent()
          ? AvailabilityCondition.OTHER_LOCATION.bit() : AvailabilityCondition.LOCATION_UNKNOWN.bit();
    }
    return mask;
  }

  @Override
  public String toString() {
    return "AvailabilityFilter{location=" + locationId + ", ignoreErrors=" + ignoreErrors + "}";
  }
}

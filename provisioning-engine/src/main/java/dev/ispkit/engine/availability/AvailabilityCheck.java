package dev.ispkit.engine.availability;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.inventory.Server;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link AvailabilityFilter#check}: for every server of the inventory, in the order given, whether it
 * is available and which conditions it fails, and the {@link AvailabilityReport}.
 *
 * <pre>{@code
 * AvailabilityCheck check = filter.check(inventory);
 * for (int i = 0; i < check.size(); i++) {
 *   System.out.println(check.server(i).id() + " " + check.availability(i));
 * }
 * }</pre>
 */
public final class AvailabilityCheck {
  private static final Availability AVAILABLE = new Availability.Available();

  private final List<Server> servers;
  /** Each server id's position; {@code null} when ids rise through the inventory and a binary search finds them. */
  private final LongIndex positions;
  /** Each server's configuration label, read while the server was checked: a matcher scans labels, not servers. */
  private final String[] labels;
  private final int[] masks;
  private final AvailabilityReport report;

  AvailabilityCheck(List<Server> servers, LongIndex positions, String[] labels, int[] masks, int available,
      int[] failures) {
    this.servers = servers;
    this.positions = positions;
    this.labels = labels;
    this.masks = masks;
    Map<AvailabilityCondition, Integer> counts = new EnumMap<>(AvailabilityCondition.class);
    for (AvailabilityCondition condition : AvailabilityCondition.values()) {
      counts.put(condition, failures[condition.ordinal()]);
    }
    this.report = new AvailabilityReport(servers.size(), available, counts);
  }

  /** The number of servers checked. */
  public int size() {
    return servers.size();
  }

  /** The server at {@code index}, in the order the inventory was given. */
  public Server server(int index) {
    return servers.get(index);
  }

  /**
   * The configuration label of the server at {@code index}: the same as {@code server(index).configurationLabel()},
   * without reading the server again, which matters when a matcher scans 100 000 of them.
   */
  public String configurationLabel(int index) {
    return labels[checkIndex(index)];
  }

  /** Whether the server at {@code index} is available. */
  public boolean isAvailable(int index) {
    return masks[checkIndex(index)] == 0;
  }

  /** The verdict for the server at {@code index}. */
  public Availability availability(int index) {
    int mask = masks[checkIndex(index)];
    if (mask == 0) {
      return AVAILABLE;
    }
    EnumSet<AvailabilityCondition> failed = EnumSet.noneOf(AvailabilityCondition.class);
    for (AvailabilityCondition condition : AvailabilityCondition.values()) {
      if ((mask & condition.bit()) != 0) {
        failed.add(condition);
      }
    }
    return new Availability.Unavailable(failed);
  }

  /**
   * The verdict for the server with id {@code serverId}, found without scanning the inventory: by binary search when
   * the ids rise through it (panels list servers by id), else through an index built while checking.
   *
   * @throws InvalidSettingException naming {@code server id} when the inventory has no such server
   */
  public Availability availabilityOf(long serverId) {
    int index = positions != null ? positions.positionOf(serverId) : searchRisingIds(serverId);
    if (index < 0) {
      throw new InvalidSettingException("server id", serverId, "is not in the checked inventory");
    }
    return availability(index);
  }

  private int searchRisingIds(long serverId) {
    int low = 0;
    int high = servers.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      long id = servers.get(middle).id();
      if (id < serverId) {
        low = middle + 1;
      } else if (id > serverId) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -1;
  }

  /** The available servers, in inventory order. */
  public List<Server> available() {
    List<Server> available = new ArrayList<>(report.available());
    for (int i = 0; i < masks.length; i++) {
      if (masks[i] == 0) {
        available.add(servers.get(i));
      }
    }
    return Collections.unmodifiableList(available);
  }

  /** The counts per failed condition. */
  public AvailabilityReport report() {
    return report;
  }

  private int checkIndex(int index) {
    if (index < 0 || index >= masks.length) {
      throw new InvalidSettingException("index", index, "must be 0.." + (masks.length - 1));
    }
    return index;
  }
}

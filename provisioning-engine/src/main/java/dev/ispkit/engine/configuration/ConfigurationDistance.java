package dev.ispkit.engine.configuration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes that turn one configuration into another, and whether the first falls short of the second. The
 * distance is the sum of the changes' costs, so it is explained by them.
 */
final class ConfigurationDistance {
  private static final Comparator<Component.Disk> LARGEST_FIRST =
      Comparator.comparingInt(Component.Disk::sizeGb).reversed().thenComparing(Component.Disk::type);

  private ConfigurationDistance() {}

  /**
   * The changes, in build order: processors, memory, then disks (removals, replacements, additions; larger disks
   * first within each), then the network card.
   */
  static List<ComponentChange> changes(Configuration server, Configuration ordered, DistanceWeights weights) {
    List<ComponentChange> changes = new ArrayList<>(4);
    cpu(server.cpu(), ordered.cpu(), weights, changes);
    int ram = ordered.ramGb() - server.ramGb();
    if (ram > 0) {
      changes.add(new ComponentChange.Add(new Component.Memory(ram), 1, ram * weights.ramPerGb()));
    } else if (ram < 0) {
      changes.add(new ComponentChange.Remove(new Component.Memory(-ram), 1, -ram * weights.ramPerGb()));
    }
    disks(server.disks(), ordered.disks(), weights, changes);
    if (server.networkMbps() > 0 && ordered.networkMbps() > 0 && server.networkMbps() != ordered.networkMbps()) {
      changes.add(new ComponentChange.Replace(new Component.NetworkCard(server.networkMbps()),
          new Component.NetworkCard(ordered.networkMbps()), 1, weights.network()));
    }
    return List.copyOf(changes);
  }

  static double distance(List<ComponentChange> changes) {
    double distance = 0;
    for (ComponentChange change : changes) {
      distance += change.cost();
    }
    return distance;
  }

  /** Whether the server has less than ordered of anything both sides know. */
  static boolean underProvisioned(Configuration server, Configuration ordered) {
    if (server.ramGb() < ordered.ramGb()
        || server.diskCapacityGb() < ordered.diskCapacityGb()
        || server.diskCount() < ordered.diskCount()) {
      return true;
    }
    if (server.cpu().cores() > 0 && ordered.cpu().cores() > 0
        && totalCores(server.cpu()) < totalCores(ordered.cpu())) {
      return true;
    }
    return server.networkMbps() > 0 && ordered.networkMbps() > 0 && server.networkMbps() < ordered.networkMbps();
  }

  private static void cpu(Component.Cpu server, Component.Cpu ordered, DistanceWeights weights,
      List<ComponentChange> changes) {
    boolean coresKnown = server.cores() > 0 && ordered.cores() > 0;
    boolean different = !server.sameModel(ordered)
        || server.sockets() != ordered.sockets()
        || coresKnown && server.cores() != ordered.cores()
        || server.frequencyMhz() > 0 && ordered.frequencyMhz() > 0 && server.frequencyMhz() != ordered.frequencyMhz();
    if (different) {
      double cost = weights.cpu();
      if (coresKnown) {
        cost += weights.cpuCore() * Math.abs(totalCores(server) - totalCores(ordered));
      }
      changes.add(new ComponentChange.Replace(server, ordered, 1, cost));
    }
  }

  private static int totalCores(Component.Cpu cpu) {
    return cpu.sockets() * cpu.cores();
  }

  /**
   * Disks present on both sides stay. Of the rest, disks of one type are paired largest with largest and replaced
   * (a size change), then the remaining disks of different types are paired the same way (a type change); what is
   * left on the ordered side is added, on the server's side removed.
   */
  private static void disks(List<DiskGroup> server, List<DiskGroup> ordered, DistanceWeights weights,
      List<ComponentChange> changes) {
    Map<Component.Disk, Integer> have = counts(server);
    Map<Component.Disk, Integer> want = counts(ordered);
    for (Map.Entry<Component.Disk, Integer> entry : want.entrySet()) {
      Integer present = have.get(entry.getKey());
      if (present != null) {
        int kept = Math.min(present, entry.getValue());
        have.put(entry.getKey(), present - kept);
        entry.setValue(entry.getValue() - kept);
      }
    }
    List<Component.Disk> spare = expand(have);
    List<Component.Disk> missing = expand(want);
    if (spare.isEmpty() && missing.isEmpty()) {
      return;
    }
    Map<Component.Disk, Map<Component.Disk, Integer>> replaced = new LinkedHashMap<>();
    EnumMap<DiskType, List<Component.Disk>> spareByType = byType(spare);
    EnumMap<DiskType, List<Component.Disk>> missingByType = byType(missing);
    List<Component.Disk> spareLeft = new ArrayList<>();
    List<Component.Disk> missingLeft = new ArrayList<>();
    for (DiskType type : DiskType.values()) {
      List<Component.Disk> from = spareByType.getOrDefault(type, List.of());
      List<Component.Disk> to = missingByType.getOrDefault(type, List.of());
      int pairs = Math.min(from.size(), to.size());
      for (int i = 0; i < pairs; i++) {
        replaced.computeIfAbsent(from.get(i), d -> new LinkedHashMap<>()).merge(to.get(i), 1, Integer::sum);
      }
      spareLeft.addAll(from.subList(pairs, from.size()));
      missingLeft.addAll(to.subList(pairs, to.size()));
    }
    spareLeft.sort(LARGEST_FIRST);
    missingLeft.sort(LARGEST_FIRST);
    int pairs = Math.min(spareLeft.size(), missingLeft.size());
    for (int i = 0; i < pairs; i++) {
      replaced.computeIfAbsent(spareLeft.get(i), d -> new LinkedHashMap<>()).merge(missingLeft.get(i), 1,
          Integer::sum);
    }
    for (Map.Entry<Component.Disk, Integer> removal : group(spareLeft.subList(pairs, spareLeft.size()))) {
      Component.Disk disk = removal.getKey();
      int count = removal.getValue();
      changes.add(new ComponentChange.Remove(disk, count, count * (weights.disk() + tb(disk) * weights.diskPerTb())));
    }
    List<ComponentChange.Replace> replacements = new ArrayList<>();
    replaced.forEach((from, targets) -> targets.forEach((to, count) -> {
      double each = weights.disk() + Math.abs(from.sizeGb() - to.sizeGb()) / 1000.0 * weights.diskPerTb()
          + (from.type() == to.type() ? 0 : weights.diskType());
      replacements.add(new ComponentChange.Replace(from, to, count, count * each));
    }));
    replacements.sort(Comparator.comparing((ComponentChange.Replace r) -> (Component.Disk) r.from(), LARGEST_FIRST)
        .thenComparing(r -> (Component.Disk) r.to(), LARGEST_FIRST));
    changes.addAll(replacements);
    for (Map.Entry<Component.Disk, Integer> addition : group(missingLeft.subList(pairs, missingLeft.size()))) {
      Component.Disk disk = addition.getKey();
      int count = addition.getValue();
      changes.add(new ComponentChange.Add(disk, count, count * (weights.disk() + tb(disk) * weights.diskPerTb())));
    }
  }

  private static double tb(Component.Disk disk) {
    return disk.sizeGb() / 1000.0;
  }

  private static Map<Component.Disk, Integer> counts(List<DiskGroup> groups) {
    Map<Component.Disk, Integer> counts = new LinkedHashMap<>();
    for (DiskGroup group : groups) {
      counts.merge(group.disk(), group.count(), Integer::sum);
    }
    return counts;
  }

  private static List<Component.Disk> expand(Map<Component.Disk, Integer> counts) {
    List<Component.Disk> disks = new ArrayList<>();
    counts.forEach((disk, count) -> {
      for (int i = 0; i < count; i++) {
        disks.add(disk);
      }
    });
    disks.sort(LARGEST_FIRST);
    return disks;
  }

  private static EnumMap<DiskType, List<Component.Disk>> byType(List<Component.Disk> disks) {
    EnumMap<DiskType, List<Component.Disk>> byType = new EnumMap<>(DiskType.class);
    for (Component.Disk disk : disks) {
      byType.computeIfAbsent(disk.type(), t -> new ArrayList<>()).add(disk);
    }
    return byType;
  }

  private static List<Map.Entry<Component.Disk, Integer>> group(List<Component.Disk> sortedDisks) {
    Map<Component.Disk, Integer> grouped = new LinkedHashMap<>();
    for (Component.Disk disk : sortedDisks) {
      grouped.merge(disk, 1, Integer::sum);
    }
    return new ArrayList<>(grouped.entrySet());
  }
}

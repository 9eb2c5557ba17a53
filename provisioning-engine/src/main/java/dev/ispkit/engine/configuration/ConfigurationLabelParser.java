package dev.ispkit.engine.configuration;

import dev.ispkit.engine.InvalidSettingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DCImanager 6 configuration labels as providers write them: {@code CPU-RAM-disks[-network]}, for example
 * {@code i9-9900K-64Gb-2x1024NVMe}, {@code E-2146G-64Gb-1920SSD-3840SSD} or {@code 2xE5-2650v4-128Gb-4x4TbHDD-10Gbps}.
 * The format is a provider convention, not a panel guarantee, so the parser says exactly what it could not read.
 *
 * <pre>{@code
 * Configuration c = ConfigurationLabelParser.parse("i9-9900K-64Gb-2x1024NVMe");
 * c.cpu().model();   // "i9-9900K"
 * c.ramGb();         // 64
 * c.disks();         // [DiskGroup[type=NVME, sizeGb=1024, count=2]]
 * }</pre>
 *
 * <p>The grammar, split on {@code -}:
 * <ul>
 *   <li>RAM is a number with {@code Gb}, {@code GB}, {@code gb} or {@code GiB} ({@code 64Gb}; a bare {@code G}
 *       is not RAM, it ends CPU models such as {@code E-2146G}); when several parts look like RAM, the last one
 *       before the first disk or network part is. Every part before RAM is the CPU model, dashes kept. A leading
 *       {@code Nx} on the model is the socket count ({@code 2xE5-2650v4}).</li>
 *   <li>Each part after RAM is a disk group, {@code [Nx]size[unit]type}: size in GB, or in TB with {@code T},
 *       {@code Tb} or {@code TB} (1 TB = 1000 GB, as disk vendors count); type {@code HDD}, {@code SSD} or
 *       {@code NVMe} in any case ({@code 2x1024NVMe}, {@code 1920SSD}, {@code 4x4TbHDD}); or the network speed,
 *       a number with {@code Gbps}, {@code Mbps}, {@code Gbit} or {@code Mbit} ({@code 10Gbps}), at most once.</li>
 * </ul>
 */
public final class ConfigurationLabelParser {
  static final int MAX_CACHED = 16_384;
  private static final ConcurrentHashMap<String, LabelReading> READINGS = new ConcurrentHashMap<>();
  private static final Pattern RAM = Pattern.compile("(\\d{1,7})(?:GB|Gb|gb|GiB)");
  private static final Pattern SOCKETS = Pattern.compile("(\\d{1,2})[xX](\\p{Alpha}.*)");
  private static final Pattern DISK =
      Pattern.compile("(?:(\\d{1,3})[xX])?(\\d{1,7}(?:\\.\\d{1,3})?)(G|Gb|GB|T|Tb|TB)?(HDD|SSD|NVMe)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NETWORK =
      Pattern.compile("(\\d{1,6})(Gbps|Mbps|Gbit|Mbit)", Pattern.CASE_INSENSITIVE);

  private ConfigurationLabelParser() {}

  /**
   * Reads a label into a configuration named after it.
   *
   * @param label the label, for example {@code i9-9900K-64Gb-2x1024NVMe}
   * @return the configuration
   * @throws InvalidSettingException naming {@code configuration label} and listing every problem found
   */
  public static Configuration parse(String label) {
    LabelReading reading = read(label);
    if (reading instanceof LabelReading.Unparsed) {
      throw new InvalidSettingException("configuration label", label,
          String.join("; ", ((LabelReading.Unparsed) reading).problems()));
    }
    return ((LabelReading.Parsed) reading).configuration();
  }

  /**
   * {@link #read} through a bounded table shared by every matcher: an inventory carries a few hundred labels, read
   * again on every order otherwise. Readings are immutable, so sharing them is safe; past {@value #MAX_CACHED}
   * labels a new one is read and not kept.
   */
  static LabelReading readCached(String label) {
    LabelReading reading = READINGS.get(label);
    if (reading == null) {
      reading = read(label);
      if (READINGS.size() < MAX_CACHED) {
        READINGS.putIfAbsent(label, reading);
      }
    }
    return reading;
  }

  /**
   * Reads a label, reporting problems instead of throwing: an inventory may hold labels no rule can read, and one
   * such server must not stop the others from being matched.
   *
   * @param label the label
   * @return the configuration, or every problem found
   */
  public static LabelReading read(String label) {
    List<String> problems = new ArrayList<>();
    if (label == null || label.isBlank()) {
      problems.add("the label is empty");
      return new LabelReading.Unparsed(label == null ? "" : label, problems);
    }
    String trimmed = label.trim();
    String[] parts = trimmed.split("-", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].trim();
      if (parts[i].isEmpty()) {
        problems.add("part " + (i + 1) + " is empty (two dashes in a row, or a dash at an end)");
      }
    }
    // CPU models may look like a RAM size ("E-2146G" has none, "Gold-6230R-16Gb" may): the RAM is the last
    // RAM-like part before the first disk or network part.
    int firstDevice = parts.length;
    for (int i = 0; i < parts.length && firstDevice == parts.length; i++) {
      if (DISK.matcher(parts[i]).matches() || NETWORK.matcher(parts[i]).matches()) {
        firstDevice = i;
      }
    }
    int ramAt = -1;
    for (int i = 0; i < firstDevice; i++) {
      if (RAM.matcher(parts[i]).matches()) {
        ramAt = i;
      }
    }
    if (ramAt < 0) {
      problems.add("no RAM size (like 64Gb) before the first disk or network part");
      return new LabelReading.Unparsed(trimmed, problems);
    }
    Component.Cpu cpu = cpu(parts, ramAt, problems);
    int ramGb = ram(parts[ramAt], problems);
    List<DiskGroup> disks = new ArrayList<>();
    int networkMbps = 0;
    for (int i = ramAt + 1; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty()) {
        continue;
      }
      Matcher disk = DISK.matcher(part);
      Matcher network = NETWORK.matcher(part);
      if (disk.matches()) {
        DiskGroup group = disk(part, disk, problems);
        if (group != null) {
          disks.add(group);
        }
      } else if (network.matches()) {
        if (networkMbps > 0) {
          problems.add("part " + (i + 1) + " '" + part + "' gives the network speed a second time");
        } else {
          networkMbps = network(part, network, problems);
        }
      } else {
        problems.add("part " + (i + 1) + " '" + part
            + "' is neither a disk group (like 2x1024NVMe or 1920SSD) nor a network speed (like 10Gbps)");
      }
    }
    if (!problems.isEmpty() || cpu == null) {
      return new LabelReading.Unparsed(trimmed, problems);
    }
    return new LabelReading.Parsed(new Configuration(trimmed, cpu, ramGb, disks, networkMbps));
  }

  private static Component.Cpu cpu(String[] parts, int ramAt, List<String> problems) {
    if (ramAt == 0) {
      problems.add("no CPU model before the RAM size '" + parts[0] + "'");
      return null;
    }
    String model = String.join("-", Arrays.copyOf(parts, ramAt));
    int sockets = 1;
    Matcher multi = SOCKETS.matcher(model);
    if (multi.matches()) {
      sockets = Integer.parseInt(multi.group(1));
      model = multi.group(2);
      if (sockets < 1 || sockets > 16) {
        problems.add("socket count " + sockets + " in '" + parts[0] + "' is not 1..16");
        return null;
      }
    }
    if (model.isBlank() || model.startsWith("-") || model.endsWith("-")) {
      if (problems.isEmpty()) {
        problems.add("the CPU model before the RAM size is empty");
      }
      return null;
    }
    return new Component.Cpu(model, sockets, 0, 0);
  }

  private static int ram(String part, List<String> problems) {
    Matcher ram = RAM.matcher(part);
    ram.matches();
    int gigabytes = Integer.parseInt(ram.group(1));
    if (gigabytes < 1) {
      problems.add("RAM size '" + part + "' is zero");
      return 1;
    }
    return gigabytes;
  }

  private static DiskGroup disk(String part, Matcher disk, List<String> problems) {
    int count = disk.group(1) == null ? 1 : Integer.parseInt(disk.group(1));
    BigDecimal size = new BigDecimal(disk.group(2));
    String unit = disk.group(3) == null ? "G" : disk.group(3).toUpperCase(Locale.ROOT);
    if (unit.startsWith("T")) {
      size = size.multiply(BigDecimal.valueOf(1000));
    }
    DiskType type = DiskType.fromLabel(disk.group(4)).orElseThrow();
    if (count < 1 || count > 256) {
      problems.add("disk count in '" + part + "' is not 1..256");
      return null;
    }
    if (size.signum() <= 0 || size.stripTrailingZeros().scale() > 0 || size.compareTo(BigDecimal.valueOf(1_000_000))
        > 0) {
      problems.add("disk size in '" + part + "' is not a whole number of GB in 1..1000000");
      return null;
    }
    return new DiskGroup(type, size.intValueExact(), count);
  }

  private static int network(String part, Matcher network, List<String> problems) {
    int speed = Integer.parseInt(network.group(1));
    boolean gigabit = network.group(2).toUpperCase(Locale.ROOT).startsWith("G");
    long mbps = gigabit ? speed * 1000L : speed;
    if (mbps < 1 || mbps > 1_000_000) {
      problems.add("network speed '" + part + "' is not 1 Mbit/s..1000 Gbit/s");
      return 0;
    }
    return (int) mbps;
  }
}

package dev.ispkit.engine.configuration;

import dev.ispkit.engine.InvalidSettingException;
import java.util.Locale;

/**
 * One part of a server that a build adds, removes or replaces: the processor(s), memory, one disk, or the network
 * card. {@link ComponentChange} carries them; {@link #describe()} is the text the build and purchase tasks show.
 *
 * <p>Example: {@code new Component.Memory(32).describe()} is {@code "32 GB RAM"}.
 */
public sealed interface Component {

  /** The part in words for a task, for example {@code "1024 GB NVMe"}. */
  String describe();

  /**
   * The processors of a server.
   *
   * @param model the CPU model as the label writes it, for example {@code i9-9900K}; compared without regard to case
   * @param sockets the number of processors, at least 1
   * @param cores the cores per processor, 0 when unknown
   * @param frequencyMhz the base frequency in MHz, 0 when unknown
   */
  record Cpu(String model, int sockets, int cores, int frequencyMhz) implements Component {
    /** Validates the values; trims the model. */
    public Cpu {
      model = InvalidSettingException.requireText("CPU model", model).trim();
      InvalidSettingException.requireRange("CPU sockets", sockets, 1, 16, "");
      InvalidSettingException.requireRange("CPU cores", cores, 0, 1024, "");
      InvalidSettingException.requireRange("CPU frequency", frequencyMhz, 0, 10_000, "MHz");
    }

    /** One processor of a model whose cores and frequency are unknown. */
    public static Cpu of(String model) {
      return new Cpu(model, 1, 0, 0);
    }

    boolean sameModel(Cpu other) {
      return model.equalsIgnoreCase(other.model);
    }

    @Override
    public String describe() {
      StringBuilder text = new StringBuilder();
      if (sockets > 1) {
        text.append(sockets).append(" x ");
      }
      text.append(model);
      if (cores > 0) {
        text.append(' ').append(cores).append(" cores");
      }
      if (frequencyMhz > 0) {
        text.append(String.format(Locale.ROOT, " %.1f GHz", frequencyMhz / 1000.0));
      }
      return text.toString();
    }
  }

  /**
   * An amount of memory.
   *
   * @param gigabytes the size in GB, at least 1
   */
  record Memory(int gigabytes) implements Component {
    /** Validates the size. */
    public Memory {
      InvalidSettingException.requireRange("RAM", gigabytes, 1, 1_048_576, "GB");
    }

    @Override
    public String describe() {
      return gigabytes + " GB RAM";
    }
  }

  /**
   * One disk.
   *
   * @param type the disk's type
   * @param sizeGb its size in GB as the label writes it (a label's {@code 1024} and {@code 1Tb} are different sizes)
   */
  record Disk(DiskType type, int sizeGb) implements Component {
    /** Validates the values. */
    public Disk {
      InvalidSettingException.requirePresent("disk type", type);
      InvalidSettingException.requireRange("disk size", sizeGb, 1, 1_000_000, "GB");
    }

    @Override
    public String describe() {
      return sizeGb + " GB " + type.label();
    }
  }

  /**
   * A network card, by its speed.
   *
   * @param mbps the port speed in Mbit/s, at least 1
   */
  record NetworkCard(int mbps) implements Component {
    /** Validates the speed. */
    public NetworkCard {
      InvalidSettingException.requireRange("network speed", mbps, 1, 1_000_000, "Mbit/s");
    }

    @Override
    public String describe() {
      return mbps % 1000 == 0 ? mbps / 1000 + " Gbit/s network card" : mbps + " Mbit/s network card";
    }
  }
}

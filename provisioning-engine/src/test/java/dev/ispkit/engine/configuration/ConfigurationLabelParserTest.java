package dev.ispkit.engine.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationLabelParserTest {

  static Stream<Arguments> labelsAsProvidersWriteThem() {
    return Stream.of(
        Arguments.of("i9-9900K-64Gb-2x1024NVMe", new Configuration("i9-9900K-64Gb-2x1024NVMe",
            Component.Cpu.of("i9-9900K"), 64, List.of(new DiskGroup(DiskType.NVME, 1024, 2)), 0)),
        Arguments.of("E-2146G-64Gb-1920SSD-3840SSD", new Configuration("E-2146G-64Gb-1920SSD-3840SSD",
            Component.Cpu.of("E-2146G"), 64, List.of(new DiskGroup(DiskType.SSD, 1920, 1),
                new DiskGroup(DiskType.SSD, 3840, 1)), 0)),
        Arguments.of("2xE5-2650v4-128Gb-4x4TbHDD-10Gbps", new Configuration("2xE5-2650v4-128Gb-4x4TbHDD-10Gbps",
            new Component.Cpu("E5-2650v4", 2, 0, 0), 128, List.of(new DiskGroup(DiskType.HDD, 4000, 4)), 10_000)),
        Arguments.of("Gold-6230R-16Gb-256GB-480ssd-480SSD-100Mbps", new Configuration(
            "Gold-6230R-16Gb-256GB-480ssd-480SSD-100Mbps", Component.Cpu.of("Gold-6230R-16Gb"), 256,
            List.of(new DiskGroup(DiskType.SSD, 480, 2)), 100)),
        Arguments.of("i7-8700-32gb-1.92TbSSD", new Configuration("i7-8700-32gb-1.92TbSSD",
            Component.Cpu.of("i7-8700"), 32, List.of(new DiskGroup(DiskType.SSD, 1920, 1)), 0)),
        Arguments.of("Ryzen-5950X-128GiB", new Configuration("Ryzen-5950X-128GiB", Component.Cpu.of("Ryzen-5950X"),
            128, List.of(), 0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void labelsAsProvidersWriteThem(String label, Configuration expected) {
    assertThat(ConfigurationLabelParser.read(label)).isEqualTo(new LabelReading.Parsed(expected));
    assertThat(ConfigurationLabelParser.parse(label)).isEqualTo(expected);
  }

  static Stream<Arguments> unreadableLabelsSayWhatCouldNotBeParsed() {
    return Stream.of(
        Arguments.of("", List.of("the label is empty")),
        Arguments.of("E-2146G", List.of("no RAM size (like 64Gb) before the first disk or network part")),
        Arguments.of("64Gb-2x1024NVMe", List.of("no CPU model before the RAM size '64Gb'")),
        Arguments.of("i9-9900K-64Gb-2x1024NVMe-fast", List.of(
            "part 5 'fast' is neither a disk group (like 2x1024NVMe or 1920SSD) nor a network speed (like 10Gbps)")),
        Arguments.of("i9-9900K-64Gb--1024SSD", List.of(
            "part 4 is empty (two dashes in a row, or a dash at an end)")),
        Arguments.of("i9-9900K-64Gb-1Gbps-10Gbps", List.of("part 5 '10Gbps' gives the network speed a second time")),
        Arguments.of("i9-9900K-64Gb-0x1024SSD", List.of("disk count in '0x1024SSD' is not 1..256")),
        Arguments.of("i9-9900K-64Gb-0.5GbSSD", List.of(
            "disk size in '0.5GbSSD' is not a whole number of GB in 1..1000000")),
        Arguments.of("i9-9900K-0Gb", List.of("RAM size '0Gb' is zero")),
        Arguments.of("i9-9900K-64Gb-2x1024NVMe-4xSAS", List.of(
            "part 5 '4xSAS' is neither a disk group (like 2x1024NVMe or 1920SSD) nor a network speed (like 10Gbps)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void unreadableLabelsSayWhatCouldNotBeParsed(String label, List<String> problems) {
    assertThat(ConfigurationLabelParser.read(label)).isEqualTo(new LabelReading.Unparsed(label, problems));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"i9-9900K-64Gb-2x1024NVMe", "2xE5-2650v4-128Gb-480SSD-4x4000HDD-10Gbps",
      "Ryzen-5950X-128Gb", "E-2146G-64Gb-1920SSD-3840SSD-100Mbps"})
  void aConfigurationsLabelReadsBackAsTheSameConfiguration(String label) {
    Configuration parsed = ConfigurationLabelParser.parse(label);

    assertThat(ConfigurationLabelParser.parse(parsed.label()).sameComponents(parsed)).isTrue();
  }
}

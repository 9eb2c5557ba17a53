package dev.ispkit.engine.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.TestServers;
import dev.ispkit.engine.availability.AvailabilityCheck;
import dev.ispkit.engine.availability.AvailabilityFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedLabelsTest {
  @Test
  void serversWithEqualLabelsHoldOneStringAndTheCheckHandsItToTheMatcher() {
    String label = "E-2146G-64Gb-1920SSD-3840SSD";
    Server first = TestServers.available(1, new String(label.toCharArray())).build();
    Server second = TestServers.available(2, new String(label.toCharArray()) + "  ").build();

    assertThat(second.configurationLabel()).isEqualTo(label).isSameAs(first.configurationLabel());
    AvailabilityCheck check = AvailabilityFilter.of(TestServers.LOCATION, false).check(List.of(first, second));
    assertThat(check.configurationLabel(1)).isSameAs(first.configurationLabel());
  }
}

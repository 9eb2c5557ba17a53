package dev.ispkit.engine.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.TestServers;
import dev.ispkit.engine.availability.AvailabilityFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildPlanTest {
  private final ConfigurationMatcher matcher = ConfigurationMatcher.builder().build();

  private BuildPlan plan(String serverLabel, String orderedLabel) {
    var check = AvailabilityFilter.of(TestServers.LOCATION, false).check(List.of(
        TestServers.available(17, serverLabel).name("cs59019").build()));
    return matcher.rank(ConfigurationLabelParser.parse(orderedLabel), check, 1).get(0).buildPlan();
  }

  @Test
  void buildTaskForTheBuildDepartmentListsTheChangesInOrder() {
    BuildPlan plan = plan("i9-9900K-32Gb-2x1024HDD", "i9-9900K-64Gb-2x1024NVMe");

    assertThat(plan.buildTask()).isEqualTo("""
        Build server 17 (cs59019) into configuration i9-9900K-64Gb-2x1024NVMe.
        Current configuration: i9-9900K-32Gb-2x1024HDD.
        1. add 32 GB RAM
        2. replace 2 x 1024 GB HDD by 2 x 1024 GB NVMe
        Close this task when the server is built: provisioning continues then.""");
  }

  @Test
  void purchaseTaskForThePurchaseDepartmentWhenPartsMustBeAdded() {
    BuildPlan plan = plan("i9-9900K-32Gb-2x1024HDD", "i9-9900K-64Gb-2x1024NVMe");

    assertThat(plan.purchaseTask()).contains("""
        Purchase parts to build server 17 (cs59019) into configuration i9-9900K-64Gb-2x1024NVMe:
        - 32 GB RAM
        - 2 x 1024 GB NVMe
        Parts taken out, to stock: 2 x 1024 GB HDD.""");
  }

  @Test
  void noPurchaseTaskWhenPartsAreOnlyTakenOut() {
    BuildPlan plan = plan("i9-9900K-128Gb-2x1024NVMe-480SSD", "i9-9900K-64Gb-2x1024NVMe");

    assertThat(plan.purchaseTask()).isEmpty();
    assertThat(plan.buildTask()).contains("1. remove 64 GB RAM\n2. remove 480 GB SSD\n");
  }
}

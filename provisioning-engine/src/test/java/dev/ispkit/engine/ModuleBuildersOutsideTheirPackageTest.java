package dev.ispkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.module.DataCenter;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.VirtualServerModule;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The module builders share a package-private base; a host in another package must still reach every setter. */
final class ModuleBuildersOutsideTheirPackageTest {
  @Test
  void everySharedSetterIsUsableFromAnotherPackage() {
    DedicatedServerModule dci = DedicatedServerModule.builder()
        .id(7).name("DCI Moscow").sort(1).dataCenter(DataCenter.withExternalId(1, "Moscow", 3))
        .departmentId(2).tariff(15).sessionStoragePeriod(Duration.ofMinutes(10)).licenseServerId(4)
        .diagTimeoutMinutes(90)
        .build();
    VirtualServerModule vm = VirtualServerModule.builder()
        .id(9).name("VM KVM").dataCenter(DataCenter.of(2, "Frankfurt")).tariff(20)
        .panel("https://vm.example.com").clusterId(1)
        .build();

    assertThat(dci.locationId()).isEqualTo(3);
    assertThat(dci.sessionStoragePeriod()).isEqualTo(Duration.ofMinutes(10));
    assertThat(dci.licenseServerId()).hasValue(4);
    assertThat(vm.tariffIds()).containsExactly(20L);
    assertThat(vm.sessionStoragePeriod()).isEqualTo(Duration.ofMinutes(30));
  }
}

package dev.ispkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.simulator.LicenseSnapshot;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.VmSnapshot;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The VPS-and-license program on its embedded simulator: the period mapping, the order, the pool, the reuse. */
class SellVpsWithLicenseTest {
  private static Run run;

  @BeforeAll
  static void sell() {
    run = Run.of(SellVpsWithLicense::run);
  }

  @AfterAll
  static void close() {
    run.close();
  }

  @Test
  void showsThePeriodMappingOfOneThreeAndSixMonthsToTwelve() {
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains(
        "  a VPS of 1 month   gets a license of 12 months (general rule 1 -> 12 months)",
        "  a VPS of 3 months  gets a license of 12 months (general rule 3 -> 12 months)",
        "  a VPS of 6 months  gets a license of 12 months (general rule 6 -> 12 months)",
        "  a VPS of 12 months gets a license of 12 months (the VPS's own period: the license is sold for it)");
  }

  @Test
  void ordersOneLicenseForTwelveMonthsAndReusesItAfterTheDeleteWithoutASecondOrder() {
    PanelSimulator sim = run.simulator();
    assertThat(sim.licenses()).singleElement().satisfies(license -> {
      assertThat(license.pricelistId()).isEqualTo(3541);
      assertThat(license.period()).isEqualTo(12);
      assertThat(license.licenseName()).isEqualTo("Item #vps-2002");
      assertThat(license.status()).isEqualTo(LicenseSnapshot.ACTIVE);
      assertThat(license.key()).isPresent();
      // The key the reuse issued, a month after the order, not the order's own.
      assertThat(license.keyChangedAt()).isAfter(license.createDate().atStartOfDay()
          .toInstant(java.time.ZoneOffset.UTC).plus(Duration.ofDays(30)));
    });
    assertThat(sim.calls(Panel.BILLMANAGER)).extracting(RecordedCall::func)
        .filteredOn("soft.order.param"::equals).hasSize(1);
    assertThat(sim.balance()).isEqualByComparingTo(new BigDecimal("1000.00").subtract(new BigDecimal("48.00")));
    assertThat(run.out).containsPattern("reused from the pool: no new order \\(licenses on the server: 1 before, "
        + "1 after\\), IP 0\\.0\\.0\\.0 -> [0-9.]+, new key")
        .contains("The embedded simulator's clock moves 32 days on")
        .contains("(billmanager-license.md §9)");
  }

  @Test
  void bindsTheReusedLicenseToTheSecondVmsAddressAndTheFirstVmIsGone() {
    PanelSimulator sim = run.simulator();
    VmSnapshot second = sim.vms().stream().filter(vm -> vm.name().equals("svc-vps-2002")).findFirst()
        .orElseThrow();
    assertThat(sim.licenses().get(0).ip()).isEqualTo(second.ipv4().get(0));
    assertThat(sim.vms()).extracting(VmSnapshot::name).containsExactly("svc-vps-2002");
    assertThat(second.state()).isEqualTo("active");
    assertThat(run.out).contains("Sold: vps-2002 runs on VM " + second.id() + " with license #"
        + sim.licenses().get(0).id() + ", the one vps-2001 gave back.");
  }

  @Test
  void neverPrintsALicenseKey() {
    String key = run.simulator().licenses().get(0).key().orElseThrow();
    assertThat(run.out).doesNotContain(key);
  }
}

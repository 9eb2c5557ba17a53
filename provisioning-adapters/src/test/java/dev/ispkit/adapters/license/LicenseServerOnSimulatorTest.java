package dev.ispkit.adapters.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.adapters.SimulatorTime;
import dev.ispkit.engine.license.FreenessCondition;
import dev.ispkit.engine.license.LicenseClaims;
import dev.ispkit.engine.license.License;
import dev.ispkit.engine.license.LicensePool;
import dev.ispkit.engine.license.LicenseStatus;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.port.LicenseServer;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.license.LicenseServerClient;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.LicenseSnapshot;
import dev.ispkit.simulator.PanelSimulatorExtension;
import dev.ispkit.simulator.SimulatorClock;
import dev.ispkit.simulator.SimulatorOptions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The license server port driven end to end on the panel simulator: a license ordered and waited for, found by its
 * name, given a new key and prolonged, returned to the pool (free.lic, 0.0.0.0, suspended) and read back among the
 * pool's candidates, with the change times the engine's pool rule judges.
 */
class LicenseServerOnSimulatorTest {
  private static final long ISPMANAGER_LITE = 3541;
  private static final Duration MINUTES = Duration.ofMinutes(5);
  private static final Instant START = Instant.parse("2025-06-02T09:00:00Z");

  @RegisterExtension
  static final PanelSimulatorExtension PANELS = new PanelSimulatorExtension(SimulatorOptions.builder()
      .servers(10).seed(3).licenses(16).clock(SimulatorClock.manual(START)).build());

  private static SimulatorTime time;
  private static LicenseServerClient client;
  private static LicenseServer server;

  @BeforeAll
  static void connect() {
    time = new SimulatorTime(PANELS.simulator());
    client = LicenseServerClient.create(time.licenseServer());
    server = LicenseServers.of(client);
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Test
  void ordersWaitsForTheKeyAndFindsTheLicenseByItsName(PanelSimulator sim) {
    BigDecimal before = sim.balance();
    long id = server.order(ISPMANAGER_LITE, Period.months(1), "192.0.2.10", "svc-lic-1", MINUTES);

    License ordered = server.license(id);
    assertThat(ordered.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(ordered.pricelistId()).isEqualTo(ISPMANAGER_LITE);
    assertThat(ordered.name()).isEqualTo("svc-lic-1");
    assertThat(ordered.ip()).isEqualTo("192.0.2.10");
    assertThat(sim.license(id).key()).isPresent();
    assertThat(sim.balance()).isLessThan(before);
    assertThat(server.findByName("svc-lic-1")).contains(ordered);
    assertThat(server.findByName("svc-lic")).isEmpty();
  }

  @Test
  void givesANewKeyAndProlongs(PanelSimulator sim) {
    long id = server.order(ISPMANAGER_LITE, Period.months(1), "192.0.2.11", "svc-lic-2", MINUTES);
    String key = sim.license(id).key().orElseThrow();
    LocalDate expiry = server.license(id).expiresOn();
    time.sleep(Duration.ofHours(2));
    Instant changed = time.instant().truncatedTo(ChronoUnit.SECONDS);

    server.newKey(id);
    server.prolong(id, Period.months(1));

    assertThat(sim.license(id).key()).isPresent().isNotEqualTo(java.util.Optional.of(key));
    License now = server.license(id);
    assertThat(now.keyChangedAt()).contains(changed);
    assertThat(now.expiresOn()).isEqualTo(expiry.plusMonths(1));
  }

  @Test
  void aLicenseReturnedToThePoolIsACandidateTheRuleWaitsAMonthFor(PanelSimulator sim) {
    long id = server.order(ISPMANAGER_LITE, Period.months(12), "192.0.2.12", "svc-lic-3", MINUTES);

    server.rebind(id, LicensePool.FREE_IP, LicensePool.FREE_NAME);
    server.suspend(id);
    server.suspend(id);

    LicenseSnapshot pooled = sim.license(id);
    assertThat(pooled.licenseName()).isEqualTo("free.lic");
    assertThat(pooled.status()).isEqualTo(LicenseSnapshot.SUSPENDED);
    List<License> candidates = server.poolCandidates(ISPMANAGER_LITE);
    assertThat(candidates).allSatisfy(license -> {
      assertThat(license.pricelistId()).isEqualTo(ISPMANAGER_LITE);
      assertThat(license.name()).isEqualTo("free.lic");
    });
    License returned = candidates.stream().filter(license -> license.id() == id).findFirst().orElseThrow();
    assertThat(returned.status()).isEqualTo(LicenseStatus.SUSPENDED);
    assertThat(returned.ipChangedAt()).contains(time.instant().truncatedTo(ChronoUnit.SECONDS));
    assertThat(server.findByName("svc-lic-3")).isEmpty();

    LicensePool pool = new LicensePool(LicenseClaims.inMemory(), time);
    assertThat(pool.failedConditions(returned)).contains(FreenessCondition.IP_CHANGED_OVER_A_MONTH_AGO);
    time.sleep(Duration.ofDays(32));
    assertThat(pool.isFree(server.license(id))).isTrue();

    server.resume(id);
    assertThat(server.license(id).status()).isEqualTo(LicenseStatus.ACTIVE);
  }

  @Test
  void theSeededPoolReadsAsTheSimulatorHoldsIt(PanelSimulator sim) {
    for (long pricelist : List.of(3541L, 4601L, 3045L, 3651L, 3887L)) {
      List<Long> pooled = sim.licenses().stream()
          .filter(license -> license.pricelistId() == pricelist)
          .filter(license -> license.licenseName().equals("free.lic") && license.ip().equals("0.0.0.0"))
          .filter(license -> license.status() == LicenseSnapshot.ACTIVE || license.status() == LicenseSnapshot.SUSPENDED)
          .map(LicenseSnapshot::id)
          .toList();
      assertThat(server.poolCandidates(pricelist)).extracting(License::id).containsExactlyInAnyOrderElementsOf(pooled);
    }
  }

  @Test
  void failuresKeepTheirKind(PanelSimulator sim) {
    assertThatThrownBy(() -> server.license(999_999)).isInstanceOfSatisfying(PanelFailure.class, failure -> {
      assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.NOT_FOUND);
      assertThat(failure).hasMessageStartingWith("BILLmanager license server: read license 999999 failed: ");
    });
    BigDecimal balance = sim.balance();
    sim.setBalance(BigDecimal.ZERO);
    try {
      assertThatThrownBy(() -> server.order(ISPMANAGER_LITE, Period.months(1), "192.0.2.13", "svc-lic-4", MINUTES))
          .isInstanceOfSatisfying(PanelFailure.class,
              failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED));
    } finally {
      sim.setBalance(balance);
    }
    assertThat(server.findByName("svc-lic-4")).isEmpty();
  }
}

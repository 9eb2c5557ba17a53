package dev.ispkit.integration;

import dev.ispkit.adapters.SimulatorTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.client.core.PanelAuthenticationException;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.PanelPermissionException;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.license.AuthMode;
import dev.ispkit.license.IpCheck;
import dev.ispkit.license.License;
import dev.ispkit.license.LicenseOrder;
import dev.ispkit.license.LicenseServerClient;
import dev.ispkit.license.LicenseStatus;
import dev.ispkit.simulator.Fault;
import dev.ispkit.simulator.LicenseSnapshot;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.RecordedCall;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The BILLmanager license client against the panel simulator: a license's whole life as the lifecycles and the
 * free-license pool use it, both ways of logging in, and errors that BILLmanager answers with HTTP 200.
 */
class LicenseServerAgainstSimulatorTest {
  private static final String ISPMANAGER_LITE = "3541";
  private static final WaitOptions KEY_WAIT = WaitOptions.builder()
      .timeout(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).build();

  private PanelSimulator sim;
  private SimulatorTime time;
  private LicenseServerClient licenses;

  @BeforeEach
  void start() {
    sim = Panels.start(0, 1, 5);
    time = new SimulatorTime(sim);
    licenses = LicenseServerClient.create(Panels.billing(sim, time));
  }

  @AfterEach
  void stop() {
    licenses.close();
    sim.close();
  }

  @Test
  void aLicenseFromOrderToDeletion() {
    assertThat(licenses.checkIp(ISPMANAGER_LITE, 1, "192.0.2.10").orderable()).isTrue();
    BigDecimal before = sim.balance();

    long id = licenses.order(LicenseOrder.builder().pricelist(ISPMANAGER_LITE).period(1)
        .ip("192.0.2.10").licenseName("Item #1042 addon vps1042").remoteId("1042").build());

    BigDecimal monthly = before.subtract(sim.balance());
    assertThat(monthly).isPositive();
    assertThat(licenses.get(id).status()).isEqualTo(LicenseStatus.PROCESSING);
    IpCheck taken = licenses.checkIp(ISPMANAGER_LITE, 1, "192.0.2.10");
    assertThat(taken.orderable()).isFalse();
    assertThat(taken.refusalType()).contains("exists");

    License ready = licenses.awaitKey(id, KEY_WAIT);
    assertThat(ready.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(ready.key()).isPresent();
    assertThat(ready.ip()).isEqualTo("192.0.2.10");
    assertThat(ready.name()).isEqualTo("Item #1042 addon vps1042");
    assertThat(ready.pricelist()).hasValue(Long.parseLong(ISPMANAGER_LITE));
    assertThat(ready.period()).hasValue(1);
    assertThat(ready.remoteId()).contains("1042");
    assertThat(ready.expireDate()).contains(today().plusMonths(1));
    assertThat(licenses.list()).filteredOn(l -> l.id() == id).singleElement().satisfies(listed -> {
      assertThat(listed.ip()).isEqualTo("192.0.2.10");
      assertThat(listed.key()).as("the list does not carry the key").isEmpty();
      assertThat(listed.ipChangedAt()).as("nor the change times").isEmpty();
    });

    sim.advance(Duration.ofHours(1));
    licenses.changeIpAndName(id, "192.0.2.20", "Item #1042 addon vps1042-moved");
    License moved = licenses.get(id);
    assertThat(moved.ip()).isEqualTo("192.0.2.20");
    assertThat(moved.name()).isEqualTo("Item #1042 addon vps1042-moved");
    assertThat(moved.ipChangedAt()).contains(now());
    assertThat(sim.license(id).ip()).isEqualTo("192.0.2.20");

    Optional<String> newKey = licenses.newKey(id);
    assertThat(newKey).isPresent().isNotEqualTo(ready.key());
    assertThat(licenses.get(id).key()).isEqualTo(newKey);
    assertThat(licenses.get(id).keyChangedAt()).contains(now());

    BigDecimal beforeProlong = sim.balance();
    assertThat(licenses.prolong(id, 12)).contains(today().plusMonths(13));
    assertThat(beforeProlong.subtract(sim.balance())).isEqualByComparingTo(monthly.multiply(BigDecimal.valueOf(12)));

    licenses.suspend(id);
    assertThat(licenses.get(id).status()).isEqualTo(LicenseStatus.SUSPENDED);
    licenses.resume(id);
    assertThat(licenses.get(id).status()).isEqualTo(LicenseStatus.ACTIVE);
    licenses.delete(id);
    assertThat(licenses.get(id).status()).isEqualTo(LicenseStatus.DELETED);
    assertThat(licenses.checkIp(ISPMANAGER_LITE, 1, "192.0.2.20").orderable()).isTrue();
  }

  @Test
  void poolCandidatesReadThePoolInFullWithTheChangeTimesTheFreeLicenseRuleNeeds() {
    List<License> all = licenses.list();
    assertThat(all).hasSize(sim.licenses().size());
    assertThat(all).allSatisfy(l -> assertThat(l.ipChangedAt()).isEmpty());
    List<License> pool = all.stream().filter(l -> l.name().equals("free.lic") && l.ip().equals("0.0.0.0")).toList();
    assertThat(pool).isNotEmpty();
    sim.clearCalls();

    List<License> candidates = new ArrayList<>();
    for (long pricelist : pool.stream().map(l -> l.pricelist().orElseThrow()).distinct().toList()) {
      candidates.addAll(licenses.poolCandidates(String.valueOf(pricelist)));
    }

    assertThat(candidates).extracting(License::id)
        .containsExactlyInAnyOrderElementsOf(pool.stream().map(License::id).toList());
    assertThat(sim.calls(Panel.BILLMANAGER)).filteredOn(call -> call.func().equals("soft.edit"))
        .as("one full read per candidate, no more").hasSize(pool.size());
    for (License candidate : candidates) {
      LicenseSnapshot simulated = sim.license(candidate.id());
      assertThat(candidate.status()).isIn(LicenseStatus.ACTIVE, LicenseStatus.SUSPENDED);
      assertThat(candidate.key()).isEqualTo(simulated.key());
      assertThat(candidate.pricelist()).hasValue(simulated.pricelistId());
      assertThat(candidate.ipChangedAt()).contains(utc(simulated.ipChangedAt()));
      assertThat(candidate.keyChangedAt()).contains(utc(simulated.keyChangedAt()));
      assertThat(candidate.rawStatus()).contains(String.valueOf(simulated.status()));
      assertThat(candidate.expireDate()).contains(simulated.expireDate());
    }
    // The seed has pool licenses idle long enough to be reused and some changed too recently.
    LocalDateTime monthAgo = now().minusMonths(1);
    assertThat(candidates).anySatisfy(l -> assertThat(l.ipChangedAt().orElseThrow()).isBefore(monthAgo));
    assertThat(candidates).anySatisfy(l -> assertThat(l.ipChangedAt().orElseThrow()).isAfter(monthAgo));
  }

  @Test
  void authinfoTravelsInTheFormBodyAndNeverInTheUrl() {
    licenses.list();

    assertThat(sim.calls(Panel.BILLMANAGER)).singleElement().satisfies(call -> {
      assertThat(call.method()).isEqualTo("POST");
      assertThat(call.query()).isNullOrEmpty();
      assertThat(call.func()).isEqualTo("soft");
      assertThat(call.body()).contains("authinfo=reseller%3Asimulator-billing").contains("out=json");
    });
  }

  @Test
  void aSessionLogsInOnceAndOnceMoreWhenTheServerForgetsIt() {
    try (LicenseServerClient session = LicenseServerClient.builder(Panels.billing(sim, time))
        .authMode(AuthMode.SESSION).build()) {
      long id = session.list().get(0).id();
      session.get(id);
      sim.expireSessions();

      assertThat(session.get(id).id()).isEqualTo(id);
      assertThat(session.list()).isNotEmpty();
    }

    List<RecordedCall> calls = sim.calls(Panel.BILLMANAGER);
    assertThat(calls).extracting(RecordedCall::func)
        .containsExactly("auth", "soft", "soft.edit", "soft.edit", "auth", "soft.edit", "soft");
    assertThat(calls).filteredOn(c -> !c.func().equals("auth"))
        .allSatisfy(c -> assertThat(c.body()).contains("auth=").doesNotContain("authinfo"));
  }

  @Test
  void errorsAnsweredWithHttp200AreTypedExceptions() {
    assertThatThrownBy(() -> licenses.get(987654)).isInstanceOfSatisfying(PanelNotFoundException.class, e -> {
      assertThat(e.httpStatus()).hasValue(200);
      assertThat(e.panelCode()).contains("missed");
      assertThat(e.getMessage()).contains("func=soft.edit elid=987654").doesNotContain("simulator-billing");
    });

    sim.setBalance(BigDecimal.ONE);
    assertThatThrownBy(() -> licenses.order(LicenseOrder.builder().pricelist(ISPMANAGER_LITE)
        .period(12).ip("192.0.2.30").licenseName("Item #7").build()))
        .isInstanceOfSatisfying(PanelInvalidRequestException.class,
            e -> assertThat(e.panelCode()).contains("balance"));
    assertThat(sim.licenses()).noneMatch(l -> l.ip().equals("192.0.2.30"));

    long existing = licenses.list().get(0).id();
    sim.failNextBillingCall("soft.suspend", "access", "elid", "Access denied");
    assertThatThrownBy(() -> licenses.suspend(existing)).isInstanceOf(PanelPermissionException.class);
    sim.failNextBillingCall("soft.edit", "exists", "ip", "A license of this type for IP 192.0.2.1 already exists");
    assertThatThrownBy(() -> licenses.changeIpAndName(existing, "192.0.2.1", "x"))
        .isInstanceOf(PanelConflictException.class);

    try (LicenseServerClient wrong = LicenseServerClient.create(dev.ispkit.client.core.ClientConfig.builder()
        .from(Panels.billing(sim, time))
        .credentials(dev.ispkit.client.core.Credentials.of("reseller", "not-the-password")).build())) {
      assertThatThrownBy(wrong::list).isInstanceOfSatisfying(PanelAuthenticationException.class,
          e -> assertThat(e.getMessage()).doesNotContain("not-the-password"));
    }
  }

  @Test
  void anOrderIsRepeatedAfter503ButBoughtOnce() {
    sim.inject(Fault.serviceUnavailable().on(Panel.BILLMANAGER).func("soft.order.param").times(2));
    int before = sim.licenses().size();

    long id = licenses.order(LicenseOrder.builder().pricelist(ISPMANAGER_LITE).period(1)
        .ip("192.0.2.40").licenseName("Item #8").build());

    assertThat(sim.calls(Panel.BILLMANAGER)).extracting(RecordedCall::status).containsExactly(503, 503, 200);
    assertThat(sim.licenses()).hasSize(before + 1);
    assertThat(licenses.get(id).ip()).isEqualTo("192.0.2.40");
  }

  private LocalDate today() {
    return LocalDate.ofInstant(sim.clock().now(), ZoneOffset.UTC);
  }

  private static LocalDateTime utc(java.time.Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(sim.clock().now(), ZoneOffset.UTC);
  }
}

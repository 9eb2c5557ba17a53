package dev.ispkit.license;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.ispkit.license.LicenseServer.AUTHINFO;
import static dev.ispkit.license.LicenseServer.KEY;
import static dev.ispkit.license.LicenseServer.PATH;
import static dev.ispkit.license.LicenseServer.doc;
import static dev.ispkit.license.LicenseServer.entry;
import static dev.ispkit.license.LicenseServer.error;
import static dev.ispkit.license.LicenseServer.field;
import static dev.ispkit.license.LicenseServer.func;
import static dev.ispkit.license.LicenseServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelAuthenticationException;
import dev.ispkit.client.core.WaitOptions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Every call: the exact form it sends (nothing in the URL) and the typed value it makes of the answer. */
final class LicenseCallsTest extends ConnectedClient {
  /** A {@code soft.edit} form with the column names public code reads from ISPsystem's server. */
  private static final String LICENSE_FIELDS = String.join(",",
      field("id", "81234"), field("name", "ISPmanager Lite"), field("licname", "Item #1042 addon vps1042"),
      field("ip", "192.0.2.10"), field("lickey", KEY), field("status", "2"), field("pricelist_id", "3541"),
      field("pricelist_name", "ISPmanager 5 Lite"), field("period", "1"), field("createdate", "2026-10-22"),
      field("expiredate", "2026-12-22"), field("autoprolong", "1"), field("remoteid", "1042"),
      field("ip_change_date", "2026-10-22 09:15:00"), field("lickey_change_date", "2026-10-23"));

  /** The one request: a POST to the bare path (no query at all), a form body, these fields in this order. */
  @SafeVarargs
  private void assertSentOnce(Map.Entry<String, String>... fields) {
    List<LoggedRequest> requests = LicenseServer.requests(wm);
    assertThat(requests).hasSize(1);
    LoggedRequest request = requests.get(0);
    assertThat(request.getUrl()).isEqualTo(PATH);
    assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    List<Map.Entry<String, String>> expected = new ArrayList<>();
    for (Map.Entry<String, String> field : fields) {
      expected.add(field);
    }
    expected.add(entry("out", "json"));
    expected.add(entry("lang", "en"));
    expected.add(entry("authinfo", AUTHINFO));
    assertThat(LicenseServer.form(request)).containsExactlyElementsOf(expected);
  }

  @Test
  void checkIpSendsPricelistPeriodAndIpAndSaysOrderable() {
    wm.getWireMock().register(func("soft.checkip").willReturn(ok()));

    IpCheck check = client.checkIp("3541", 1, "192.0.2.10");

    assertThat(check.orderable()).isTrue();
    assertThat(check.refusal()).isEmpty();
    assertSentOnce(entry("func", "soft.checkip"), entry("pricelist", "3541"), entry("period", "1"),
        entry("ip", "192.0.2.10"), entry("sok", "yes"));
  }

  @Test
  void checkIpTurnsTheServersRefusalIntoAnAnswer() {
    wm.getWireMock().register(func("soft.checkip")
        .willReturn(error("exists", "ip", "A license of this type for IP 192.0.2.10 already exists")));

    IpCheck check = client.checkIp("3541", 12, "2001:db8::10");

    assertThat(check.orderable()).isFalse();
    assertThat(check.refusalType()).contains("exists");
    assertThat(check.refusal()).contains("A license of this type for IP 192.0.2.10 already exists");
    assertSentOnce(entry("func", "soft.checkip"), entry("pricelist", "3541"), entry("period", "12"),
        entry("ip", "2001:db8::10"), entry("sok", "yes"));
  }

  @Test
  void checkIpStillThrowsWhenTheCredentialsAreRefused() {
    wm.getWireMock().register(func("soft.checkip").willReturn(error("auth", "", "Invalid username or password")));

    assertThatThrownBy(() -> client.checkIp("3541", 1, "192.0.2.10"))
        .isInstanceOf(PanelAuthenticationException.class);
  }

  @Test
  void orderSendsTheWholeWizardAndReturnsTheNewId() {
    wm.getWireMock().register(func("soft.order.param").willReturn(doc("\"ok\":{}," + field("id", "81234"))));
    LicenseOrder order = LicenseOrder.builder()
        .pricelist("4601")
        .period(12)
        .ip("192.0.2.10")
        .licenseName("Item #1042 addon vps1042.example.com")
        .autoprolong(12)
        .remoteId("1042")
        .putAddons("4602", 2)
        .build();

    long id = client.order(order);

    assertThat(id).isEqualTo(81234L);
    assertSentOnce(entry("func", "soft.order.param"), entry("pricelist", "4601"), entry("period", "12"),
        entry("ip", "192.0.2.10"), entry("licname", "Item #1042 addon vps1042.example.com"),
        entry("autoprolong", "12"), entry("remoteid", "1042"), entry("addon_4602", "2"), entry("sok", "ok"),
        entry("skipbasket", "on"), entry("clicked_button", "finish"));
  }

  @Test
  void orderWithoutOptionsSendsNoneOfThem() {
    wm.getWireMock().register(func("soft.order.param").willReturn(doc(field("id", "81235"))));

    long id = client.order(LicenseOrder.builder().pricelist("3541").period(-100).ip("192.0.2.11")
        .licenseName("free.lic").build());

    assertThat(id).isEqualTo(81235L);
    assertSentOnce(entry("func", "soft.order.param"), entry("pricelist", "3541"), entry("period", "-100"),
        entry("ip", "192.0.2.11"), entry("licname", "free.lic"), entry("sok", "ok"), entry("skipbasket", "on"),
        entry("clicked_button", "finish"));
  }

  @Test
  void orderTakesTheNewIdFromItemIdWhenTheAnswerHasNoId() {
    wm.getWireMock().register(func("soft.order.param").willReturn(doc("\"ok\":{}," + field("item.id", "81236"))));

    long id = client.order(LicenseOrder.builder().pricelist("3541").period(1).ip("192.0.2.12")
        .licenseName("Item #1043").build());

    assertThat(id).isEqualTo(81236L);
  }

  @Test
  void getReadsTheEditFormWithTheRealServersColumnNames() {
    wm.getWireMock().register(func("soft.edit").willReturn(doc(LICENSE_FIELDS + "," + field("elid", "81234"))));

    License license = client.get(81234);

    assertSentOnce(entry("func", "soft.edit"), entry("elid", "81234"));
    assertThat(license.id()).isEqualTo(81234L);
    assertThat(license.name()).isEqualTo("Item #1042 addon vps1042");
    assertThat(license.serviceName()).contains("ISPmanager Lite");
    assertThat(license.ip()).isEqualTo("192.0.2.10");
    assertThat(license.key()).contains(KEY);
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.rawStatus()).contains("2");
    assertThat(license.pricelist()).isEqualTo(OptionalLong.of(3541));
    assertThat(license.pricelistName()).contains("ISPmanager 5 Lite");
    assertThat(license.period()).hasValue(1);
    assertThat(license.autoprolong()).hasValue(1);
    assertThat(license.createDate()).contains(LocalDate.of(2026, 10, 22));
    assertThat(license.expireDate()).contains(LocalDate.of(2026, 12, 22));
    assertThat(license.remoteId()).contains("1042");
    assertThat(license.ipChangedAt()).contains(LocalDateTime.of(2026, 10, 22, 9, 15));
    assertThat(license.keyChangedAt()).contains(LocalDateTime.of(2026, 10, 23, 0, 0));
    assertThat(license.toString()).doesNotContain(KEY).contains("key=****");
  }

  @Test
  void getStillReadsTheColumnNamesEarlierVersionsGuessed() {
    wm.getWireMock().register(func("soft.edit").willReturn(doc(String.join(",", field("licname", "free.lic"),
        field("status", "3"), field("pricelist", "3541"), field("ipchangedate", "2026-09-01 08:00:00"),
        field("keychangedate", "2026-09-02")))));

    License license = client.get(81300);

    assertSentOnce(entry("func", "soft.edit"), entry("elid", "81300"));
    assertThat(license.pricelist()).isEqualTo(OptionalLong.of(3541));
    assertThat(license.ipChangedAt()).contains(LocalDateTime.of(2026, 9, 1, 8, 0));
    assertThat(license.keyChangedAt()).contains(LocalDateTime.of(2026, 9, 2, 0, 0));
  }

  @Test
  void theRealColumnNamesWinAndTheOldOnesOnlyFillWhatTheyLeaveUnreadable() {
    wm.getWireMock().register(func("soft.edit").willReturn(doc(String.join(",",
        field("pricelist_id", "4601"), field("pricelist", "ISPmanager Business"),
        field("ip_change_date", "2026-10-01 10:00:00"), field("ipchangedate", "2020-01-01 00:00:00"),
        field("lickey_change_date", "0000-00-00 00:00:00"), field("keychangedate", "2026-10-02 11:00:00")))));

    License license = client.get(81301);

    assertThat(license.pricelist()).isEqualTo(OptionalLong.of(4601));
    assertThat(license.ipChangedAt()).contains(LocalDateTime.of(2026, 10, 1, 10, 0));
    assertThat(license.keyChangedAt()).contains(LocalDateTime.of(2026, 10, 2, 11, 0));
  }

  @Test
  void aChangeTimeThatCannotBeReadIsUnknownNeverLongAgo() {
    wm.getWireMock().register(func("soft.edit").willReturn(doc(String.join(",",
        field("ip_change_date", "0000-00-00 00:00:00"), field("lickey_change_date", "yesterday")))));

    License license = client.get(81302);

    assertThat(license.ipChangedAt()).isEmpty();
    assertThat(license.keyChangedAt()).isEmpty();
  }

  @Test
  void getKeepsAnUnknownStatusCodeAndLeavesOutWhatTheServerDidNotSend() {
    wm.getWireMock().register(func("soft.edit").willReturn(doc(String.join(",",
        field("licname", "free.lic"), field("ip", "0.0.0.0"), field("status", "7"), field("lickey", ""),
        field("expiredate", "0000-00-00")))));

    License license = client.get(5);

    assertThat(license.id()).isEqualTo(5L);
    assertThat(license.status()).isEqualTo(LicenseStatus.UNKNOWN);
    assertThat(license.rawStatus()).contains("7");
    assertThat(license.hasKey()).isFalse();
    assertThat(license.expireDate()).isEmpty();
    assertThat(license.pricelist()).isEmpty();
    assertThat(license.ipChangedAt()).isEmpty();
    assertThat(license.keyChangedAt()).isEmpty();
  }

  /** A list row as the real list gives it: no key, no change times. */
  private static String row(String id, String licname, String ip, String status, String pricelistId) {
    return "{" + String.join(",", field("id", id), field("licname", licname), field("ip", ip),
        field("status", status), field("pricelist_id", pricelistId), field("pricelist", "ISPmanager 5 Lite"),
        field("period", "12"), field("expiredate", "2027-01-05")) + "}";
  }

  @Test
  void listReadsEveryRowAndLeavesWhatRowsDoNotCarryUnknown() {
    wm.getWireMock().register(func("soft").willReturn(doc("\"elem\":["
        + row("81234", "Item #1042 addon vps1042", "192.0.2.10", "2", "3541") + ","
        + row("81300", "free.lic", "0.0.0.0", "3", "3541") + "]")));

    List<License> licenses = client.list();

    assertSentOnce(entry("func", "soft"));
    assertThat(licenses).extracting(License::id).containsExactly(81234L, 81300L);
    License pooled = licenses.get(1);
    assertThat(pooled.name()).isEqualTo("free.lic");
    assertThat(pooled.ip()).isEqualTo("0.0.0.0");
    assertThat(pooled.status()).isEqualTo(LicenseStatus.SUSPENDED);
    assertThat(pooled.pricelist()).as("pricelist_id; the list's pricelist is a name").isEqualTo(OptionalLong.of(3541));
    assertThat(pooled.expireDate()).contains(LocalDate.of(2027, 1, 5));
    assertThat(pooled.period()).hasValue(12);
    assertThat(pooled.key()).isEmpty();
    assertThat(pooled.ipChangedAt()).isEmpty();
    assertThat(pooled.keyChangedAt()).isEmpty();
  }

  @Test
  void poolCandidatesListsThenReadsInFullEveryLicenseTheListDoesNotRuleOut() {
    wm.getWireMock().register(func("soft").willReturn(doc("\"elem\":["
        + row("81001", "Item #7 addon vps7", "192.0.2.7", "2", "3541") + ","      // bound to a service
        + row("81002", "free.lic", "0.0.0.0", "2", "3541") + ","                 // in the pool
        + row("81003", "free.lic", "0.0.0.0", "3", "4601") + ","                 // another pricelist
        + row("81004", "free.lic", "0.0.0.0", "4", "3541") + ","                 // deleted
        + "{" + field("id", "81005") + "," + field("expiredate", "2027-02-01") + "},"  // a row that says little
        + "{" + field("id", "81006") + "},"                                       // says little, bound after all
        + row("81007", "free.lic", "0.0.0.0", "3", "3541") + "]")));            // gone before its read
    wm.getWireMock().register(func("soft.edit").withFormParam("elid", equalTo("81002")).willReturn(doc(String.join(
        ",", field("elid", "81002"), field("licname", "free.lic"), field("ip", "0.0.0.0"), field("status", "2"),
        field("pricelist", "3541"), field("lickey", KEY), field("ip_change_date", "2026-08-01 10:00:00"),
        field("lickey_change_date", "2026-08-01 10:05:00")))));
    wm.getWireMock().register(func("soft.edit").withFormParam("elid", equalTo("81005")).willReturn(doc(String.join(
        ",", field("licname", "free.lic"), field("ip", "0.0.0.0"), field("status", "3"),
        field("pricelist_id", "3541"), field("lickey", "LK-81005"), field("ip_change_date", "2026-07-01 00:00:00"),
        field("lickey_change_date", "2026-07-02 00:00:00")))));
    wm.getWireMock().register(func("soft.edit").withFormParam("elid", equalTo("81006")).willReturn(doc(String.join(
        ",", field("licname", "Item #9 addon vps9"), field("ip", "192.0.2.9"), field("status", "2"),
        field("pricelist_id", "3541")))));
    wm.getWireMock().register(func("soft.edit").withFormParam("elid", equalTo("81007"))
        .willReturn(error("missed", "elid", "License '81007' not found")));

    List<License> candidates = client.poolCandidates("3541");

    assertThat(candidates).extracting(License::id).containsExactly(81002L, 81005L);
    License inPool = candidates.get(0);
    assertThat(inPool.key()).contains(KEY);
    assertThat(inPool.ipChangedAt()).contains(LocalDateTime.of(2026, 8, 1, 10, 0));
    assertThat(inPool.keyChangedAt()).contains(LocalDateTime.of(2026, 8, 1, 10, 5));
    assertThat(inPool.expireDate()).as("from the row: the form lacks it").contains(LocalDate.of(2027, 1, 5));
    assertThat(inPool.period()).as("from the row").hasValue(12);
    License sparse = candidates.get(1);
    assertThat(sparse.status()).isEqualTo(LicenseStatus.SUSPENDED);
    assertThat(sparse.pricelist()).isEqualTo(OptionalLong.of(3541));
    assertThat(sparse.expireDate()).contains(LocalDate.of(2027, 2, 1));
    assertThat(sparse.ipChangedAt()).contains(LocalDateTime.of(2026, 7, 1, 0, 0));

    List<LoggedRequest> requests = LicenseServer.requests(wm);
    assertThat(requests).extracting(request -> LicenseServer.form(request).subList(0, 2).toString())
        .containsExactly("[func=soft, out=json]", "[func=soft.edit, elid=81002]", "[func=soft.edit, elid=81005]",
            "[func=soft.edit, elid=81006]", "[func=soft.edit, elid=81007]");
    for (LoggedRequest request : requests.subList(1, requests.size())) {
      assertThat(LicenseServer.form(request)).as("a read: no sok").extracting(Map.Entry::getKey)
          .containsExactly("func", "elid", "out", "lang", "authinfo");
    }
  }

  @Test
  void poolCandidatesRefusesAPricelistThatIsNotANumberBeforeSending() {
    assertThatThrownBy(() -> client.poolCandidates("lite")).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("pricelist ");
    assertThat(LicenseServer.requests(wm)).isEmpty();
  }

  @Test
  void listTakesAOneElementElemGivenAsAnObject() {
    wm.getWireMock().register(func("soft").willReturn(doc("\"elem\":{" + LICENSE_FIELDS + "}")));

    List<License> licenses = client.list();

    assertThat(licenses).hasSize(1);
    assertThat(licenses.get(0).id()).isEqualTo(81234L);
    assertThat(licenses.get(0).status()).isEqualTo(LicenseStatus.ACTIVE);
  }

  @Test
  void listOfNoLicensesIsEmptyAndARowWithoutIdIsSkipped() {
    wm.getWireMock().register(func("soft").willReturn(doc("")));
    assertThat(client.list()).isEmpty();

    wm.getWireMock().resetRequests();
    wm.getWireMock().register(func("soft").willReturn(doc("\"elem\":[{" + field("licname", "no id") + "},{"
        + field("id", "7") + "," + field("status", "5") + "}]")));
    assertThat(client.list()).extracting(License::id).containsExactly(7L);
  }

  @Test
  void changeIpAndNameSendsBothWithSok() {
    wm.getWireMock().register(func("soft.edit").willReturn(ok()));

    client.changeIpAndName(81234, "0.0.0.0", "free.lic");

    assertSentOnce(entry("func", "soft.edit"), entry("elid", "81234"), entry("ip", "0.0.0.0"),
        entry("licname", "free.lic"), entry("sok", "ok"));
  }

  @Test
  void newKeyPressesTheButtonAndReturnsTheKey() {
    wm.getWireMock().register(func("soft.edit").willReturn(doc("\"ok\":{}," + field("lickey", KEY))));

    Optional<String> key = client.newKey(81234);

    assertThat(key).contains(KEY);
    assertSentOnce(entry("func", "soft.edit"), entry("elid", "81234"), entry("clicked_button", "newkey"),
        entry("sok", "ok"));
  }

  @Test
  void prolongReturnsTheNewExpiryDateFromTheNestedDoc() {
    wm.getWireMock().register(func("service.prolong")
        .willReturn(doc("\"ok\":{},\"doc\":{" + field("newexpiredate", "2027-12-22") + "}")));

    Optional<LocalDate> expires = client.prolong(81234, 12);

    assertThat(expires).contains(LocalDate.of(2027, 12, 22));
    assertSentOnce(entry("func", "service.prolong"), entry("elid", "81234"), entry("period", "12"),
        entry("sok", "ok"));
  }

  @Test
  void prolongWithoutADateInTheAnswerSaysNothingRatherThanReadingAgain() {
    wm.getWireMock().register(func("service.prolong").willReturn(ok()));

    assertThat(client.prolong(81234, 1)).isEmpty();
    assertThat(LicenseServer.requests(wm)).hasSize(1);
  }

  @Test
  void suspendSendsTheLicenseId() {
    wm.getWireMock().register(func("soft.suspend").willReturn(ok()));

    client.suspend(81234);

    assertSentOnce(entry("func", "soft.suspend"), entry("elid", "81234"));
  }

  @Test
  void resumeSendsTheLicenseId() {
    wm.getWireMock().register(func("soft.resume").willReturn(ok()));

    client.resume(81234);

    assertSentOnce(entry("func", "soft.resume"), entry("elid", "81234"));
  }

  @Test
  void deleteConfirmsWithSok() {
    wm.getWireMock().register(func("soft.delete").willReturn(ok()));

    client.delete(81234);

    assertSentOnce(entry("func", "soft.delete"), entry("elid", "81234"), entry("sok", "ok"));
  }

  @Test
  void changePricelistSendsTheNewPricelistAndPeriod() {
    wm.getWireMock().register(func("service.changepricelist").willReturn(ok()));

    client.changePricelist(81234, "4601", 1);

    assertSentOnce(entry("func", "service.changepricelist"), entry("elid", "81234"), entry("pricelist", "4601"),
        entry("period", "1"), entry("sok", "ok"));
  }

  @Test
  void awaitKeyReadsUntilTheKeyIsThere() {
    String processing = String.join(",", field("id", "81234"), field("status", "5"), field("lickey", ""));
    wm.getWireMock().register(func("soft.edit").inScenario("key").whenScenarioStateIs(STARTED)
        .willSetStateTo("second").willReturn(doc(processing)));
    wm.getWireMock().register(func("soft.edit").inScenario("key").whenScenarioStateIs("second")
        .willSetStateTo("ready").willReturn(doc(processing)));
    wm.getWireMock().register(func("soft.edit").inScenario("key").whenScenarioStateIs("ready")
        .willReturn(doc(LICENSE_FIELDS)));
    List<LicenseStatus> seen = new ArrayList<>();

    License ready = client.awaitKey(81234, WaitOptions.builder().timeout(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(15)).build(), license -> seen.add(license.status()));

    assertThat(ready.key()).contains(KEY);
    assertThat(seen).containsExactly(LicenseStatus.PROCESSING, LicenseStatus.PROCESSING, LicenseStatus.ACTIVE);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(15), Duration.ofSeconds(15));
    assertThat(LicenseServer.requests(wm)).hasSize(3).allSatisfy(request ->
        assertThat(LicenseServer.form(request)).startsWith(entry("func", "soft.edit"), entry("elid", "81234")));
  }

  @Test
  void awaitKeyGivesUpAtTheTimeout() {
    wm.getWireMock().register(func("soft.edit").willReturn(doc(String.join(",",
        field("status", "5"), field("lickey", "")))));

    assertThatThrownBy(() -> client.awaitKey(81234, WaitOptions.builder().timeout(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(20)).build()))
        .isInstanceOf(OperationTimeoutException.class)
        .hasMessageContaining("the key of license 81234")
        .hasMessageContaining("PROCESSING");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(20));
  }

  @Test
  void awaitKeyFailsAtOnceWhenTheLicenseIsDeleted() {
    wm.getWireMock().register(func("soft.edit").willReturn(doc(String.join(",",
        field("status", "4"), field("lickey", "")))));

    assertThatThrownBy(() -> client.awaitKey(81234, WaitOptions.timeout(Duration.ofMinutes(5))))
        .isInstanceOf(OperationFailedException.class)
        .hasMessageContaining("deleted");
    assertThat(time.sleeps).isEmpty();
  }
}

package dev.ispkit.adapters.license;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.ispkit.adapters.PanelStub.BILLMGR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ispkit.adapters.PanelStub;
import dev.ispkit.engine.license.License;
import dev.ispkit.engine.license.LicenseStatus;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.port.LicenseServer;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.license.LicenseServerClient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The license server port against WireMock, in BILLmanager's JSON (billmanager-license.md §3.2: fields as {@code
 * {"$": value}}, errors with HTTP 200 and {@code doc.error}) and the column names of §5.10: the forms each port
 * method makes the client send, and what the answers and errors become.
 */
@WireMockTest
class BillmgrLicenseServerTest {
  private static final String KEY = "LK-7f3a9c0e2b1d4c58a6e2-SECRET";

  private PanelStub stub;
  private LicenseServerClient client;
  private LicenseServer server;

  @BeforeEach
  void connect(WireMockRuntimeInfo info) {
    stub = new PanelStub(info);
    client = LicenseServerClient.create(stub.licenseServer());
    server = LicenseServers.of(client, ZoneId.of("Europe/Moscow"));
  }

  @AfterEach
  void disconnect() {
    client.close();
  }

  private static MappingBuilder func(String func) {
    return post(urlPathEqualTo(BILLMGR)).withFormParam("func", equalTo(func));
  }

  private static ResponseDefinitionBuilder doc(String... members) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8")
        .withBody("{\"doc\":{\"$lang\":\"en\"" + (members.length == 0 ? "" : "," + String.join(",", members))
            + "}}");
  }

  private static ResponseDefinitionBuilder error(String type, String object, String message) {
    return doc("\"error\":{\"$type\":\"" + type + "\",\"$object\":\"" + object + "\",\"msg\":{\"$\":\"" + message
        + "\"}}");
  }

  private static String field(String name, String value) {
    return "\"" + name + "\":{\"$\":\"" + value + "\"}";
  }

  private static String row(String id, String licname, String ip, String status, String pricelist) {
    return "{" + String.join(",", field("id", id), field("licname", licname), field("ip", ip),
        field("status", status), field("pricelist_id", pricelist), field("expiredate", "2026-01-05")) + "}";
  }

  /** Each request's function and the fields that follow it, before {@code out} and the credentials. */
  private List<String> forms() {
    List<String> forms = new ArrayList<>();
    for (LoggedRequest request : stub.wm.find(postRequestedFor(urlPathEqualTo(BILLMGR)))) {
      String body = URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8);
      forms.add(body.substring(0, body.indexOf("&out=json")));
    }
    return forms;
  }

  @Test
  void poolCandidatesAreReadInFullTheirChangeTimesInTheServersZone() {
    stub.wm.register(func("soft").willReturn(doc("\"elem\":[" + row("81001", "svc-7", "192.0.2.7", "2", "3541")
        + "," + row("81002", "free.lic", "0.0.0.0", "3", "3541") + ",{" + field("id", "81003") + ","
        + field("licname", "free.lic") + "," + field("ip", "0.0.0.0") + "," + field("status", "2") + "}]")));
    stub.wm.register(func("soft.edit").withFormParam("elid", equalTo("81002")).willReturn(doc(field("licname",
        "free.lic"), field("ip", "0.0.0.0"), field("status", "3"), field("pricelist", "3541"), field("lickey", KEY),
        field("ip_change_date", "2025-04-20 09:00:00"), field("lickey_change_date", "2025-04-20 09:05:00"))));
    // A license whose pricelist neither its row nor its form says: never offered as free.
    stub.wm.register(func("soft.edit").withFormParam("elid", equalTo("81003")).willReturn(doc(field("licname",
        "free.lic"), field("ip", "0.0.0.0"), field("status", "2"), field("ip_change_date", "2025-01-01 00:00:00"))));

    List<License> candidates = server.poolCandidates(3541);

    assertThat(candidates).containsExactly(License.builder().id(81002).pricelistId(3541).name("free.lic")
        .ip("0.0.0.0").status(LicenseStatus.SUSPENDED).expiresOn(LocalDate.of(2026, 1, 5))
        .ipChangedAt(Instant.parse("2025-04-20T06:00:00Z")).keyChangedAt(Instant.parse("2025-04-20T06:05:00Z"))
        .build());
    assertThat(forms()).containsExactly("func=soft", "func=soft.edit&elid=81002", "func=soft.edit&elid=81003");
  }

  @Test
  void findsTheLowestLiveLicenseOfTheNameAndReadsItInFull() {
    stub.wm.register(func("soft").willReturn(doc("\"elem\":[" + row("81010", "svc-9", "192.0.2.9", "4", "3541")
        + "," + row("81012", "svc-9", "192.0.2.9", "2", "3541") + "," + row("81011", "svc-9", "192.0.2.9", "2",
        "4601") + "," + row("81013", "svc-90", "192.0.2.90", "2", "3541") + "]")));
    // The form lacks the pricelist: the row's is kept.
    stub.wm.register(func("soft.edit").willReturn(doc(field("licname", "svc-9"), field("ip", "192.0.2.9"),
        field("status", "2"), field("lickey", KEY), field("expiredate", "2026-03-01"),
        field("lickey_change_date", "2025-05-01 10:00:00"))));

    License found = server.findByName("svc-9").orElseThrow();

    assertThat(found.id()).isEqualTo(81011);
    assertThat(found.pricelistId()).isEqualTo(4601);
    assertThat(found.expiresOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(found.ipChangedAt()).isEmpty();
    assertThat(found.keyChangedAt()).contains(Instant.parse("2025-05-01T07:00:00Z"));
    assertThat(forms()).containsExactly("func=soft", "func=soft.edit&elid=81011");
    assertThat(server.findByName("svc")).isEmpty();
  }

  @Test
  void ordersWithTheFieldsOfAnOrderFromTheBalanceThenWaitsForTheKey() {
    stub.wm.register(func("soft.order.param").willReturn(doc(field("id", "81234"))));
    stub.wm.register(func("soft.edit").inScenario("key").whenScenarioStateIs(STARTED).willSetStateTo("issued")
        .willReturn(doc(field("status", "5"), field("pricelist_id", "3541"))));
    stub.wm.register(func("soft.edit").inScenario("key").whenScenarioStateIs("issued")
        .willReturn(doc(field("status", "2"), field("pricelist_id", "3541"), field("lickey", KEY))));

    long id = server.order(3541, Period.months(12), "192.0.2.10", "svc-10482", Duration.ofMinutes(5));

    assertThat(id).isEqualTo(81234);
    assertThat(forms()).containsExactly("func=soft.order.param&pricelist=3541&period=12&ip=192.0.2.10"
        + "&licname=svc-10482&sok=ok&skipbasket=on&clicked_button=finish", "func=soft.edit&elid=81234",
        "func=soft.edit&elid=81234");
    assertThat(stub.time.sleeps).containsExactly(Duration.ofSeconds(10));
  }

  @Test
  void anOrderTheServerRefusesIsRefusedAndAKeyThatNeverComesTimesOut() {
    stub.wm.register(func("soft.order.param").withFormParam("ip", equalTo("192.0.2.11"))
        .willReturn(error("balance", "", "Not enough money")));
    stub.wm.register(func("soft.order.param").withFormParam("ip", equalTo("192.0.2.12"))
        .willReturn(doc(field("id", "81235"))));
    stub.wm.register(func("soft.edit").willReturn(doc(field("status", "5"), field("pricelist_id", "3541"))));

    assertThatThrownBy(() -> server.order(3541, Period.months(1), "192.0.2.11", "svc-1", Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(PanelFailure.class, failure -> {
          assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED);
          assertThat(failure).hasMessageContaining("Not enough money");
        });
    assertThatThrownBy(() -> server.order(3541, Period.months(1), "192.0.2.12", "svc-2", Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(PanelFailure.class,
            failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.TIMED_OUT));
  }

  @Test
  void rebindsMakesANewKeyProlongsAndResumesWithTheirForms() {
    stub.wm.register(func("soft.edit").willReturn(doc("\"ok\":{}", field("lickey", KEY))));
    stub.wm.register(func("service.prolong")
        .willReturn(doc("\"doc\":{" + field("newexpiredate", "2026-02-05") + "}")));
    stub.wm.register(func("soft.resume").willReturn(doc("\"ok\":{}")));

    server.rebind(81234, "0.0.0.0", "free.lic");
    server.newKey(81234);
    server.prolong(81234, Period.months(1));
    server.resume(81234);

    assertThat(forms()).containsExactly("func=soft.edit&elid=81234&ip=0.0.0.0&licname=free.lic&sok=ok",
        "func=soft.edit&elid=81234&clicked_button=newkey&sok=ok", "func=service.prolong&elid=81234&period=1&sok=ok",
        "func=soft.resume&elid=81234");
  }

  @Test
  void suspendingASuspendedLicenseIsDoneButARefusalOfAnActiveOneStands() {
    stub.wm.register(func("soft.suspend").willReturn(error("value", "elid", "The service is already suspended")));
    stub.wm.register(func("soft.edit").inScenario("status").whenScenarioStateIs(STARTED).willSetStateTo("active")
        .willReturn(doc(field("status", "3"), field("pricelist_id", "3541"))));
    stub.wm.register(func("soft.edit").inScenario("status").whenScenarioStateIs("active")
        .willReturn(doc(field("status", "2"), field("pricelist_id", "3541"))));

    server.suspend(81234);

    assertThatThrownBy(() -> server.suspend(81234)).isInstanceOfSatisfying(PanelFailure.class, failure -> {
      assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED);
      assertThat(failure).hasMessageStartingWith("BILLmanager license server: suspend license 81234 failed: ");
    });
    assertThat(forms()).containsExactly("func=soft.suspend&elid=81234", "func=soft.edit&elid=81234",
        "func=soft.suspend&elid=81234", "func=soft.edit&elid=81234");
  }

  @Test
  void aLicenseWithoutAPricelistCannotBeReadAndAMissingOneIsNotFound() {
    stub.wm.register(func("soft.edit").withFormParam("elid", equalTo("81300")).willReturn(doc(field("status", "2"))));
    stub.wm.register(func("soft.edit").withFormParam("elid", equalTo("81301"))
        .willReturn(error("missed", "elid", "License '81301' not found")));
    stub.wm.register(func("soft.edit").withFormParam("elid", equalTo("81302"))
        .willReturn(doc(field("status", "9"), field("pricelist_id", "3541"))));

    assertThatThrownBy(() -> server.license(81300)).isInstanceOfSatisfying(PanelFailure.class, failure -> {
      assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.OTHER);
      assertThat(failure).hasMessage("BILLmanager license server: read license 81300: the server does not say "
          + "which pricelist license 81300 is of");
    });
    assertThatThrownBy(() -> server.license(81301)).isInstanceOfSatisfying(PanelFailure.class,
        failure -> assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.NOT_FOUND));
    License unknown = server.license(81302);
    assertThat(unknown.status()).isEqualTo(LicenseStatus.UNKNOWN);
    assertThat(unknown.expiresOn()).as("no expiry: expired since ever").isEqualTo(LocalDate.MIN);
  }

  @Test
  void noMessageCarriesTheKeyOrTheCredentials() {
    stub.wm.register(func("soft.edit").willReturn(error("auth", "", "Bad user or password")));

    assertThatThrownBy(() -> server.newKey(81234)).isInstanceOfSatisfying(PanelFailure.class, failure -> {
      assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.OTHER);
      assertThat(failure.getMessage()).doesNotContain("Adm1n-pa55-never-logged").doesNotContain(KEY);
    });
  }
}

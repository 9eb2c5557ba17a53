package dev.ispkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault kind, how it is aimed (panel, method, path, func) and counted, and what the recording shows. */
class FaultsTest {
  PanelSimulator sim;
  Http http;
  long serverId;
  long userId;

  @BeforeEach
  void start() {
    sim = PanelSimulator.start(Http.manual().servers(20).seed(5).build());
    http = new Http(sim).login();
    serverId = http.get("/dci/v3/server?limit=0,1&where=" + Http.enc("owner IS null")).json().at("/list/0/id")
        .asLong();
    userId = http.get("/dci/v3/user?where=" + Http.enc("email EQ 'client0001@example.com'")).json()
        .at("/list/0/id").asLong();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private Http.Response claim() {
    return http.post("/api/dci/v3/server/" + serverId + "/owner", "{\"owner\":" + userId + "}");
  }

  private boolean claimed() {
    return sim.server(serverId).owner().isPresent();
  }

  @Test
  void serviceUnavailableForTheNextKCallsOfOnePanelThenNormal() {
    sim.inject(Fault.serviceUnavailable().on(Panel.DCIMANAGER).times(3));

    for (int i = 0; i < 3; i++) {
      Http.Response r = http.get("/api/dci/v3/server?limit=0,1");
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.json().at("/error/msg").asText()).isEqualTo("Unavailable");
    }
    assertThat(http.get("/vm/v3/cluster").status()).as("other panels are not hit").isEqualTo(200);
    assertThat(http.get("/api/dci/v3/server?limit=0,1").status()).isEqualTo(200);
    assertThat(sim.pendingFaults()).isEmpty();
  }

  private Http.Response orderLicense() {
    return http.billing("func", "soft.order.param", "pricelist", "3541", "period", "1", "ip", "198.51.100.9",
        "sok", "ok", "skipbasket", "on");
  }

  /** A GET on the other path of the func API, the one a real license server has. */
  private Http.Response licenseListByGet() {
    return http.send(http.builder("/manager/billmgr?out=json&func=soft&authinfo="
        + Http.enc(sim.options().billingUser() + ":" + sim.options().billingPassword())).GET());
  }

  private Http.Response login() {
    return http.post("/auth/v4/public/token", "{\"email\":\"" + sim.options().adminEmail() + "\",\"password\":\""
        + sim.options().adminPassword() + "\"}");
  }

  @Test
  void anUnaimedFaultHitsEveryPanelForTheNextKCallsThenEachAnswersNormally() {
    BigDecimal balance = sim.balance();
    int licenses = sim.licenses().size();
    sim.clearCalls();
    sim.inject(Fault.serviceUnavailable().times(5));

    List<Http.Response> hit = List.of(http.get("/api/dci/v3/server?limit=0,1"), http.get("/vm/v3/cluster"),
        orderLicense(), licenseListByGet(), login());

    assertThat(hit).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.json().at("/error/msg").asText()).isEqualTo("Unavailable");
    });
    assertThat(sim.pendingFaults()).as("five calls spend a fault of five").isEmpty();
    assertThat(sim.calls()).extracting(RecordedCall::panel, RecordedCall::path, RecordedCall::fault).containsExactly(
        tuple(Panel.DCIMANAGER, "/dci/v3/server", Fault.Kind.SERVICE_UNAVAILABLE),
        tuple(Panel.VMMANAGER, "/vm/v3/cluster", Fault.Kind.SERVICE_UNAVAILABLE),
        tuple(Panel.BILLMANAGER, "/billmgr", Fault.Kind.SERVICE_UNAVAILABLE),
        tuple(Panel.BILLMANAGER, "/billmgr", Fault.Kind.SERVICE_UNAVAILABLE),
        tuple(Panel.AUTH, "/auth/v4/public/token", Fault.Kind.SERVICE_UNAVAILABLE));
    assertThat(sim.balance()).as("the order under the fault was not processed").isEqualByComparingTo(balance);
    assertThat(sim.licenses()).hasSize(licenses);

    assertThat(http.get("/api/dci/v3/server?limit=0,1").json().get("list")).hasSize(1);
    assertThat(http.get("/vm/v3/cluster").json().get("size").asInt()).isEqualTo(2);
    assertThat(orderLicense().json().at("/doc/ok").isObject()).isTrue();
    assertThat(sim.balance()).isLessThan(balance);
    assertThat(licenseListByGet().json().at("/doc/elem")).hasSize(licenses + 1);
    assertThat(login().status()).isEqualTo(201);
    List<RecordedCall> after = sim.calls().subList(5, sim.calls().size());
    assertThat(after).hasSize(5).extracting(RecordedCall::fault).containsOnlyNulls();
  }

  @Test
  void internalErrorIsNotProcessed() {
    sim.inject(Fault.internalError().method("POST").path("/dci/v3/server/\\d+/owner"));

    Http.Response r = claim();

    assertThat(r.status()).isEqualTo(500);
    assertThat(r.json().at("/error/code").asInt()).isEqualTo(500);
    assertThat(claimed()).isFalse();
    assertThat(claim().status()).isEqualTo(200);
  }

  @Test
  void delayHoldsTheAnswerThenProcessesIt() {
    sim.inject(Fault.delay(Duration.ofMillis(400)).on(Panel.DCIMANAGER));

    long started = System.nanoTime();
    Http.Response r = claim();
    long tookMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(r.status()).isEqualTo(200);
    assertThat(tookMillis).isGreaterThanOrEqualTo(400);
    assertThat(claimed()).isTrue();
  }

  @Test
  void delayTripsAClientReadTimeout() {
    sim.inject(Fault.delay(Duration.ofMillis(600)).path("/vm/v3/cluster"));

    assertThatThrownBy(() -> http.client.send(http.builder("/vm/v3/cluster").timeout(Duration.ofMillis(150))
        .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void connectionResetDropsTheCallUnprocessed() {
    sim.inject(Fault.connectionReset().method("POST"));

    assertThatThrownBy(this::claim).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
    assertThat(claimed()).isFalse();
    RecordedCall call = sim.calls(Panel.DCIMANAGER).get(sim.calls(Panel.DCIMANAGER).size() - 1);
    assertThat(call.fault()).isEqualTo(Fault.Kind.CONNECTION_RESET);
    assertThat(call.status()).isZero();
  }

  @Test
  void connectionResetAfterProcessingLosesOnlyTheAnswer() {
    sim.inject(Fault.connectionResetAfterProcessing().path("/dci/v3/server/\\d+/owner"));

    assertThatThrownBy(this::claim).isInstanceOf(UncheckedIOException.class);
    assertThat(claimed()).as("the effect happened").isTrue();
  }

  @Test
  void malformedJsonIsProcessedButCut() {
    sim.inject(Fault.malformedJson().on(Panel.DCIMANAGER));

    Http.Response r = claim();

    assertThat(r.status()).isEqualTo(200);
    assertThatThrownBy(r::json).isInstanceOf(UncheckedIOException.class);
    assertThat(r.body()).startsWith("{");
    assertThat(claimed()).isTrue();
    Http.Response list = new Http(sim).login().get("/dci/v3/server?limit=0,3");
    assertThat(list.json().get("list")).hasSize(3);
  }

  @Test
  void htmlErrorPageInsteadOfJson() {
    sim.inject(Fault.htmlErrorPage().on(Panel.VMMANAGER));

    Http.Response r = http.get("/vm/v3/host");

    assertThat(r.status()).isEqualTo(502);
    assertThat(r.raw().headers().firstValue("Content-Type")).hasValue("text/html");
    assertThat(r.body()).contains("<html>").contains("502 Bad Gateway");
  }

  @Test
  void tokenExpiryNowGives401AndANewLoginWorks() {
    sim.inject(Fault.tokenExpiry().on(Panel.VMMANAGER));

    Http.Response r = http.get("/vm/v3/host");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().at("/error/code").asInt()).isEqualTo(1000);
    assertThat(http.get("/dci/v3/server?limit=0,1").status()).as("every token ended").isEqualTo(401);
    http.login();
    assertThat(http.get("/vm/v3/host").status()).isEqualTo(200);
  }

  @Test
  void tokenExpiryAlsoEndsBillingSessions() {
    String session = http.send(http.builder("/billmgr?out=json&func=auth&username=reseller"
        + "&password=simulator-billing").GET()).json().at("/doc/auth/$id").asText();
    sim.inject(Fault.tokenExpiry().on(Panel.BILLMANAGER));

    JsonNode doc = http.send(http.builder("/billmgr?out=json&func=soft&auth=" + session).GET()).json();

    assertThat(doc.at("/doc/error/$type").asText()).isEqualTo("auth");
  }

  @Test
  void billingFaultsAimAtOneFunc() {
    sim.inject(Fault.serviceUnavailable().func("soft.order.param").times(2));

    assertThat(http.billing("func", "soft").status()).isEqualTo(200);
    assertThat(http.billing("func", "soft.order.param", "pricelist", "3541", "ip", "198.51.100.1", "sok", "ok",
        "skipbasket", "on").status()).isEqualTo(503);
    assertThat(http.billing("func", "soft.order.param", "pricelist", "3541", "ip", "198.51.100.1", "sok", "ok",
        "skipbasket", "on").status()).isEqualTo(503);
    assertThat(http.billing("func", "soft.order.param", "pricelist", "3541", "ip", "198.51.100.1", "sok", "ok",
        "skipbasket", "on").json().at("/doc/ok").isObject()).isTrue();
  }

  @Test
  void alwaysHitsUntilCleared() {
    sim.inject(Fault.internalError().on(Panel.AUTH).always());

    for (int i = 0; i < 5; i++) {
      assertThat(http.post("/auth/v4/public/token", "{}").status()).isEqualTo(500);
    }
    assertThat(sim.pendingFaults()).hasSize(1);
    sim.clearFaults();
    assertThat(new Http(sim).login().token).isNotEmpty();
  }

  @Test
  void firstMatchingFaultWinsInInjectionOrder() {
    sim.inject(Fault.htmlErrorPage().path("/vm/v3/os"));
    sim.inject(Fault.serviceUnavailable().on(Panel.VMMANAGER));

    assertThat(http.get("/vm/v3/cluster").status()).isEqualTo(503);
    assertThat(http.get("/vm/v3/os").status()).isEqualTo(502);
    assertThat(http.get("/vm/v3/os").status()).isEqualTo(200);
  }

  @Test
  void callsAreRecordedVerbatim() {
    sim.clearCalls();
    http.get("/api/dci/v3/server?where=" + Http.enc("id EQ 1") + "&limit=0,1");
    claim();
    http.billing("func", "soft");

    List<RecordedCall> calls = sim.calls();
    assertThat(calls).hasSize(3);
    RecordedCall list = calls.get(0);
    assertThat(list.method()).isEqualTo("GET");
    assertThat(list.path()).isEqualTo("/dci/v3/server");
    assertThat(list.rawPath()).isEqualTo("/api/dci/v3/server");
    assertThat(list.query()).contains("where=id%20EQ%201");
    assertThat(list.header("X-XSRF-TOKEN")).isEqualTo(http.token);
    assertThat(list.header("isp-box-instance")).isEqualTo("true");
    assertThat(list.status()).isEqualTo(200);
    assertThat(calls.get(1).body()).isEqualTo("{\"owner\":" + userId + "}");
    RecordedCall billing = calls.get(2);
    assertThat(billing.panel()).isEqualTo(Panel.BILLMANAGER);
    assertThat(billing.func()).isEqualTo("soft");
    assertThat(billing.body()).contains("authinfo=reseller%3Asimulator-billing");
    assertThat(sim.calls(Panel.DCIMANAGER)).hasSize(2);
  }

  @Test
  void recordingKeepsTheNewestUpToTheLimit() {
    try (PanelSimulator small = PanelSimulator.start(Http.manual().servers(1).recordLimit(3).build())) {
      Http h = new Http(small);
      for (int i = 0; i < 5; i++) {
        h.get("/vm/v3/cluster?n=" + i);
      }
      assertThat(small.calls()).extracting(RecordedCall::query).containsExactly("n=2", "n=3", "n=4");
    }
  }
}

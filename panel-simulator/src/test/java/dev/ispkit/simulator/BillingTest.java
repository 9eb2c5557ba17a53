package dev.ispkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The BILLmanager license server over plain HTTP: auth, the soft.* functions, balance, keys and expiry. */
class BillingTest {
  PanelSimulator sim;
  Http http;

  @BeforeEach
  void start() {
    sim = PanelSimulator.start(Http.manual().servers(0).licenses(8).licenseKeyDelay(Duration.ofSeconds(30))
        .billingSessionPeriod(Duration.ofMinutes(60)).build());
    http = new Http(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private JsonNode order(String ip) {
    return http.billing("func", "soft.order.param", "pricelist", "3541", "period", "1", "ip", ip,
        "licname", "Item #42 addon web1", "sok", "ok", "skipbasket", "on", "clicked_button", "finish",
        "remoteid", "svc-42").json().get("doc");
  }

  private JsonNode read(long id) {
    return http.billing("func", "soft.edit", "elid", String.valueOf(id)).json().get("doc");
  }

  private static List<JsonNode> elems(JsonNode doc) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode elem = doc.get("elem");
    if (elem.isArray()) {
      elem.forEach(out::add);
    } else {
      out.add(elem);
    }
    return out;
  }

  @Test
  void orderDebitsTheBalanceAndTheKeyComesLater() {
    JsonNode doc = order("198.51.100.7");

    assertThat(doc.has("error")).isFalse();
    assertThat(doc.has("ok")).isTrue();
    long id = doc.at("/id/$").asLong();
    assertThat(sim.balance()).isEqualByComparingTo("996.00");
    JsonNode fresh = read(id);
    assertThat(fresh.at("/status/$").asText()).isEqualTo("5");
    assertThat(fresh.at("/lickey/$").asText()).isEmpty();
    assertThat(fresh.at("/remoteid/$").asText()).isEqualTo("svc-42");

    sim.advance(Duration.ofSeconds(30));

    JsonNode ready = read(id);
    assertThat(ready.at("/status/$").asText()).isEqualTo("2");
    assertThat(ready.at("/lickey/$").asText()).hasSize(24);
    assertThat(ready.at("/expiredate/$").asText()).isEqualTo("2025-07-01");
    assertThat(ready.at("/ip/$").asText()).isEqualTo("198.51.100.7");
  }

  @Test
  void errorsAreHttp200WithDocError() {
    Http.Response badIp = http.billing("func", "soft.order.param", "pricelist", "3541", "period", "1",
        "ip", "999.1.1.1", "sok", "ok", "skipbasket", "on");
    Http.Response badPeriod = http.billing("func", "soft.order.param", "pricelist", "3541", "period", "6",
        "ip", "198.51.100.8", "sok", "ok", "skipbasket", "on");
    Http.Response badTariff = http.billing("func", "soft.checkip", "pricelist", "1", "period", "1",
        "ip", "198.51.100.8");
    Http.Response unknown = http.billing("func", "soft.nosuch");
    Http.Response missing = http.billing("func", "soft.edit", "elid", "1");

    assertThat(badIp.status()).isEqualTo(200);
    assertThat(badIp.json().at("/doc/error/$type").asText()).isEqualTo("value");
    assertThat(badIp.json().at("/doc/error/$object").asText()).isEqualTo("ip");
    assertThat(badIp.json().at("/doc/error/msg/$").asText()).contains("999.1.1.1");
    assertThat(badPeriod.json().at("/doc/error/$object").asText()).isEqualTo("period");
    assertThat(badTariff.json().at("/doc/error/$object").asText()).isEqualTo("pricelist");
    assertThat(unknown.json().at("/doc/error/$type").asText()).isEqualTo("missed");
    assertThat(missing.json().at("/doc/error/$object").asText()).isEqualTo("elid");
    assertThat(sim.balance()).isEqualByComparingTo("1000.00");
  }

  @Test
  void insufficientBalanceRefusesTheOrder() {
    sim.setBalance(new BigDecimal("3.00"));

    JsonNode doc = order("198.51.100.9");

    assertThat(doc.at("/error/$type").asText()).isEqualTo("balance");
    assertThat(sim.balance()).isEqualByComparingTo("3.00");
    assertThat(elems(http.billing("func", "soft").json().get("doc"))).hasSize(8);
  }

  @Test
  void checkIpRefusesAnIpThatHasALicenseOfTheTariff() {
    order("198.51.100.10");

    JsonNode taken = http.billing("func", "soft.checkip", "pricelist", "3541", "period", "1",
        "ip", "198.51.100.10").json().get("doc");
    JsonNode otherTariff = http.billing("func", "soft.checkip", "pricelist", "4601", "period", "12",
        "ip", "198.51.100.10").json().get("doc");

    assertThat(taken.at("/error/$type").asText()).isEqualTo("exists");
    assertThat(otherTariff.has("ok")).isTrue();
    assertThat(order("198.51.100.10").at("/error/$type").asText()).isEqualTo("exists");
  }

  @Test
  void ipChangeNewKeyProlongSuspendResumeDelete() {
    long id = order("198.51.100.11").at("/id/$").asLong();
    sim.advance(Duration.ofMinutes(1));
    String firstKey = read(id).at("/lickey/$").asText();

    JsonNode ipChange = http.billing("func", "soft.edit", "elid", String.valueOf(id), "ip", "0.0.0.0",
        "licname", "free.lic", "sok", "ok").json().get("doc");
    assertThat(ipChange.has("ok")).isTrue();
    assertThat(read(id).at("/ip/$").asText()).isEqualTo("0.0.0.0");
    assertThat(read(id).at("/licname/$").asText()).isEqualTo("free.lic");
    assertThat(read(id).at("/ip_change_date/$").asText()).isEqualTo("2025-06-01 09:01:00");
    assertThat(read(id).at("/lickey_change_date/$").asText()).as("the key was issued as the clock moved")
        .isEqualTo("2025-06-01 09:01:00");

    sim.advance(Duration.ofMinutes(1));
    JsonNode newKey = http.billing("func", "soft.edit", "elid", String.valueOf(id), "clicked_button", "newkey",
        "sok", "ok").json().get("doc");
    assertThat(newKey.at("/lickey/$").asText()).hasSize(24).isNotEqualTo(firstKey);
    assertThat(read(id).at("/lickey_change_date/$").asText()).isEqualTo("2025-06-01 09:02:00");
    assertThat(read(id).at("/ip_change_date/$").asText()).isEqualTo("2025-06-01 09:01:00");

    JsonNode prolong = http.billing("func", "service.prolong", "elid", String.valueOf(id), "period", "12",
        "sok", "ok").json().get("doc");
    assertThat(prolong.at("/doc/newexpiredate/$").asText()).isEqualTo("2026-07-01");
    assertThat(sim.balance()).isEqualByComparingTo("948.00");

    http.billing("func", "soft.suspend", "elid", String.valueOf(id));
    assertThat(read(id).at("/status/$").asText()).isEqualTo("3");
    http.billing("func", "soft.resume", "elid", String.valueOf(id));
    assertThat(read(id).at("/status/$").asText()).isEqualTo("2");
    http.billing("func", "soft.delete", "elid", String.valueOf(id), "sok", "ok");
    assertThat(read(id).at("/status/$").asText()).isEqualTo("4");
    assertThat(http.billing("func", "soft.resume", "elid", String.valueOf(id)).json().at("/doc/error/$object")
        .asText()).isEqualTo("elid");
  }

  @Test
  void listRowsCarryNoKeyAndNoChangeTimesAsTheRealListDoesNot() {
    List<JsonNode> list = elems(http.billing("func", "soft").json().get("doc"));

    assertThat(list).hasSize(8);
    for (JsonNode row : list) {
      for (String column : List.of("id", "name", "licname", "ip", "status", "pricelist_id", "pricelist", "period",
          "createdate", "expiredate")) {
        assertThat(row.at("/" + column + "/$").isTextual()).as(column).isTrue();
      }
      for (String absent : List.of("lickey", "ip_change_date", "lickey_change_date", "ipchangedate",
          "keychangedate")) {
        assertThat(row.has(absent)).as(absent).isFalse();
      }
      assertThat(row.at("/pricelist_id/$").asText()).matches("\\d+");
      assertThat(row.at("/pricelist/$").asText()).as("a list shows the tariff's name").doesNotMatch("\\d+");
    }
    assertThat(list).anySatisfy(l -> {
      assertThat(l.at("/licname/$").asText()).isEqualTo("free.lic");
      assertThat(l.at("/ip/$").asText()).isEqualTo("0.0.0.0");
    });
    assertThat(list).anySatisfy(l -> assertThat(l.at("/status/$").asText()).isEqualTo("3"));
  }

  @Test
  void theEditFormIsTheFullReadWithTheRealColumnNames() {
    List<JsonNode> list = elems(http.billing("func", "soft").json().get("doc"));
    JsonNode pooled = list.stream().filter(l -> l.at("/licname/$").asText().equals("free.lic")).findFirst()
        .orElseThrow();

    JsonNode form = read(pooled.at("/id/$").asLong());

    assertThat(form.at("/elid/$").asText()).isEqualTo(pooled.at("/id/$").asText());
    assertThat(form.at("/lickey/$").asText()).hasSize(24);
    assertThat(form.at("/pricelist/$").asText()).as("the form's pricelist is the id")
        .isEqualTo(pooled.at("/pricelist_id/$").asText());
    assertThat(form.at("/pricelist_name/$").asText()).isEqualTo(pooled.at("/pricelist/$").asText());
    assertThat(form.at("/ip_change_date/$").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")
        .isLessThan("2025-06-01");
    assertThat(form.at("/lickey_change_date/$").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    assertThat(form.has("ipchangedate")).isFalse();
    assertThat(form.has("keychangedate")).isFalse();
    for (String column : List.of("licname", "ip", "status", "period", "expiredate")) {
      assertThat(form.at("/" + column + "/$").asText()).as(column).isEqualTo(pooled.at("/" + column + "/$").asText());
    }
  }

  @Test
  void checkIpTakesTheSokPublicCodeSends() {
    JsonNode doc = http.billing("func", "soft.checkip", "pricelist", "3541", "period", "1", "ip", "198.51.100.20",
        "sok", "yes").json().get("doc");

    assertThat(doc.has("ok")).isTrue();
  }

  @Test
  void expiredLicenseIsSuspendedThenDeletedAndProlongRevivesIt() {
    long id = order("198.51.100.12").at("/id/$").asLong();
    sim.advance(Duration.ofDays(31));
    assertThat(read(id).at("/status/$").asText()).as("expired on 2025-07-01").isEqualTo("3");
    assertThat(http.billing("func", "soft.resume", "elid", String.valueOf(id)).json()
        .at("/doc/error/$object").asText()).isEqualTo("expiredate");

    JsonNode prolong = http.billing("func", "service.prolong", "elid", String.valueOf(id), "period", "1",
        "sok", "ok").json().get("doc");
    assertThat(prolong.at("/doc/newexpiredate/$").asText()).isEqualTo("2025-08-02");
    assertThat(read(id).at("/status/$").asText()).isEqualTo("2");

    sim.advance(Duration.ofDays(65));
    assertThat(read(id).at("/status/$").asText()).isEqualTo("4");
  }

  @Test
  void sessionAuthExpiresAfterIdlePeriod() {
    Http.Response auth = http.send(http.builder("/billmgr?out=json&func=auth&username=reseller"
        + "&password=simulator-billing").GET());
    String session = auth.json().at("/doc/auth/$id").asText();
    assertThat(auth.json().at("/doc/auth/$").asText()).isEqualTo(session);

    Http.Response list = http.send(http.builder("/billmgr?out=json&func=soft&auth=" + session).GET());
    assertThat(elems(list.json().get("doc"))).hasSize(8);
    sim.advance(Duration.ofMinutes(59));
    assertThat(http.send(http.builder("/billmgr?out=json&func=soft&auth=" + session).GET()).json()
        .at("/doc/error").isMissingNode()).as("use slides the session").isTrue();
    sim.advance(Duration.ofMinutes(60));

    Http.Response expired = http.send(http.builder("/billmgr?out=json&func=soft&auth=" + session).GET());
    assertThat(expired.status()).isEqualTo(200);
    assertThat(expired.json().at("/doc/error/$type").asText()).isEqualTo("auth");
  }

  @Test
  void wrongAuthinfoAndNoAuthAreDocErrors() {
    Http.Response wrong = http.send(http.builder("/billmgr?out=json&func=soft&authinfo=reseller:nope").GET());
    Http.Response none = http.send(http.builder("/billmgr?out=json&func=soft").GET());
    Http.Response badLogin = http.send(http.builder("/billmgr?out=json&func=auth&username=x&password=y").GET());

    assertThat(wrong.status()).isEqualTo(200);
    assertThat(wrong.json().at("/doc/error/$type").asText()).isEqualTo("auth");
    assertThat(none.json().at("/doc/error/$type").asText()).isEqualTo("auth");
    assertThat(badLogin.json().at("/doc/error/$type").asText()).isEqualTo("auth");
  }

  @Test
  void getQueryAndXmlOutputWork() {
    Http.Response xml = http.send(http.builder("/manager/billmgr?out=xml&func=soft.order.param"
        + "&authinfo=reseller:simulator-billing&pricelist=4601&period=12&ip=198.51.100.13&licname=x&sok=ok"
        + "&skipbasket=on").GET());

    assertThat(xml.status()).isEqualTo(200);
    assertThat(xml.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.contains("xml"));
    assertThat(xml.body()).contains("<doc").contains("<ok/>").containsPattern("<id>\\d+</id>");
    assertThat(sim.balance()).isEqualByComparingTo("856.00");
    Http.Response error = http.send(http.builder("/billmgr?out=xml&func=soft.edit&elid=1"
        + "&authinfo=reseller:simulator-billing").GET());
    assertThat(error.body()).contains("<error type=\"missed\" object=\"elid\"><msg>");
  }

  @Test
  void orderWithoutSokOrdersNothing() {
    JsonNode doc = http.billing("func", "soft.order.param", "pricelist", "3541", "period", "1",
        "ip", "198.51.100.14").json().get("doc");

    assertThat(doc.has("ok")).isFalse();
    assertThat(doc.has("id")).isFalse();
    assertThat(sim.balance()).isEqualByComparingTo("1000.00");
  }

  @Test
  void scriptedErrorAnswersTheNextCallOfThatFunc() {
    sim.failNextBillingCall("soft.order.param", "exists", "ip", "License already exists");

    assertThat(order("198.51.100.15").at("/error/msg/$").asText()).isEqualTo("License already exists");
    assertThat(order("198.51.100.15").has("ok")).isTrue();
  }

  @Test
  void singleRecordListCanComeAsAnObject() {
    try (PanelSimulator quirky = PanelSimulator.start(Http.manual().servers(0).licenses(1).singleElemAsObject(true)
        .build())) {
      JsonNode elem = new Http(quirky).billing("func", "soft").json().at("/doc/elem");
      assertThat(elem.isObject()).isTrue();
      assertThat(elem.at("/id/$").asText()).isEqualTo("300001");
    }
  }
}

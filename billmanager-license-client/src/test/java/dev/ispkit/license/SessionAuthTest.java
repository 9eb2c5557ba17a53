package dev.ispkit.license;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.ispkit.license.LicenseServer.PASSWORD;
import static dev.ispkit.license.LicenseServer.SESSION;
import static dev.ispkit.license.LicenseServer.SESSION_2;
import static dev.ispkit.license.LicenseServer.USER;
import static dev.ispkit.license.LicenseServer.doc;
import static dev.ispkit.license.LicenseServer.entry;
import static dev.ispkit.license.LicenseServer.error;
import static dev.ispkit.license.LicenseServer.field;
import static dev.ispkit.license.LicenseServer.func;
import static dev.ispkit.license.LicenseServer.ok;
import static dev.ispkit.license.LicenseServer.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ispkit.client.core.PanelAuthenticationException;
import dev.ispkit.client.core.transport.FakeTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link AuthMode#SESSION}: one {@code func=auth} login, {@code auth=<id>} in every form, one re-login on expiry. */
final class SessionAuthTest extends ConnectedClient {
  private static final String EXPIRED = "Session expired, log in again";

  @Override
  LicenseServerClient newClient(WireMockRuntimeInfo wm, FakeTime time) {
    return LicenseServer.sessionClient(wm, time);
  }

  private List<String> funcs() {
    return LicenseServer.requests(wm).stream()
        .map(request -> LicenseServer.form(request).get(0).getValue())
        .collect(Collectors.toList());
  }

  private static String sent(LoggedRequest request, String name) {
    return LicenseServer.form(request).stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue)
        .reduce((a, b) -> a + "," + b).orElse(null);
  }

  @Test
  void logsInOnceAndSendsTheSessionInTheBodyOfEveryCall() {
    wm.getWireMock().register(func("auth").willReturn(session(SESSION)));
    wm.getWireMock().register(func("soft.suspend").willReturn(ok()));
    wm.getWireMock().register(func("soft.resume").willReturn(ok()));

    client.suspend(7);
    client.resume(7);

    List<LoggedRequest> requests = LicenseServer.requests(wm);
    assertThat(funcs()).containsExactly("auth", "soft.suspend", "soft.resume");
    assertThat(LicenseServer.form(requests.get(0))).containsExactly(entry("func", "auth"), entry("username", USER),
        entry("password", PASSWORD), entry("out", "json"), entry("lang", "en"));
    assertThat(LicenseServer.form(requests.get(1))).containsExactly(entry("func", "soft.suspend"),
        entry("elid", "7"), entry("out", "json"), entry("lang", "en"), entry("auth", SESSION));
    assertThat(LicenseServer.form(requests.get(2))).containsExactly(entry("func", "soft.resume"),
        entry("elid", "7"), entry("out", "json"), entry("lang", "en"), entry("auth", SESSION));
    assertThat(requests).allSatisfy(request -> assertThat(request.getUrl()).isEqualTo(LicenseServer.PATH));
  }

  @Test
  void anExpiredSessionCausesExactlyOneLoginAndOneRepeat() {
    wm.getWireMock().register(func("auth").inScenario("login").whenScenarioStateIs(STARTED)
        .willSetStateTo("second").willReturn(session(SESSION)));
    wm.getWireMock().register(func("auth").inScenario("login").whenScenarioStateIs("second")
        .willReturn(session(SESSION_2)));
    wm.getWireMock().register(func("soft.edit").withFormParam("auth", equalTo(SESSION))
        .willReturn(error("auth", "", EXPIRED)));
    wm.getWireMock().register(func("soft.edit").withFormParam("auth", equalTo(SESSION_2))
        .willReturn(doc(field("status", "2"))));
    wm.getWireMock().register(func("soft.suspend").withFormParam("auth", equalTo(SESSION_2)).willReturn(ok()));

    assertThat(client.get(81234).status()).isEqualTo(LicenseStatus.ACTIVE);
    client.suspend(81234);

    assertThat(funcs()).containsExactly("auth", "soft.edit", "auth", "soft.edit", "soft.suspend");
    List<LoggedRequest> requests = LicenseServer.requests(wm);
    // The repeat carries the new session in place of the old one, never both.
    assertThat(sent(requests.get(3), "auth")).isEqualTo(SESSION_2);
    assertThat(sent(requests.get(4), "auth")).isEqualTo(SESSION_2);
  }

  @Test
  void anOrderRefusedForAnExpiredSessionIsRepeatedOnceAfterTheLogin() {
    wm.getWireMock().register(func("auth").inScenario("login").whenScenarioStateIs(STARTED)
        .willSetStateTo("second").willReturn(session(SESSION)));
    wm.getWireMock().register(func("auth").inScenario("login").whenScenarioStateIs("second")
        .willReturn(session(SESSION_2)));
    wm.getWireMock().register(func("soft.order.param").withFormParam("auth", equalTo(SESSION))
        .willReturn(error("auth", "", EXPIRED)));
    wm.getWireMock().register(func("soft.order.param").withFormParam("auth", equalTo(SESSION_2))
        .willReturn(doc(field("id", "81234"))));

    long id = client.order(LicenseOrder.builder().pricelist("3541").period(1).ip("192.0.2.10")
        .licenseName("Item #1042").build());

    assertThat(id).isEqualTo(81234L);
    assertThat(funcs()).containsExactly("auth", "soft.order.param", "auth", "soft.order.param");
  }

  @Test
  void aSessionRefusedRightAfterAFreshLoginFailsWithoutLoopingOn() {
    wm.getWireMock().register(func("auth").willReturn(session(SESSION)));
    wm.getWireMock().register(func("soft.edit").willReturn(error("auth", "", EXPIRED)));

    assertThatThrownBy(() -> client.get(81234))
        .isInstanceOf(PanelAuthenticationException.class)
        .hasMessageContaining(EXPIRED)
        .hasMessageContaining("refused again right after a fresh login");
    assertThat(funcs()).containsExactly("auth", "soft.edit", "auth", "soft.edit");
  }

  @Test
  void aRefusedLoginIsAnAuthenticationFailureAndIsNotRepeated() {
    wm.getWireMock().register(func("auth").willReturn(error("auth", "", "Invalid username or password")));

    assertThatThrownBy(() -> client.list())
        .isInstanceOf(PanelAuthenticationException.class)
        .hasMessageContaining("[func=auth]")
        .hasMessageContaining("Invalid username or password");
    assertThat(funcs()).containsExactly("auth");
  }

  @Test
  void aLoginAnswerWithoutSessionIdIsAResponseFailure() {
    wm.getWireMock().register(func("auth").willReturn(doc("\"auth\":{}")));

    assertThatThrownBy(() -> client.list())
        .isInstanceOf(dev.ispkit.client.core.PanelResponseException.class)
        .hasMessageContaining("without a session id");
  }

  @Test
  void aSessionIdleForAnHourIsRenewedBeforeTheServerRefusesIt() {
    wm.getWireMock().register(func("auth").inScenario("login").whenScenarioStateIs(STARTED)
        .willSetStateTo("second").willReturn(session(SESSION)));
    wm.getWireMock().register(func("auth").inScenario("login").whenScenarioStateIs("second")
        .willReturn(session(SESSION_2)));
    wm.getWireMock().register(func("soft").willReturn(doc("")));
    LicenseServerClient hourly = LicenseServerClient.builder(LicenseServer.config(wm, time)
        .sessionStoragePeriod(Duration.ofHours(8)).build()).authMode(AuthMode.SESSION).build();

    hourly.list();
    time.advance(Duration.ofMinutes(59));
    hourly.list();
    time.advance(Duration.ofMinutes(59));
    hourly.list();
    time.advance(Duration.ofMinutes(60));
    hourly.list();
    hourly.close();

    assertThat(funcs()).containsExactly("auth", "soft", "soft", "soft", "auth", "soft");
    List<LoggedRequest> requests = LicenseServer.requests(wm);
    assertThat(sent(requests.get(3), "auth")).isEqualTo(SESSION);
    assertThat(sent(requests.get(5), "auth")).isEqualTo(SESSION_2);
  }

  @Test
  void aSessionOlderThanTheStoragePeriodIsRenewed() {
    wm.getWireMock().register(func("auth").willReturn(session(SESSION)));
    wm.getWireMock().register(func("soft").willReturn(doc("")));

    // The default storage period is 30 minutes: 3 calls 20 minutes apart, the third after 40 minutes of age.
    client.list();
    time.advance(Duration.ofMinutes(20));
    client.list();
    time.advance(Duration.ofMinutes(20));
    client.list();

    assertThat(funcs()).containsExactly("auth", "soft", "soft", "auth", "soft");
  }

  @Test
  void manyThreadsWithoutASessionShareOneLogin() throws Exception {
    wm.getWireMock().register(func("auth").willReturn(session(SESSION).withFixedDelay(100)));
    wm.getWireMock().register(func("soft").willReturn(doc("")));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> calls = IntStream.range(0, 4)
          .<Callable<Integer>>mapToObj(i -> () -> client.list().size()).collect(Collectors.toList());
      for (Future<Integer> result : pool.invokeAll(calls)) {
        assertThat(result.get()).isZero();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(funcs()).filteredOn("auth"::equals).hasSize(1);
    assertThat(funcs()).filteredOn("soft"::equals).hasSize(4);
  }
}

package dev.ispkit.license;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.ispkit.license.LicenseServer.doc;
import static dev.ispkit.license.LicenseServer.error;
import static dev.ispkit.license.LicenseServer.field;
import static dev.ispkit.license.LicenseServer.func;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import dev.ispkit.client.core.PanelAuthenticationException;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.PanelPermissionException;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.PanelServerException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BILLmanager's errors come with HTTP 200 and {@code doc.error}: each type becomes the matching exception of core,
 * and only calls that cannot have done anything twice are repeated.
 */
final class ErrorAnswersTest extends ConnectedClient {
  private static final LicenseOrder ORDER = LicenseOrder.builder().pricelist("3541").period(1)
      .ip("192.0.2.10").licenseName("Item #1042").build();

  static Stream<Arguments> errorTypes() {
    return Stream.of(
        Arguments.of("value", "ip", PanelInvalidRequestException.class),
        Arguments.of("missed", "elid", PanelNotFoundException.class),
        Arguments.of("exists", "ip", PanelConflictException.class),
        Arguments.of("auth", "", PanelAuthenticationException.class),
        Arguments.of("access", "func", PanelPermissionException.class),
        Arguments.of("balance", "account", PanelInvalidRequestException.class));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("errorTypes")
  void anErrorBodyWithHttp200BecomesTheMatchingException(String type, String object,
      Class<? extends PanelException> expected) {
    wm.getWireMock().register(func("soft.edit").willReturn(error(type, object, "The panel says no")));

    PanelException failure = catchThrowableOfType(PanelException.class, () -> client.get(81234));

    assertThat(failure).isInstanceOf(expected);
    assertThat(failure.httpStatus()).hasValue(200);
    assertThat(failure.panelCode()).contains(type);
    assertThat(failure.panelMessage()).contains("The panel says no");
    assertThat(failure.call()).hasValueSatisfying(call ->
        assertThat(call.toString()).isEqualTo("POST /manager/billmgr [func=soft.edit elid=81234]"));
    assertThat(failure.getMessage()).isEqualTo("BILLmanager answered 200 to POST /manager/billmgr"
        + " [func=soft.edit elid=81234]: The panel says no (code " + type
        + (object.isEmpty() ? "" : ", object " + object) + ")");
    // An error the server gave is not repeated, even for a read.
    assertThat(LicenseServer.requests(wm)).hasSize(1);
  }

  @Test
  void aLowBalanceOnOrderIsAnInvalidRequestCarryingItsType() {
    wm.getWireMock().register(func("soft.order.param")
        .willReturn(error("balance", "account", "Not enough money on the account balance")));

    assertThatThrownBy(() -> client.order(ORDER))
        .isInstanceOf(PanelInvalidRequestException.class)
        .hasMessageContaining("Not enough money")
        .satisfies(e -> assertThat(((PanelException) e).panelCode()).contains("balance"));
  }

  @Test
  void anErrorWithoutTypeOrMessageIsStillAnError() {
    wm.getWireMock().register(func("soft.suspend").willReturn(doc("\"error\":{}")));

    assertThatThrownBy(() -> client.suspend(7))
        .isInstanceOf(PanelInvalidRequestException.class)
        .hasMessage("BILLmanager answered 200 to POST /manager/billmgr [func=soft.suspend elid=7]: an error"
            + " (code none)");
  }

  @Test
  void aBodyThatIsNotJsonIsAResponseExceptionShowingItsStart() {
    wm.getWireMock().register(func("soft").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html><body>Maintenance</body></html>")));

    assertThatThrownBy(() -> client.list())
        .isInstanceOf(PanelResponseException.class)
        .hasMessageContaining("[func=soft]")
        .hasMessageContaining("text/html")
        .hasMessageContaining("Maintenance");
  }

  @Test
  void anOrderAnsweredWithoutIdSaysItMayHaveBeenPlaced() {
    wm.getWireMock().register(func("soft.order.param").willReturn(doc("\"ok\":{}")));

    assertThatThrownBy(() -> client.order(ORDER))
        .isInstanceOf(PanelResponseException.class)
        .hasMessageContaining("may have been ordered");
  }

  @Test
  void anOrderAnswered503IsRepeatedSinceTheServerDidNotTakeIt() {
    wm.getWireMock().register(func("soft.order.param").inScenario("waking").whenScenarioStateIs(STARTED)
        .willSetStateTo("up").willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
    wm.getWireMock().register(func("soft.order.param").inScenario("waking").whenScenarioStateIs("up")
        .willReturn(doc(field("id", "81234"))));

    assertThat(client.order(ORDER)).isEqualTo(81234L);
    assertThat(LicenseServer.requests(wm)).hasSize(2);
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(200));
    // Feign sends the same template again: the repeat carries authinfo once, like the first attempt.
    List<Map.Entry<String, String>> first = LicenseServer.form(LicenseServer.requests(wm).get(0));
    assertThat(LicenseServer.form(LicenseServer.requests(wm).get(1))).isEqualTo(first);
    assertThat(first).filteredOn(field -> field.getKey().equals("authinfo")).hasSize(1);
  }

  @Test
  void anOrderWhoseConnectionBrokeIsNeverRepeated() {
    wm.getWireMock().register(func("soft.order.param")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    // The message names the function that failed, never the credentials the same form carried.
    assertThatThrownBy(() -> client.order(ORDER)).isInstanceOf(PanelConnectionException.class)
        .hasMessageContaining("[func=soft.order.param]")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(LicenseServer.PASSWORD, "authinfo"));
    assertThat(LicenseServer.requests(wm)).hasSize(1);
  }

  @Test
  void anOrderAnswered500IsNeverRepeated() {
    wm.getWireMock().register(func("soft.order.param").willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> client.order(ORDER)).isInstanceOf(PanelServerException.class)
        .hasMessageContaining("[func=soft.order.param]");
    assertThat(LicenseServer.requests(wm)).hasSize(1);
  }

  @Test
  void aReadWhoseConnectionBrokeIsRepeated() {
    wm.getWireMock().register(func("soft.edit").inScenario("flaky").whenScenarioStateIs(STARTED)
        .willSetStateTo("fine").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wm.getWireMock().register(func("soft.edit").inScenario("flaky").whenScenarioStateIs("fine")
        .willReturn(doc(field("status", "2"))));

    assertThat(client.get(81234).status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(LicenseServer.requests(wm)).hasSize(2);
  }

  @Test
  void anEditWithSokAnswered502IsNotRepeated() {
    wm.getWireMock().register(func("soft.edit").willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(() -> client.changeIpAndName(81234, "192.0.2.20", "Item #7")).isInstanceOf(PanelException.class);
    assertThat(LicenseServer.requests(wm)).hasSize(1);
  }

  @Test
  void aReadTimeoutOnAnOrderIsNotRepeated(WireMockRuntimeInfo wm) {
    // The only test that waits in real time, a fraction of a second: a read timeout cannot be faked.
    LicenseServerClient impatient = LicenseServerClient.create(LicenseServer.config(wm, time)
        .readTimeout(Duration.ofMillis(150)).build());
    wm.getWireMock().register(func("soft.order.param").willReturn(doc(field("id", "81234"))
        .withFixedDelay(400)));

    assertThatThrownBy(() -> impatient.order(ORDER)).isInstanceOf(PanelConnectionException.class);
    assertThat(LicenseServer.requests(wm)).hasSize(1);
    impatient.close();
  }
}

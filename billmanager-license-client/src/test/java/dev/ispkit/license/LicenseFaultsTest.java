package dev.ispkit.license;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.ispkit.license.LicenseServer.func;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelResponseException;
import org.junit.jupiter.api.Test;

/** A cut-off or {@code null} answer from the license server: a typed error, and for an order, how to find it. */
final class LicenseFaultsTest extends ConnectedClient {
  private static final LicenseOrder ORDER = LicenseOrder.builder().pricelist("3541").period(1)
      .ip("192.0.2.10").licenseName("Item #1042").build();

  @Test
  void anOrderWhoseAnswerBreaksOffSaysTheLicenseMayExistAndHowToFindIt() {
    wm.getWireMock().register(func("soft.order.param")
        .willReturn(aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

    assertThatThrownBy(() -> client.order(ORDER))
        .isInstanceOf(PanelException.class)
        .hasMessageContaining("[func=soft.order.param]")
        .hasMessageContaining("the license may have been ordered")
        .hasMessageContaining("list()")
        .hasMessageContaining("Item #1042")
        .hasMessageNotContaining(LicenseServer.PASSWORD);
    assertThat(LicenseServer.requests(wm)).hasSize(1);
  }

  @Test
  void anOrderWhoseAnswerIsCutJsonSaysTheSame() {
    wm.getWireMock().register(func("soft.order.param").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"doc\":{\"id\":{\"$\":\"812")));

    assertThatThrownBy(() -> client.order(ORDER))
        .isInstanceOf(PanelException.class)
        .hasMessageContaining("the license may have been ordered")
        .hasMessageContaining("Item #1042");
    assertThat(LicenseServer.requests(wm)).hasSize(1);
  }

  @Test
  void aListAnsweredWithNullIsAResponseErrorNamingTheCall() {
    wm.getWireMock().register(func("soft").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("null")));

    assertThatThrownBy(() -> client.list())
        .isInstanceOf(PanelResponseException.class)
        .hasMessageContaining("[func=soft]");
  }

  @Test
  void aListWhoseDocIsNullIsAResponseErrorNamingTheCall() {
    wm.getWireMock().register(func("soft").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"doc\":null}")));

    assertThatThrownBy(() -> client.list())
        .isInstanceOf(PanelResponseException.class)
        .hasMessageContaining("[func=soft]");
  }

  @Test
  void aListWhoseBodyBreaksOffIsRepeatedAsAnyRead() {
    wm.getWireMock().register(func("soft").inScenario("cut").whenScenarioStateIs("Started").willSetStateTo("whole")
        .willReturn(aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    wm.getWireMock().register(func("soft").inScenario("cut").whenScenarioStateIs("whole")
        .willReturn(LicenseServer.doc("\"elem\":[]")));

    assertThat(client.list()).isEmpty();
    assertThat(LicenseServer.requests(wm)).hasSize(2);
  }
}

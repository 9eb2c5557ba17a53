package dev.ispkit.vm6;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import org.junit.jupiter.api.Test;

/** What a lost or cut-off answer makes of a VM create and a VM delete. */
final class VmFaultsTest extends LoggedInPanel {
  private static final String BEING_DELETED =
      "{\"error\":{\"code\":5002,\"msg\":\"Host 101 is being deleted\",\"value\":{\"state\":\"deleting\"}}}";

  private static NewVm order() {
    return NewVm.builder().name("vps-10482").clusterId(1).accountId(7).osId(25).cpuNumber(1).ramMib(1024)
        .hddMib(10240).password("R00t-secret-never-logged").build();
  }

  @Test
  void aDeleteRepeatedAfterALostAnswerThatFindsTheVmBeingDeletedSucceedsWithoutATask(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(delete(urlPathEqualTo("/vm/v3/host/101")).inScenario("lost")
        .whenScenarioStateIs(STARTED).willSetStateTo("deleting")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wm.getWireMock().register(delete(urlPathEqualTo("/vm/v3/host/101")).inScenario("lost")
        .whenScenarioStateIs("deleting")
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody(BEING_DELETED)));

    VmAction deleted = vm6.vms().delete(101);

    assertThat(deleted.id()).isEqualTo(101);
    assertThat(deleted.task()).isEmpty();
    wm.getWireMock().verifyThat(2, Vm6Panel.withSession(deleteRequestedFor(urlPathEqualTo("/vm/v3/host/101"))));
  }

  @Test
  void aFirstDeleteOfAVmBeingDeletedIsStillRefused(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(delete(urlPathEqualTo("/vm/v3/host/101"))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody(BEING_DELETED)));

    assertThatThrownBy(() -> vm6.vms().delete(101))
        .isInstanceOf(PanelInvalidRequestException.class)
        .hasMessageContaining("Host 101 is being deleted");
  }

  @Test
  void aCreateWhoseAnswerBreaksOffSaysTheVmMayExistAndHowToFindIt(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/vm/v3/host"))
        .willReturn(aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

    assertThatThrownBy(() -> vm6.vms().create(order()))
        .isInstanceOf(PanelException.class)
        .hasMessageContaining("POST /vm/v3/host")
        .hasMessageContaining("the VM may have been created")
        .hasMessageContaining("vms().first(Where.field(\"name\").eq(\"vps-10482\"))")
        .hasMessageNotContaining("R00t-secret-never-logged");
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/vm/v3/host")));
  }

  @Test
  void aCreateWhoseAnswerIsCutJsonSaysTheSame(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/vm/v3/host"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":101,\"ta")));

    assertThatThrownBy(() -> vm6.vms().create(order()))
        .isInstanceOf(PanelException.class)
        .hasMessageContaining("the VM may have been created")
        .hasMessageContaining("vms().first(Where.field(\"name\").eq(\"vps-10482\"))");
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/vm/v3/host")));
  }
}

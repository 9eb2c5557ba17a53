package dev.ispkit.vm6;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import org.junit.jupiter.api.Test;

/**
 * What a lost or cut-off answer makes of a VM create and a VM delete: a repeated delete that finds the VM gone or
 * going is the success it was, says so, and carries the running {@code host_delete} task when the task list shows
 * it.
 */
final class VmFaultsTest extends LoggedInPanel {
  private static final String BEING_DELETED =
      "{\"error\":{\"code\":5002,\"msg\":\"Host 101 is being deleted\",\"value\":{\"state\":\"deleting\"}}}";

  private static NewVm order() {
    return NewVm.builder().name("vps-10482").clusterId(1).accountId(7).osId(25).cpuNumber(1).ramMib(1024)
        .hddMib(10240).password("R00t-secret-never-logged").build();
  }

  /** The first DELETE of VM 101 is lost after the panel acted; the repeat gets the answer given. */
  private static void deleteLostThen(WireMockRuntimeInfo wm, ResponseDefinitionBuilder repeat) {
    wm.getWireMock().register(delete(urlPathEqualTo("/vm/v3/host/101")).inScenario("lost")
        .whenScenarioStateIs(STARTED).willSetStateTo("deleting")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wm.getWireMock().register(delete(urlPathEqualTo("/vm/v3/host/101")).inScenario("lost")
        .whenScenarioStateIs("deleting").willReturn(repeat));
  }

  private static ResponseDefinitionBuilder beingDeleted() {
    return aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(BEING_DELETED);
  }

  private static RequestPatternBuilder hostDeleteTasks() {
    return getRequestedFor(urlPathEqualTo("/vm/v3/task"))
        .withQueryParam("where", equalTo("name EQ 'host_delete'"))
        .withQueryParam("orderby", equalTo("id desc"))
        .withQueryParam("limit", equalTo("0,100"));
  }

  @Test
  void aDeleteAnsweredAtOnceIsNotAlreadyGoneAndCarriesItsTask(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(delete(urlPathEqualTo("/vm/v3/host/101"))
        .willReturn(okJson("{\"id\":101,\"task\":5553}")));

    VmAction deleted = vm6.vms().delete(101);

    assertThat(deleted.alreadyGone()).isFalse();
    assertThat(deleted.task()).contains(TaskRef.of(5553, TaskRef.HOST_DELETE));
    wm.getWireMock().verifyThat(0, getRequestedFor(urlPathEqualTo("/vm/v3/task")));
  }

  @Test
  void aRepeatedDeleteThatFindsTheVmBeingDeletedIsAlreadyGoneWithItsRunningTask(WireMockRuntimeInfo wm) {
    deleteLostThen(wm, beingDeleted());
    // The newest host_delete tasks: another VM's, this VM's at work, and an older one of this VM that ended.
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/task")).willReturn(okJson("{\"last_notify\":9,\"list\":["
        + "{\"id\":903,\"consul_id\":5570,\"name\":\"host_delete\",\"status\":\"running\",\"instance_id\":102},"
        + "{\"id\":902,\"consul_id\":5569,\"name\":\"host_delete\",\"status\":\"running\",\"instance_id\":101},"
        + "{\"id\":700,\"consul_id\":5001,\"name\":\"host_delete\",\"status\":\"fail\",\"instance_id\":101}]}")));

    VmAction deleted = vm6.vms().delete(101);

    assertThat(deleted.id()).isEqualTo(101);
    assertThat(deleted.alreadyGone()).isTrue();
    assertThat(deleted.task()).contains(TaskRef.of(5569, TaskRef.HOST_DELETE));
    wm.getWireMock().verifyThat(2, Vm6Panel.withSession(deleteRequestedFor(urlPathEqualTo("/vm/v3/host/101"))));
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(hostDeleteTasks()));
  }

  @Test
  void aRepeatedDeleteThatFindsTheVmBeingDeletedIsAlreadyGoneWithoutATaskTheListDoesNotTie(WireMockRuntimeInfo wm) {
    deleteLostThen(wm, beingDeleted());
    // Tasks as public code shows them: no field says which VM a task works on.
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/task")).willReturn(okJson("{\"list\":["
        + "{\"id\":902,\"consul_id\":5569,\"name\":\"host_delete\",\"status\":\"running\"}]}")));

    VmAction deleted = vm6.vms().delete(101);

    assertThat(deleted.alreadyGone()).isTrue();
    assertThat(deleted.task()).isEmpty();
    wm.getWireMock().verifyThat(1, hostDeleteTasks());
  }

  @Test
  void aRepeatedDeleteThatFindsTheVmBeingDeletedSucceedsWhenTheTaskListFails(WireMockRuntimeInfo wm) {
    deleteLostThen(wm, beingDeleted());
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/task")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"code\":2004,\"msg\":\"Invalid filter\"}}")));

    VmAction deleted = vm6.vms().delete(101);

    assertThat(deleted.alreadyGone()).isTrue();
    assertThat(deleted.task()).isEmpty();
  }

  @Test
  void aRepeatedDeleteThatFindsTheVmGoneIsAlreadyGoneWithNothingToWaitFor(WireMockRuntimeInfo wm) {
    deleteLostThen(wm, aResponse().withStatus(404).withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"code\":3080,\"msg\":\"Host 101 not found\"}}"));

    VmAction deleted = vm6.vms().delete(101);

    assertThat(deleted.id()).isEqualTo(101);
    assertThat(deleted.alreadyGone()).isTrue();
    assertThat(deleted.task()).isEmpty();
    wm.getWireMock().verifyThat(2, deleteRequestedFor(urlPathEqualTo("/vm/v3/host/101")));
    wm.getWireMock().verifyThat(0, getRequestedFor(urlPathEqualTo("/vm/v3/task")));
  }

  @Test
  void aFirstDeleteOfAVmBeingDeletedIsStillRefused(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(delete(urlPathEqualTo("/vm/v3/host/101")).willReturn(beingDeleted()));

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

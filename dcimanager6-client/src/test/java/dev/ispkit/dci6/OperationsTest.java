package dev.ispkit.dci6;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.WaitOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@WireMockTest
final class OperationsTest {
  private static final WaitOptions HOUR_BY_20S =
      WaitOptions.builder().timeout(Duration.ofMinutes(60)).pollInterval(Duration.ofSeconds(20)).build();

  private static String operation(long id, String status, String statusInfo, String... stageStatuses) {
    StringBuilder steps = new StringBuilder();
    String[] names = {"prepare", "install_os", "configure_network"};
    for (int i = 0; i < stageStatuses.length; i++) {
      steps.append(i > 0 ? "," : "").append("{\"name\":\"").append(names[i]).append("\",\"status\":\"")
          .append(stageStatuses[i]).append("\"}");
    }
    return "{\"id\":" + id + ",\"server_id\":3241,\"type\":\"install\",\"status\":\"" + status + "\","
        + "\"status_info\":" + statusInfo + ",\"progress_info\":[" + steps + "]}";
  }

  /** The operation answers with each body in turn, the last one from then on. */
  private static void operationGoesThrough(TestPanel panel, long id, String... bodies) {
    answersInTurn(panel, "/dci/v3/operation/" + id, bodies);
  }

  /** Server 3241 answers with each body in turn, the last one from then on. */
  private static void serverGoesThrough(TestPanel panel, String... bodies) {
    answersInTurn(panel, "/dci/v3/server/3241", bodies);
  }

  private static void answersInTurn(TestPanel panel, String path, String... bodies) {
    for (int i = 0; i < bodies.length; i++) {
      ScenarioMappingBuilder stub = get(urlPathEqualTo(panel.path(path))).inScenario(path)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "read " + i);
      if (i < bodies.length - 1) {
        stub = stub.willSetStateTo("read " + (i + 1));
      }
      panel.wm.register(stub.willReturn(okJson(bodies[i])));
    }
  }

  /** Server 3241 as the panel shows it while the operation runs: other fields, and the operation. */
  private static String serverWith(String operation) {
    return "{\"id\":3241,\"mac\":\"0c:c4:7a:1f:22:10\",\"state\":\"ok\",\"has_errors\":false,"
        + "\"location\":{\"id\":3},\"operation\":" + operation + "}";
  }

  @BothPrefixes
  void diagnosticsPostsTheDiskCleanupFlagAndReturnsTheOperation(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/diag")))
          .willReturn(okJson("{\"id\":77}")));

      long withCleanup = panel.dci.operations().diagnostics(3241, true);
      long without = panel.dci.operations().diagnostics(3241, false);

      assertThat(withCleanup).isEqualTo(77);
      assertThat(without).isEqualTo(77);
      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/diag")))
          .withHeader("Content-Type", equalTo("application/json"))
          .withRequestBody(equalToJson("{\"clear_disks\":true}")));
      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/diag")))
          .withRequestBody(equalToJson("{\"clear_disks\":false}")));
    }
  }

  @BothPrefixes
  void installPostsTheLinuxBody(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/install")))
          .willReturn(okJson("{\"id\":78}")));

      long id = panel.dci.operations().install(3241, OsInstallation.builder()
          .osTemplate(12).password("R00t-pass").hostname("server1.example.com").recipe(5L)
          .addSshKeys("ssh-ed25519 AAAAC3Nza client@example.com").build());

      assertThat(id).isEqualTo(78);
      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/install")))
          .withRequestBody(equalToJson("{\"os_template\":12,\"password\":\"R00t-pass\","
              + "\"domain\":\"server1.example.com\",\"recipe\":5,"
              + "\"ssh_keys\":[\"ssh-ed25519 AAAAC3Nza client@example.com\"]}")));
    }
  }

  @BothPrefixes
  void installPostsTheWindowsBodyWithANullRecipe(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/install")))
          .willReturn(okJson("{\"id\":79}")));

      panel.dci.operations().install(3241, OsInstallation.builder()
          .osTemplate(30).password("Adm-pass").windowsLicenseKey("AAAAA-BBBBB").build());

      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/install")))
          .withRequestBody(equalToJson("{\"os_template\":30,\"password\":\"Adm-pass\",\"recipe\":null,"
              + "\"ssh_keys\":[],\"windows_license_key\":\"AAAAA-BBBBB\"}")));
    }
  }

  @BothPrefixes
  void getAndStop(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/operation/17")))
          .willReturn(okJson(operation(17, "running", "null", "ok", "running", "new"))));
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/operation/17/stop")))
          .willReturn(okJson("{\"id\":17}")));

      Operation operation = panel.dci.operations().get(17);
      panel.dci.operations().stop(17);

      assertThat(operation.id()).isEqualTo(17);
      assertThat(operation.serverId()).contains(3241L);
      assertThat(operation.type()).isEqualTo(OperationType.INSTALL);
      assertThat(operation.status()).isEqualTo(OperationStatus.RUNNING);
      assertThat(operation.progressInfo()).extracting(step -> step.name().orElseThrow())
          .containsExactly("prepare", "install_os", "configure_network");
      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/operation/17"))));
      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/operation/17/stop")))
          .withRequestBody(equalToJson("{}")));
    }
  }

  @BothPrefixes
  void awaitFollowsRunningToOkAndReportsEveryRead(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      operationGoesThrough(panel, 17,
          operation(17, "running", "null", "running", "new", "new"),
          operation(17, "running", "null", "ok", "running", "new"),
          operation(17, "ok", "null", "ok", "ok", "ok"));
      List<String> progress = new ArrayList<>();
      Instant start = panel.time.instant();

      Operation done = panel.dci.operations().await(17, HOUR_BY_20S, op -> progress.add(op.describe()));

      assertThat(done.status()).isEqualTo(OperationStatus.OK);
      assertThat(progress).containsExactly("running (prepare)", "running (install_os)", "ok");
      assertThat(panel.time.sleeps).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20));
      assertThat(Duration.between(start, panel.time.instant())).isEqualTo(Duration.ofSeconds(40));
      panel.wm.verifyThat(3,
          TestPanel.withSession(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/operation/17")))));
    }
  }

  @BothPrefixes
  void awaitFailsAtTheFirstReadThatSaysFailedNotAtTheTimeout(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      operationGoesThrough(panel, 17,
          operation(17, "running", "null", "ok", "running", "new"),
          operation(17, "failed", "{\"msg\":\"disk sdb does not answer\",\"stage\":\"install_os\"}",
              "ok", "failed", "skipped"));
      List<Operation> seen = new ArrayList<>();
      Instant start = panel.time.instant();

      assertThatThrownBy(() -> panel.dci.operations().await(17, HOUR_BY_20S, seen::add))
          .isInstanceOf(OperationFailedException.class)
          .hasMessageContaining("operation 17 failed")
          .hasMessageContaining("disk sdb does not answer")
          .hasMessageContaining("install_os");

      assertThat(seen).hasSize(2);
      assertThat(Duration.between(start, panel.time.instant())).isEqualTo(Duration.ofSeconds(20));
      assertThat(panel.time.sleeps).hasSize(1);
    }
  }

  @BothPrefixes
  void aCanceledOperationFailsTheWait(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      operationGoesThrough(panel, 18, operation(18, "canceled", "null", "ok", "canceled", "skipped"));

      assertThatThrownBy(() -> panel.dci.operations().await(18, HOUR_BY_20S, null))
          .isInstanceOf(OperationFailedException.class)
          .hasMessageContaining("canceled");
      assertThat(panel.time.sleeps).isEmpty();
    }
  }

  @BothPrefixes
  void anUnknownStatusKeepsTheWaitGoingUntilTheTimeout(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      operationGoesThrough(panel, 19, operation(19, "waiting_for_ipmi", "null", "running"));
      WaitOptions minute = WaitOptions.builder().timeout(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(20))
          .build();
      Instant start = panel.time.instant();

      assertThatThrownBy(() -> panel.dci.operations().await(19, minute, null))
          .isInstanceOf(OperationTimeoutException.class)
          .hasMessageContaining("waiting_for_ipmi");
      assertThat(Duration.between(start, panel.time.instant())).isEqualTo(Duration.ofSeconds(60));
      panel.wm.verifyThat(4, getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/operation/19"))));
    }
  }

  @BothPrefixes
  void diagnoseAndWaitStartsThenWaitsReadingTheServersOperation(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/diag")))
          .willReturn(okJson("{\"id\":20}")));
      serverGoesThrough(panel, serverWith(operation(20, "running", "null", "running")),
          serverWith(operation(20, "running", "null", "ok", "running")),
          serverWith(operation(20, "ok", "null", "ok", "ok")));
      List<String> progress = new ArrayList<>();

      Operation done = panel.dci.operations().diagnoseAndWait(3241, true, HOUR_BY_20S,
          op -> progress.add(op.describe()));

      assertThat(done.id()).isEqualTo(20);
      assertThat(done.status()).isEqualTo(OperationStatus.OK);
      assertThat(progress).containsExactly("running (prepare)", "running (install_os)", "ok");
      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/diag")))
          .withRequestBody(equalToJson("{\"clear_disks\":true}")));
      panel.wm.verifyThat(3, TestPanel.withSession(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241")))));
      // Only confirmed paths: the inferred operation read is never needed while the server shows the operation.
      panel.wm.verifyThat(0, getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/operation/20"))));
    }
  }

  @BothPrefixes
  void awaitOnServerFailsAtTheFirstReadThatSaysFailed(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      serverGoesThrough(panel, serverWith(operation(25, "running", "null", "running")),
          serverWith(operation(25, "failed", "{\"msg\":\"IPMI does not answer\"}", "failed")),
          serverWith(operation(25, "ok", "null", "ok")));

      assertThatThrownBy(() -> panel.dci.operations().awaitOnServer(3241, 25, HOUR_BY_20S, null))
          .isInstanceOf(OperationFailedException.class)
          .hasMessageContaining("operation 25 failed")
          .hasMessageContaining("IPMI does not answer");
      assertThat(panel.time.sleeps).containsExactly(Duration.ofSeconds(20));
    }
  }

  @BothPrefixes
  void awaitOnServerAsksTheOperationOnceTheServerShowsAnotherOrNone(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      // An older operation still shown, then ours, then none: the server has moved on.
      serverGoesThrough(panel, serverWith(operation(24, "ok", "null", "ok")),
          serverWith(operation(26, "running", "null", "running")), serverWith("null"));
      operationGoesThrough(panel, 26, operation(26, "running", "null", "running"), operation(26, "ok", "null", "ok"));
      List<Long> seen = new ArrayList<>();

      Operation done = panel.dci.operations().awaitOnServer(3241, 26, HOUR_BY_20S, op -> seen.add(op.id()));

      assertThat(done.status()).isEqualTo(OperationStatus.OK);
      assertThat(seen).containsExactly(26L, 26L, 26L);
      assertThat(panel.panelCalls()).extracting(r -> r.getUrl()).containsExactly(
          panel.path("/dci/v3/server/3241"), panel.path("/dci/v3/operation/26"),
          panel.path("/dci/v3/server/3241"),
          panel.path("/dci/v3/server/3241"), panel.path("/dci/v3/operation/26"));
    }
  }

  @BothPrefixes
  void awaitOnServerDoesNotGuessWhenThePanelCannotSayHowTheOperationEnded(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      serverGoesThrough(panel, serverWith("null"));
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/operation/27"))).willReturn(
          aResponse().withStatus(404).withHeader("Content-Type", "application/json")
              .withBody("{\"error\":{\"code\":2001,\"msg\":\"Object not found\"}}")));

      assertThatThrownBy(() -> panel.dci.operations().awaitOnServer(3241, 27, HOUR_BY_20S, null))
          .isInstanceOf(PanelNotFoundException.class);
      assertThat(panel.time.sleeps).isEmpty();
    }
  }

  @BothPrefixes
  void installAndWaitWaitsAsLongAsTheCallerSaysAndReadsNoTemplates(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/install")))
          .willReturn(okJson("{\"id\":21}")));
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3241")))
          .willReturn(okJson("{\"id\":3241,\"location\":{\"id\":3},\"location_id\":3}")));
      operationGoesThrough(panel, 21, operation(21, "running", "null", "running"));
      WaitOptions windowsWait = WaitOptions.builder().timeout(Duration.ofMinutes(120))
          .pollInterval(Duration.ofMinutes(10)).build();
      Instant start = panel.time.instant();

      assertThatThrownBy(() -> panel.dci.operations().installAndWait(3241,
          OsInstallation.builder().osTemplate(30).password("Adm-pass").build(), windowsWait, null))
          .isInstanceOf(OperationTimeoutException.class)
          .hasMessageContaining("PT2H");

      assertThat(Duration.between(start, panel.time.instant())).isEqualTo(Duration.ofMinutes(120));
      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/server/3241/install")))
          .withRequestBody(equalToJson("{\"os_template\":30,\"password\":\"Adm-pass\",\"recipe\":null,"
              + "\"ssh_keys\":[]}")));
      panel.wm.verifyThat(0, getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/location/3/os_template"))));
    }
  }

  @BothPrefixes
  void installAndWaitReturnsTheOperationOnceTheServerShowsItOk(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/server/3241/install")))
          .willReturn(okJson("{\"id\":22}")));
      serverGoesThrough(panel, serverWith(operation(22, "ok", "null", "ok")));

      Operation done = panel.dci.operations().installAndWait(3241,
          OsInstallation.builder().osTemplate(12).password("R00t").build(), HOUR_BY_20S, null);

      assertThat(done.status()).isEqualTo(OperationStatus.OK);
      assertThat(panel.panelCalls()).extracting(r -> r.getUrl())
          .containsExactly(panel.path("/dci/v3/server/3241/install"), panel.path("/dci/v3/server/3241"));
    }
  }

  @BothPrefixes
  void stopRunningStopsTheServersOperationAndWaitsForItToEnd(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      serverGoesThrough(panel, serverWith(operation(23, "running", "null", "running")),
          serverWith(operation(23, "running", "null", "running")),
          serverWith(operation(23, "canceled", "null", "canceled")));
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/operation/23/stop")))
          .willReturn(okJson("{\"id\":23}")));

      Optional<Operation> stopped = panel.dci.operations().stopRunning(3241, HOUR_BY_20S);

      assertThat(stopped.map(Operation::status)).contains(OperationStatus.CANCELED);
      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/operation/23/stop")))
          .withRequestBody(equalToJson("{}")));
      assertThat(panel.panelCalls()).extracting(r -> r.getMethod().getName())
          .containsExactly("GET", "POST", "GET", "GET");
    }
  }

  @BothPrefixes
  void stopRunningDoesNothingWhenTheLastOperationHasEnded(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3241"))).willReturn(okJson(
          "{\"id\":3241,\"operation\":" + operation(24, "ok", "null", "ok") + "}")));
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/server/3242")))
          .willReturn(okJson("{\"id\":3242,\"operation\":null}")));

      assertThat(panel.dci.operations().stopRunning(3241, HOUR_BY_20S)).isEmpty();
      assertThat(panel.dci.operations().stopRunning(3242, HOUR_BY_20S)).isEmpty();
      assertThat(panel.panelCalls()).hasSize(2);
    }
  }
}

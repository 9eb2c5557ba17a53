package dev.ispkit.vm6;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelUnavailableException;
import dev.ispkit.client.core.RetryPolicy;
import dev.ispkit.client.core.WaitOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading tasks and waiting for them: complete, fail, timeout, and a panel waking up (503) during the wait. */
final class TaskWaitTest extends LoggedInPanel {
  private static final String WHERE = "(consul_id EQ '5551') AND (name EQ 'host_create')";
  private static final TaskRef CREATE = TaskRef.of(5551, TaskRef.HOST_CREATE);
  private static final WaitOptions OPTIONS = WaitOptions.builder()
      .timeout(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(15)).build();

  private final List<Task> seen = new ArrayList<>();

  private static String task(String status) {
    return "{\"last_notify\":5,\"list\":[{\"id\":777,\"consul_id\":5551,\"name\":\"host_create\",\"status\":\""
        + status + "\",\"defer_reason\":\"\"}]}";
  }

  /** The task list answers these, one per read, the last one from then on. */
  private static void answers(WireMockRuntimeInfo wm, ResponseDefinitionBuilder... answers) {
    String state = STARTED;
    for (int i = 0; i < answers.length; i++) {
      String next = i == answers.length - 1 ? state : "read-" + (i + 1);
      wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/task")).withQueryParam("where", equalTo(WHERE))
          .inScenario("task").whenScenarioStateIs(state).willSetStateTo(next).willReturn(answers[i]));
      state = next;
    }
  }

  private static ResponseDefinitionBuilder suspended() {
    return aResponse().withStatus(503).withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"code\":503,\"msg\":\"Service suspended\"}}");
  }

  /** {@code created} and {@code running} are the simulator's words for a task at work; a real panel's are not seen. */
  @Test
  void waitsThroughCreatedAndRunningUntilComplete(WireMockRuntimeInfo wm) {
    answers(wm, okJson(task("created")), okJson(task("running")), okJson(task("complete")));

    Task done = vm6.tasks().await(CREATE, OPTIONS, seen::add);

    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETE);
    assertThat(done.id()).isEqualTo(777);
    assertThat(done.consulId()).hasValue(5551);
    assertThat(seen).extracting(Task::status)
        .containsExactly(TaskStatus.CREATED, TaskStatus.RUNNING, TaskStatus.COMPLETE);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(15), Duration.ofSeconds(15));
    wm.getWireMock().verifyThat(3, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/task"))
        .withQueryParam("where", equalTo(WHERE))));
  }

  @Test
  void aTaskNotListedYetIsStillRunning(WireMockRuntimeInfo wm) {
    answers(wm, okJson("{\"last_notify\":5,\"list\":[]}"), okJson(task("complete")));

    Task done = vm6.tasks().await(CREATE, OPTIONS, seen::add);

    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETE);
    assertThat(seen).hasSize(1);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(15));
  }

  @Test
  void anotherTaskInTheAnswerIsNotTakenForTheOneWaitedFor(WireMockRuntimeInfo wm) {
    answers(wm, okJson("{\"list\":[{\"id\":700,\"consul_id\":4000,\"name\":\"host_create\",\"status\":\"complete\"}]}"),
        okJson(task("complete")));

    Task done = vm6.tasks().await(CREATE, OPTIONS, seen::add);

    assertThat(done.id()).isEqualTo(777);
    assertThat(seen).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fail", "failed"})
  void failsAtTheFirstFailedReadNotAtTheTimeout(String failure, WireMockRuntimeInfo wm) {
    answers(wm, okJson(task("running")), okJson(
        "{\"list\":[{\"id\":777,\"consul_id\":5551,\"name\":\"host_create\",\"status\":\"" + failure
            + "\",\"error\":{\"msg\":\"No free IP address in pool 3\"}}]}"));

    assertThatThrownBy(() -> vm6.tasks().await(CREATE, OPTIONS, seen::add))
        .isInstanceOf(OperationFailedException.class)
        .hasMessage("VMmanager task host_create (consul id 5551) failed: status " + failure
            + ", error: No free IP address in pool 3");
    assertThat(seen).hasSize(2);
    assertThat(time.slept()).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void givesUpAtTheTimeoutSayingWhatItLastSaw(WireMockRuntimeInfo wm) {
    answers(wm, okJson(task("running")));

    assertThatThrownBy(() -> vm6.tasks().await(CREATE, WaitOptions.builder()
        .timeout(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(30)).build(), seen::add))
        .isInstanceOf(OperationTimeoutException.class)
        .hasMessage("VMmanager task host_create (consul id 5551) did not end within PT5M; last seen: status running");
    assertThat(time.slept()).isEqualTo(Duration.ofMinutes(5));
    assertThat(seen).hasSize(11);
  }

  @Test
  void keepsWaitingWhileThePanelAnswers503(WireMockRuntimeInfo wm) {
    answers(wm, okJson(task("running")), suspended(), suspended(), suspended(), suspended(), okJson(task("complete")));

    Task done = vm6.tasks().await(CREATE, OPTIONS, seen::add);

    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETE);
    assertThat(seen).extracting(Task::status).containsExactly(TaskStatus.RUNNING, TaskStatus.COMPLETE);
    // One poll pause, then the second read's own retries of the 503s with the policy's backoff.
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(15),
        Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(1600));
    wm.getWireMock().verifyThat(6, getRequestedFor(urlPathEqualTo("/vm/v3/task")));
  }

  @Test
  void a503SpellLongerThanOneReadsRetriesDoesNotEndTheWait(WireMockRuntimeInfo wm) {
    ResponseDefinitionBuilder[] script = new ResponseDefinitionBuilder[14];
    script[0] = okJson(task("running"));
    for (int i = 1; i <= 12; i++) {
      script[i] = suspended();
    }
    script[13] = okJson(task("complete"));
    answers(wm, script);
    // A read gives up after five attempts, so the 12 answers of 503 outlast two reads' retries.
    RetryPolicy fiveAttempts = RetryPolicy.builder().sleeper(time).jitter(0).maxAttempts(5).build();

    Task done;
    try (Vm6Client impatient = Vm6Client.create(
        Vm6Panel.config(wm.getHttpBaseUrl(), time).retryPolicy(fiveAttempts).build())) {
      done = impatient.tasks().await(CREATE, OPTIONS, seen::add);
    }

    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETE);
    assertThat(seen).extracting(Task::status).containsExactly(TaskStatus.RUNNING, TaskStatus.COMPLETE);
    // Each read tries five times in all; a read that still sees 503 is followed by the poll pause.
    List<Duration> retries = List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
        Duration.ofMillis(1600));
    List<Duration> expected = new ArrayList<>();
    expected.add(Duration.ofSeconds(15));
    expected.addAll(retries);
    expected.add(Duration.ofSeconds(15));
    expected.addAll(retries);
    expected.add(Duration.ofSeconds(15));
    expected.addAll(retries.subList(0, 2));
    assertThat(time.sleeps).containsExactlyElementsOf(expected);
    wm.getWireMock().verifyThat(14, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/task"))
        .withQueryParam("where", equalTo(WHERE))));
  }

  @Test
  void aPanelThatStays503UntilTheTimeoutEndsInATimeoutNotAnOutage(WireMockRuntimeInfo wm) {
    answers(wm, okJson(task("running")), suspended());

    assertThatThrownBy(() -> vm6.tasks().await(CREATE, WaitOptions.builder()
        .timeout(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(30)).build(), seen::add))
        .isInstanceOf(OperationTimeoutException.class)
        .hasMessageStartingWith("VMmanager task host_create (consul id 5551) did not end within PT2M; "
            + "last seen: the panel was unavailable")
        .hasCauseInstanceOf(PanelUnavailableException.class);
    assertThat(seen).extracting(Task::status).containsExactly(TaskStatus.RUNNING);
  }

  @Test
  void anUnknownStatusKeepsWaitingAndKeepsThePanelsWord(WireMockRuntimeInfo wm) {
    answers(wm, okJson(task("paused_by_admin")), okJson(task("complete")));

    vm6.tasks().await(CREATE, OPTIONS, seen::add);

    assertThat(seen.get(0).status()).isEqualTo(TaskStatus.UNKNOWN);
    assertThat(seen.get(0).rawStatus()).contains("paused_by_admin");
  }

  @Test
  void aTaskWithoutAKnownNameIsFoundByConsulIdAlone(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/task"))
        .withQueryParam("where", equalTo("consul_id EQ '5610'"))
        .willReturn(okJson("{\"list\":[{\"id\":790,\"consul_id\":5610,\"name\":\"host_password\","
            + "\"status\":\"complete\"}]}")));

    Task done = vm6.tasks().await(TaskRef.of(5610), OPTIONS, null);

    assertThat(done.name()).contains("host_password");
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void readsATaskByItsOwnId(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/task/777")).willReturn(okJson(
        "{\"id\":777,\"consul_id\":5551,\"name\":\"host_create\",\"status\":\"running\",\"defer_reason\":\"host_stop\","
            + "\"registration_date\":\"2026-11-22 10:00:00\"}")));

    Task task = vm6.tasks().get(777);

    assertThat(task.name()).contains("host_create");
    assertThat(task.status()).isEqualTo(TaskStatus.RUNNING);
    assertThat(task.deferReason()).contains("host_stop");
    assertThat(task.otherFields()).containsOnlyKeys("registration_date");
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/task/777"))));
  }

  @Test
  void awaitOsInstalledWaitsForTheCreateTaskThenReadsTheVmWithItsAddresses(WireMockRuntimeInfo wm) {
    answers(wm, okJson(task("running")), okJson(task("complete")));
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/host")).withQueryParam("where", equalTo("id EQ '101'"))
        .willReturn(okJson(Vm6Panel.resource("host-list.json"))));
    VmInstallation created = ImmutableVmInstallation.builder().vmId(101).task(CREATE).build();

    Vm vm = vm6.vms().awaitOsInstalled(created, OPTIONS, seen::add);

    assertThat(vm.ip4()).extracting(Vm.Address::ip).containsExactly("203.0.113.10", "203.0.113.11");
    assertThat(seen).hasSize(2);
  }

  @Test
  void awaitOsInstalledFailsWhenTheInstallationFails(WireMockRuntimeInfo wm) {
    answers(wm, okJson(task("fail")));
    VmInstallation created = ImmutableVmInstallation.builder().vmId(101).task(CREATE).build();

    assertThatThrownBy(() -> vm6.vms().awaitOsInstalled(created, OPTIONS, null))
        .isInstanceOf(OperationFailedException.class);
    wm.getWireMock().verifyThat(0, getRequestedFor(urlPathEqualTo("/vm/v3/host")));
  }

  @Test
  void awaitOsInstalledAfterAReinstallWaitsForTheHostReinstallTask(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/vm/v3/host/101/reinstall"))
        .willReturn(okJson("{\"id\":101,\"task\":5600,\"recipe_task_list\":[],\"spice_task\":0}")));
    String where = "(consul_id EQ '5600') AND (name EQ 'host_reinstall')";
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/task")).withQueryParam("where", equalTo(where))
        .inScenario("reinstall").whenScenarioStateIs(STARTED).willSetStateTo("done")
        .willReturn(okJson("{\"list\":[{\"id\":800,\"consul_id\":5600,\"name\":\"host_reinstall\","
            + "\"status\":\"running\"}]}")));
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/task")).withQueryParam("where", equalTo(where))
        .inScenario("reinstall").whenScenarioStateIs("done")
        .willReturn(okJson("{\"list\":[{\"id\":800,\"consul_id\":5600,\"name\":\"host_reinstall\","
            + "\"status\":\"complete\"}]}")));
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/host")).withQueryParam("where", equalTo("id EQ '101'"))
        .willReturn(okJson(Vm6Panel.resource("host-list.json"))));

    VmInstallation again = vm6.vms().reinstall(101, Reinstall.builder().osId(26).build());
    Vm vm = vm6.vms().awaitOsInstalled(again, OPTIONS, seen::add);

    assertThat(seen).extracting(Task::name).containsOnly(Optional.of("host_reinstall"));
    assertThat(seen).extracting(Task::status).containsExactly(TaskStatus.RUNNING, TaskStatus.COMPLETE);
    assertThat(vm.id()).isEqualTo(101);
    wm.getWireMock().verifyThat(2, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/task"))
        .withQueryParam("where", equalTo(where))));
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/host"))
        .withQueryParam("where", equalTo("id EQ '101'"))));
  }
}

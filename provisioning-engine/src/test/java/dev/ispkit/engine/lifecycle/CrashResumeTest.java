package dev.ispkit.engine.lifecycle;

import static dev.ispkit.engine.lifecycle.Stand.join;
import static dev.ispkit.engine.lifecycle.Stand.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.license.License;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A process dies at every step of dedicated open and delete, before and after the step's completion is written; a new
 * engine over the same stores recovers, and the panels end as an uninterrupted run leaves them, with no second owner
 * change, user or license order.
 */
final class CrashResumeTest {

  static Stream<Arguments> openSteps() {
    return crashes(DedicatedOpen.LIFECYCLE);
  }

  static Stream<Arguments> deleteSteps() {
    return crashes(DedicatedService.DELETE);
  }

  private static Stream<Arguments> crashes(Lifecycle lifecycle) {
    List<Arguments> arguments = new ArrayList<>();
    for (Step step : lifecycle.steps()) {
      for (CrashingJournal.When when : CrashingJournal.When.values()) {
        arguments.add(Arguments.of(step.name(), when));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "open dies {1} of {0}")
  @MethodSource("openSteps")
  void openResumesAfterACrashAtEveryStep(String step, CrashingJournal.When when) {
    try (Stand uninterrupted = world(); Stand crashed = world()) {
      LifecycleResult expected = join(uninterrupted.engine().open(licensedOrder()));
      assertThat(expected).isInstanceOf(LifecycleResult.Active.class);

      CrashingJournal dying = new CrashingJournal(crashed.journal, step, when);
      LifecycleResult lost = join(crashed.engine(dying).open(licensedOrder()));
      assertThat(dying.crashed()).as("the crash happened").isTrue();
      assertThat(lost).isInstanceOf(LifecycleResult.Failed.class);

      Provisioning restarted = crashed.engine();
      List<LifecycleResult> recovered = recover(restarted);

      // Died after the run's end was written: nothing to recover, and asking again answers what it has.
      assertThat(recovered).isEqualTo(lastStepWritten(step, when) ? List.of() : List.of(expected));
      assertThat(join(restarted.open(licensedOrder()))).isEqualTo(expected);
      assertSamePanels(uninterrupted, crashed);
      assertThat(crashed.panel.callsOf("setOwner")).hasSize(1);
      assertThat(crashed.panel.callsOf("createUser")).hasSize(1);
      assertThat(crashed.panel.callsOf("addIps")).hasSize(1);
      assertThat(crashed.panel.callsOf("startOsInstallation")).hasSize(1);
      assertThat(crashed.licenses.callsOf("order")).hasSize(1);
    }
  }

  @ParameterizedTest(name = "delete dies {1} of {0}")
  @MethodSource("deleteSteps")
  void deleteResumesAfterACrashAtEveryStep(String step, CrashingJournal.When when) {
    try (Stand uninterrupted = world(); Stand crashed = world()) {
      Consumer<Stand> openAndSuspend = stand -> {
        Provisioning engine = stand.engine();
        join(engine.open(licensedOrder()));
        join(engine.suspend("s1"));
        engine.close();
      };
      openAndSuspend.accept(uninterrupted);
      openAndSuspend.accept(crashed);
      assertThat(join(uninterrupted.engine().delete("s1"))).isEqualTo(new LifecycleResult.Deleted("s1"));

      CrashingJournal dying = new CrashingJournal(crashed.journal, step, when);
      LifecycleResult lost = join(crashed.engine(dying).delete("s1"));
      assertThat(dying.crashed()).as("the crash happened").isTrue();
      assertThat(lost).isInstanceOf(LifecycleResult.Failed.class);

      Provisioning restarted = crashed.engine();
      assertThat(recover(restarted)).isEqualTo(lastStepWritten(step, when) ? List.of()
          : List.of(new LifecycleResult.Deleted("s1")));
      assertThat(join(restarted.delete("s1"))).isEqualTo(new LifecycleResult.Deleted("s1"));
      assertSamePanels(uninterrupted, crashed);
      assertThat(crashed.panel.callsOf("removeOwner")).hasSize(1);
      assertThat(crashed.panel.callsOf("startDiagnostics")).hasSize(1);
      assertThat(crashed.licenses.callsOf("suspend")).hasSize(1);
    }
  }

  private static boolean lastStepWritten(String step, CrashingJournal.When when) {
    return when == CrashingJournal.When.AFTER_DONE && (step.equals("activate") || step.equals("release-server"));
  }

  private static Stand world() {
    Stand stand = new Stand();
    stand.panel.server(1, Stand.LABEL, 2).server(2, Stand.LABEL, 1);
    return stand;
  }

  private static Order licensedOrder() {
    return order("s1").controlPanel(Stand.ISPMANAGER_LITE).build();
  }

  private static List<LifecycleResult> recover(Provisioning engine) {
    return engine.recover().stream().map(Stand::join).toList();
  }

  private static void assertSamePanels(Stand expected, Stand actual) {
    for (long id = 1; id <= 2; id++) {
      Server want = expected.panel.current(id);
      Server got = actual.panel.current(id);
      assertThat(got.ownerId()).as("owner of " + id).isEqualTo(want.ownerId());
      assertThat(got.power()).as("power of " + id).isEqualTo(want.power());
      assertThat(got.switchConnections()).as("ports of " + id).isEqualTo(want.switchConnections());
      assertThat(got.runningOperationId()).as("operation of " + id).isEqualTo(want.runningOperationId());
      assertThat(actual.panel.ipsOf(id)).as("IPs of " + id).isEqualTo(expected.panel.ipsOf(id));
    }
    assertThat(actual.panel.users()).isEqualTo(expected.panel.users());
    assertThat(actual.licenses.all()).extracting(License::name, License::ip, License::status)
        .isEqualTo(expected.licenses.all().stream()
            .map(license -> org.assertj.core.groups.Tuple.tuple(license.name(), license.ip(), license.status()))
            .toList());
    assertThat(actual.desk.open()).isEmpty();
  }
}

package dev.ispkit.engine.lifecycle;

import static dev.ispkit.engine.lifecycle.Stand.join;
import static dev.ispkit.engine.lifecycle.Stand.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.module.ProcessingModules;
import dev.ispkit.engine.port.Journal;
import dev.ispkit.engine.port.JournalRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several nodes over one journal: a run is driven by the node holding its lease; another node neither resumes nor
 * re-runs it while the lease is live, takes it over once the lease expired (its node died), and may take it at once
 * when the node let it go (failed or waiting). Leases expire by the journal's clock; here a clock the test moves.
 */
final class RunLeaseTest {
  private final Stand stand = new Stand();
  private final LeaseClock leaseClock = new LeaseClock();
  private final Journal journal = Journal.inMemory(leaseClock);

  @BeforeEach
  void server() {
    stand.panel.server(1, Stand.LABEL, 1);
  }

  @AfterEach
  void close() {
    stand.panel.openAwaits();
    stand.close();
  }

  @Test
  void aRunAnotherNodeDrivesIsNeitherRecoveredNorResumedThere() throws Exception {
    Provisioning nodeA = stand.engine(journal, "node-a", Duration.ofMinutes(2));
    Provisioning nodeB = stand.engine(journal, "node-b", Duration.ofMinutes(2));

    CompletionStage<LifecycleResult> opening = openUntilTheInstallationWaits(nodeA);

    assertThat(nodeB.recover()).isEmpty();
    assertThat(join(nodeB.open(order("s1").build()))).isInstanceOfSatisfying(LifecycleResult.Failed.class,
        failed -> {
          assertThat(failed.step()).isEqualTo("lease");
          assertThat(failed.cause()).contains("another node drives run");
        });

    stand.panel.openAwaits();
    assertThat(join(opening)).isInstanceOf(LifecycleResult.Active.class);
    assertThat(join(nodeB.open(order("s1").build()))).isInstanceOf(LifecycleResult.Active.class);
    assertThat(stand.panel.callsOf("startOsInstallation")).hasSize(1);
    assertThat(stand.panel.callsOf("awaitOperation")).hasSize(1);
  }

  @Test
  void aDeadNodesRunIsTakenOverOnceItsLeaseHasExpired() throws Exception {
    CrashingJournal nodeAsJournal = new CrashingJournal(journal);
    Provisioning nodeA = stand.engine(nodeAsJournal, "node-a", Duration.ofMinutes(2));
    Provisioning nodeB = stand.engine(journal, "node-b", Duration.ofMinutes(2));
    CompletionStage<LifecycleResult> lost = openUntilTheInstallationWaits(nodeA);

    nodeAsJournal.die();
    stand.panel.openAwaits();
    assertThat(join(lost)).isInstanceOf(LifecycleResult.Failed.class);
    assertThat(nodeB.recover()).as("node A's lease is live for two minutes").isEmpty();

    leaseClock.advance(Duration.ofMinutes(2).plusSeconds(1));
    List<LifecycleResult> recovered = nodeB.recover().stream().map(Stand::join).toList();

    assertThat(recovered).singleElement().isInstanceOf(LifecycleResult.Active.class);
    assertThat(stand.panel.callsOf("setOwner")).hasSize(1);
    assertThat(stand.panel.callsOf("startOsInstallation")).hasSize(1);
    assertThat(journal.unfinished()).isEmpty();
  }

  @Test
  void aLongStepKeepsItsLeaseRenewedWhileItWaits() throws Exception {
    // Real time here: the renewal thread runs every third of the lease, and nothing else renews during the wait.
    Journal realTime = Journal.inMemory();
    CrashingJournal counted = new CrashingJournal(realTime);
    Provisioning nodeA = stand.engine(counted, "node-a", Duration.ofSeconds(2));
    Provisioning nodeB = stand.engine(realTime, "node-b", Duration.ofSeconds(2));

    CompletionStage<LifecycleResult> opening = openUntilTheInstallationWaits(nodeA);
    counted.leaseCalls.drainPermits();
    // Five renewals a third of the lease apart: the lease taken before the step would have run out by now.
    assertThat(counted.leaseCalls.tryAcquire(5, 60, TimeUnit.SECONDS)).isTrue();

    assertThat(nodeB.recover()).isEmpty();
    stand.panel.openAwaits();
    assertThat(join(opening)).isInstanceOf(LifecycleResult.Active.class);
  }

  @Test
  void aRunItsNodeLetGoOfAfterAFailureIsResumedByAnotherNodeAtOnce() {
    Provisioning nodeA = stand.engine(journal, "node-a", Duration.ofMinutes(2));
    Provisioning nodeB = stand.engine(journal, "node-b", Duration.ofMinutes(2));
    stand.panel.failNext("startOsInstallation");

    assertThat(join(nodeA.open(order("s1").build()))).isInstanceOfSatisfying(LifecycleResult.Failed.class,
        failed -> assertThat(failed.step()).isEqualTo("start-os-installation"));
    List<LifecycleResult> recovered = nodeB.recover().stream().map(Stand::join).toList();

    assertThat(recovered).singleElement().isInstanceOf(LifecycleResult.Active.class);
    assertThat(journal.runs("s1")).extracting(JournalRun::state).containsExactly(JournalRun.State.FINISHED);
  }

  @Test
  void aNodeRestartedWithItsIdTakesItsRunsBackBeforeTheLeaseExpires() {
    CrashingJournal dying = new CrashingJournal(journal, "assign-public-ips", CrashingJournal.When.AFTER_DONE);
    Provisioning crashed = stand.engine(dying, "node-a", Duration.ofMinutes(2));
    assertThat(join(crashed.open(order("s1").build()))).isInstanceOf(LifecycleResult.Failed.class);

    Provisioning otherNode = stand.engine(journal, "node-b", Duration.ofMinutes(2));
    Provisioning restarted = stand.engine(journal, "node-a", Duration.ofMinutes(2));

    assertThat(otherNode.recover()).isEmpty();
    assertThat(restarted.recover()).singleElement()
        .satisfies(stage -> assertThat(join(stage)).isInstanceOf(LifecycleResult.Active.class));
  }

  @Test
  void theNodeIdAndTheLeaseDurationAreChecked() {
    Provisioning.Builder builder = Provisioning.builder().modules(ProcessingModules.of(List.of(stand.module)))
        .dedicatedServerPanel(stand.module.id(), stand.panel).licenseServer(1, stand.licenses);

    assertThatThrownBy(() -> builder.nodeId(" ").build()).isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("node id");
    assertThatThrownBy(() -> builder.nodeId("n1").leaseDuration(Duration.ZERO).build())
        .isInstanceOf(InvalidSettingException.class).hasMessageContaining("lease duration 'PT0S'");
    try (Provisioning random = builder.leaseDuration(Duration.ofMinutes(2)).nodeId(null).build()) {
      assertThat(random.nodeId()).startsWith("node-");
    }
  }

  /** The node opens service s1 and is left waiting for its OS installation, which the panel holds. */
  private CompletionStage<LifecycleResult> openUntilTheInstallationWaits(Provisioning node) throws Exception {
    stand.panel.holdAwaits();
    CompletionStage<LifecycleResult> opening = node.open(order("s1").build());
    assertThat(stand.panel.awaitHeld(Duration.ofSeconds(30))).as("the node waits for the installation").isTrue();
    return opening;
  }

  /** The journal's clock, moved on by the test. */
  private static final class LeaseClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-30T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

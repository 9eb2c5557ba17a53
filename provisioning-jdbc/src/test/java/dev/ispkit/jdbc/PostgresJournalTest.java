package dev.ispkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.port.Facts;
import dev.ispkit.engine.port.Journal;
import dev.ispkit.engine.port.JournalEntry;
import dev.ispkit.engine.port.JournalRun;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The journal in PostgreSQL keeps what the in-memory one keeps, and holds begin and leases atomic across nodes. */
final class PostgresJournalTest {
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00.123456Z");
  private TestDatabase database;
  private Journal journal;

  @BeforeEach
  void open() {
    database = TestDatabase.open();
    journal = PostgresStores.create(database.node("journal", 4)).journal();
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  private static JournalRun run(String runId, String serviceId, Instant at) {
    return JournalRun.start(runId, serviceId, "dedicated-open", Facts.empty().with("order.email", "a@example.com"),
        at);
  }

  private static JournalEntry entry(String step, JournalEntry.Kind kind, Facts facts) {
    return new JournalEntry(step, kind, facts, T0.plusSeconds(1));
  }

  @Test
  void aRunComesBackAsItWasWrittenWhateverItsFactsHold() {
    Facts awkward = Facts.of(Map.of(
        "quote", "say \"hi\"", "backslash", "C:\\path\\", "json", "{\"a\": [1, 2]}", "newline", "one\ntwo",
        "unicode", "Зеркало ✓ 🚀", "empty", "", "apostrophe", "it's", "server.id", "4012"));
    journal.begin(JournalRun.start("r1", "s1", "dedicated-open", awkward, T0));
    journal.append("r1", entry("claim-server", JournalEntry.Kind.INTENT, Facts.empty().with("candidate", 7)));
    journal.append("r1", entry("claim-server", JournalEntry.Kind.DONE, awkward.with("user.id", 17)));
    journal.append("r1", entry("build-task", JournalEntry.Kind.DONE, Facts.empty()));

    JournalRun read = journal.run("r1").orElseThrow();

    assertThat(read).isEqualTo(new JournalRun("r1", "s1", "dedicated-open", awkward, T0, List.of(
        entry("claim-server", JournalEntry.Kind.INTENT, Facts.empty().with("candidate", 7)),
        entry("claim-server", JournalEntry.Kind.DONE, awkward.with("user.id", 17)),
        entry("build-task", JournalEntry.Kind.DONE, Facts.empty()))));
    assertThat(read.facts().text("unicode")).contains("Зеркало ✓ 🚀");
    assertThat(journal.run("nothing")).isEmpty();
  }

  @Test
  void aServiceHasOneUnfinishedRunAndMayBeginAgainOnceItFinished() {
    JournalRun first = journal.begin(run("r1", "s1", T0));
    assertThat(journal.begin(run("r2", "s1", T0.plusSeconds(5)))).isEqualTo(first);
    journal.append("r1", entry("activate", JournalEntry.Kind.FINISHED, Facts.empty().with("outcome", "active")));

    JournalRun second = journal.begin(run("r3", "s1", T0.plusSeconds(10)));

    assertThat(second.runId()).isEqualTo("r3");
    assertThat(journal.runs("s1")).extracting(JournalRun::runId).containsExactly("r1", "r3");
    assertThat(journal.unfinished()).extracting(JournalRun::runId).containsExactly("r3");
  }

  @Test
  void beginIsAtomicPerServiceAcrossNodes() throws Exception {
    List<Journal> nodes = List.of(journal, PostgresStores.create(database.node("journal-b", 8)).journal(),
        PostgresStores.create(database.node("journal-c", 8)).journal());
    ExecutorService threads = Executors.newFixedThreadPool(24);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<JournalRun>> begun = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        Journal node = nodes.get(i % 3);
        String runId = "race-" + i;
        begun.add(threads.submit(() -> {
          go.await();
          return node.begin(run(runId, "contested", T0));
        }));
      }
      go.countDown();
      List<String> winners = new ArrayList<>();
      for (Future<JournalRun> run : begun) {
        winners.add(run.get().runId());
      }
      assertThat(winners).containsOnly(winners.get(0));
      assertThat(journal.runs("contested")).hasSize(1);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void appendsToAMissingOrFinishedRunAndATakenRunIdAreRefused() {
    journal.begin(run("r1", "s1", T0));
    journal.append("r1", entry("activate", JournalEntry.Kind.FINISHED, Facts.empty()));

    assertThatThrownBy(() -> journal.append("r1", entry("late", JournalEntry.Kind.DONE, Facts.empty())))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("run id 'r1': has finished; nothing more is written to it");
    assertThatThrownBy(() -> journal.append("r9", entry("late", JournalEntry.Kind.DONE, Facts.empty())))
        .isInstanceOf(InvalidSettingException.class).hasMessage("run id 'r9': is not in the journal");
    assertThatThrownBy(() -> journal.begin(run("r1", "s2", T0)))
        .isInstanceOf(InvalidSettingException.class).hasMessage("run id 'r1': is taken");
  }

  @Test
  void unfinishedRunsComeOldestFirst() {
    journal.begin(run("late", "s1", T0.plusSeconds(60)));
    journal.begin(run("early", "s2", T0));
    journal.begin(run("done", "s3", T0.minusSeconds(60)));
    journal.append("done", entry("activate", JournalEntry.Kind.FINISHED, Facts.empty()));
    journal.append("late", entry("claim-server", JournalEntry.Kind.FAILED, Facts.empty().with("failure", "x")));

    assertThat(journal.unfinished()).extracting(JournalRun::runId).containsExactly("early", "late");
    assertThat(journal.unfinished().get(1).state()).isEqualTo(JournalRun.State.FAILED);
  }

  @Test
  void aLeaseIsOneNodesUntilReleasedOrExpiredByTheDatabasesClock() throws Exception {
    Journal other = PostgresStores.create(database.node("journal-other", 2)).journal();
    journal.begin(run("r1", "s1", T0));

    assertThat(journal.lease("r1", "node-a", Duration.ofMinutes(2))).map(JournalRun::runId).contains("r1");
    assertThat(other.lease("r1", "node-b", Duration.ofMinutes(2))).isEmpty();
    assertThat(journal.lease("r1", "node-a", Duration.ofMinutes(2))).as("renewed").isPresent();
    other.release("r1", "node-b");
    assertThat(other.lease("r1", "node-b", Duration.ofMinutes(2))).as("only the holder releases").isEmpty();

    journal.release("r1", "node-a");
    assertThat(other.lease("r1", "node-b", Duration.ofMillis(300))).isPresent();
    PostgresOperationQueueTest.waitFor(() -> journal.lease("r1", "node-a", Duration.ofMinutes(2)).isPresent(),
        "node B's 300 ms lease expires and node A takes the run");
    assertThat(other.lease("r1", "node-b", Duration.ofMinutes(2))).isEmpty();

    journal.append("r1", entry("activate", JournalEntry.Kind.FINISHED, Facts.empty()));
    assertThat(journal.lease("r1", "node-a", Duration.ofMinutes(2))).as("a finished run has no lease").isEmpty();
    assertThat(journal.lease("nothing", "node-a", Duration.ofMinutes(2))).isEmpty();
  }

  @Test
  void aLeasedRunComesWithEveryEntry() {
    journal.begin(run("r1", "s1", T0));
    journal.append("r1", entry("claim-server", JournalEntry.Kind.DONE, Facts.empty().with("server.id", 4)));

    Optional<JournalRun> leased = journal.lease("r1", "node-a", Duration.ofMinutes(1));

    assertThat(leased).isEqualTo(journal.run("r1"));
    assertThat(leased.orElseThrow().isDone("claim-server")).isTrue();
  }

  @Test
  void timesKeepMicroseconds() {
    Instant nanos = Instant.parse("2026-11-30T10:00:00.123456789Z");
    journal.begin(run("r1", "s1", nanos));

    assertThat(journal.run("r1").orElseThrow().startedAt()).isEqualTo(nanos.truncatedTo(ChronoUnit.MICROS));
  }
}

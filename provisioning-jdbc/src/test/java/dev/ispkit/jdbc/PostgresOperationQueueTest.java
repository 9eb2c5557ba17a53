package dev.ispkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.engine.queue.OperationQueue;
import dev.ispkit.engine.queue.QueueKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue across nodes, each node a queue over a pool of its own: one operation per key at a time whichever node
 * submitted it, different keys at once, and a dead node's keys free as soon as its connections are gone.
 */
final class PostgresOperationQueueTest {
  private TestDatabase database;
  private final List<OperationQueue> queues = new ArrayList<>();
  /** Advisory locks are database-wide: keys of their own keep these tests apart from any other user. */
  private final String prefix = "test-" + UUID.randomUUID() + "-";

  @BeforeEach
  void open() {
    database = TestDatabase.open();
  }

  @AfterEach
  void close() {
    queues.forEach(OperationQueue::shutdownNow);
    if (database != null) {
      database.close();
    }
  }

  private OperationQueue queue(DataSource pool, int threads) {
    OperationQueue queue = PostgresStores.createWithoutMigration(pool).operationQueue(threads);
    queues.add(queue);
    return queue;
  }

  private OperationQueue node(String name, int threads) {
    DataSource pool = database.node(name, threads + 2);
    PostgresSchema.migrate(pool);
    return queue(pool, threads);
  }

  @Test
  void aThousandOperationsOverFiftyKeysFromThreeNodesNeverOverlapWithinAKeyAndDoAcrossKeys() throws Exception {
    List<OperationQueue> nodes = List.of(node("queue-a", 8), node("queue-b", 8), node("queue-c", 8));
    Map<String, AtomicInteger> runningPerKey = new ConcurrentHashMap<>();
    Map<String, List<Integer>> ranPerNodeAndKey = new ConcurrentHashMap<>();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger sameKeyOverlaps = new AtomicInteger();
    AtomicInteger otherKeyOverlaps = new AtomicInteger();
    List<CompletableFuture<Integer>> futures = new ArrayList<>();

    for (int i = 0; i < 1000; i++) {
      int number = i;
      String key = prefix + (i % 50);
      int node = (i / 50) % 3;
      futures.add(nodes.get(node).submit(QueueKey.of(key), () -> {
        if (runningPerKey.computeIfAbsent(key, any -> new AtomicInteger()).incrementAndGet() != 1) {
          sameKeyOverlaps.incrementAndGet();
        }
        if (running.incrementAndGet() > 1) {
          otherKeyOverlaps.incrementAndGet();
        }
        ranPerNodeAndKey.computeIfAbsent(node + " " + key, any -> Collections.synchronizedList(new ArrayList<>()))
            .add(number);
        Thread.sleep(2);
        running.decrementAndGet();
        runningPerKey.get(key).decrementAndGet();
        return number;
      }));
    }
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);

    assertThat(futures).allSatisfy(future -> assertThat(future).isCompleted());
    assertThat(sameKeyOverlaps).as("operations of one key running at once").hasValue(0);
    assertThat(otherKeyOverlaps).as("operations that ran beside another key's").hasPositiveValue();
    assertThat(ranPerNodeAndKey.values().stream().mapToInt(List::size).sum()).isEqualTo(1000);
    for (List<Integer> ran : ranPerNodeAndKey.values()) {
      assertThat(ran).as("one node's operations of one key, in submission order").isSorted();
    }
  }

  @Test
  void aDeadNodesKeyIsFreeAsSoonAsItsConnectionsAreGone() throws Exception {
    var poolA = database.node("queue-dying", 4);
    PostgresSchema.migrate(poolA);
    OperationQueue nodeA = queue(poolA, 2);
    OperationQueue nodeB = node("queue-survivor", 2);
    QueueKey key = QueueKey.of(prefix + "dci-7-0");
    CountDownLatch aRuns = new CountDownLatch(1);
    CountDownLatch aMayEnd = new CountDownLatch(1);
    AtomicBoolean bRan = new AtomicBoolean();
    CompletableFuture<String> a = nodeA.submit(key, () -> {
      aRuns.countDown();
      aMayEnd.await();
      return "a";
    });
    assertThat(aRuns.await(30, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<String> b = nodeB.submit(key, () -> {
      bRan.set(true);
      return "b";
    });
    waitFor(() -> waitingForQueueKeys() == 1, "node B waits in PostgreSQL for node A's key");
    assertThat(bRan).as("node B's operation waits while node A's runs").isFalse();

    poolA.close();

    assertThat(b.get(30, TimeUnit.SECONDS)).isEqualTo("b");
    aMayEnd.countDown();
    assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo("a");
  }

  @Test
  void aNestedSubmissionOfTheRunningKeyRunsInlineAndAnotherKeyIsQueued() throws Exception {
    OperationQueue queue = node("queue-nested", 2);
    QueueKey outer = QueueKey.of(prefix + "outer");
    QueueKey other = QueueKey.of(prefix + "other");

    CompletableFuture<String> nested = queue.submit(outer, () -> queue.submit(outer, () -> "inner").join()
        + "+" + queue.submit(other, () -> "other").join() + "+outer");

    assertThat(nested.get(30, TimeUnit.SECONDS)).isEqualTo("inner+other+outer");
    assertThat(queue.submit(QueueKey.direct(), () -> Thread.currentThread().getName()).join())
        .isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void shutdownNowEndsAWaitForAnotherNodesKey() throws Exception {
    OperationQueue holder = node("queue-holder", 2);
    OperationQueue waiter = node("queue-waiter", 2);
    QueueKey key = QueueKey.of(prefix + "held");
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch mayEnd = new CountDownLatch(1);
    CompletableFuture<String> holding = holder.submit(key, () -> {
      held.countDown();
      mayEnd.await();
      return "held";
    });
    assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> waiting = waiter.submit(key, () -> "never");
    waitFor(() -> waitingForQueueKeys() == 1, "the waiter waits in PostgreSQL");

    waiter.shutdownNow();

    assertThatThrownBy(() -> waiting.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    assertThat(waiter.awaitTermination(Duration.ofSeconds(30))).isTrue();
    mayEnd.countDown();
    assertThat(holding.get(30, TimeUnit.SECONDS)).isEqualTo("held");
  }

  /** Lock requests for queue keys that PostgreSQL has not granted yet. */
  private static int waitingForQueueKeys() {
    try (Connection connection = DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER,
        TestDatabase.PASSWORD);
        PreparedStatement waiting = connection.prepareStatement(
            "select count(*) from pg_locks where locktype = 'advisory' and classid::bigint = ? and not granted")) {
      waiting.setLong(1, PostgresOperationQueue.KEY_SPACE);
      try (ResultSet count = waiting.executeQuery()) {
        count.next();
        return count.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 60 s: " + what);
      }
      Thread.sleep(20);
    }
  }
}

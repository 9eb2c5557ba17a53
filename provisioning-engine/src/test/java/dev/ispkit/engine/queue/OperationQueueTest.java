package dev.ispkit.engine.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OperationQueueTest {
  private final OperationQueue queue = OperationQueue.embedded(4);

  @AfterEach
  void stop() throws InterruptedException {
    queue.shutdownNow();
    assertThat(queue.awaitTermination(Duration.ofSeconds(5))).isTrue();
  }

  @Test
  void sameKeyRunsOneAfterAnotherInSubmissionOrder() {
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger running = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    List<CompletableFuture<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int n = i;
      futures.add(queue.submit(QueueKey.of("dci-7-0"), () -> {
        if (running.incrementAndGet() > 1) {
          overlaps.incrementAndGet();
        }
        order.add(n);
        Thread.sleep(1);
        running.decrementAndGet();
        return n;
      }));
    }

    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();

    assertThat(overlaps).hasValue(0);
    assertThat(order).isEqualTo(IntStream.range(0, 50).boxed().toList());
  }

  @Test
  void differentKeysRunInParallel() throws Exception {
    CountDownLatch allStarted = new CountDownLatch(3);
    List<CompletableFuture<Boolean>> futures = new ArrayList<>();
    for (String key : List.of("a", "b", "c")) {
      futures.add(queue.submit(QueueKey.of(key), () -> {
        allStarted.countDown();
        return allStarted.await(5, TimeUnit.SECONDS);
      }));
    }

    for (CompletableFuture<Boolean> future : futures) {
      assertThat(future.get()).isTrue();
    }
  }

  @Test
  void differentKeysShareABoundedPoolNeverMoreThreadsThanItWasGiven() throws Exception {
    // 20 keys, each blocked until 4 are running at once: a fifth never starts while the pool of 4 is busy.
    CountDownLatch fourRunning = new CountDownLatch(4);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<CompletableFuture<Integer>> futures = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      futures.add(queue.submit(QueueKey.of("vm-9-" + k), () -> {
        peak.accumulateAndGet(running.incrementAndGet(), Math::max);
        threads.add(Thread.currentThread().getName());
        fourRunning.countDown();
        release.await(5, TimeUnit.SECONDS);
        return running.decrementAndGet();
      }));
    }

    assertThat(fourRunning.await(5, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(50); // time for a fifth thread to start, if the pool were unbounded
    assertThat(running.get()).isEqualTo(4);
    release.countDown();
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

    assertThat(peak.get()).isEqualTo(4);
    assertThat(threads).hasSizeLessThanOrEqualTo(4);
    assertThat(futures).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
  }

  @Test
  void atMostNOperationsRunAtOncePerExpandedKeyTemplateAndNDoRun() {
    QueueSettings settings = QueueSettings.queued("dci-__PMID__", 2);
    try (OperationQueue wide = OperationQueue.embedded(8)) {
      AtomicInteger running = new AtomicInteger();
      AtomicInteger peak = new AtomicInteger();
      // Each operation waits until two run at once; with one at a time the first would wait out the timeout.
      CountDownLatch twoRunning = new CountDownLatch(2);
      AtomicInteger metTheOther = new AtomicInteger();
      Set<String> queues = ConcurrentHashMap.newKeySet();
      List<CompletableFuture<Integer>> futures = new ArrayList<>();
      for (int service = 0; service < 40; service++) {
        QueueKey key = settings.keyFor("open", 7, "svc-" + service);
        queues.add(key.name());
        futures.add(wide.submit(key, () -> {
          peak.accumulateAndGet(running.incrementAndGet(), Math::max);
          twoRunning.countDown();
          if (twoRunning.await(10, TimeUnit.SECONDS)) {
            metTheOther.incrementAndGet();
          }
          Thread.sleep(1);
          return running.decrementAndGet();
        }));
      }
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();

      assertThat(queues).containsExactlyInAnyOrder("dci-7-0", "dci-7-1");
      assertThat(metTheOther.get()).as("operations that saw two running at once").isEqualTo(40);
      assertThat(peak.get()).isEqualTo(2);
    }
  }

  @Test
  void nestedSubmissionWithTheSameKeyRunsInlineInsteadOfDeadlocking() throws Exception {
    QueueKey key = QueueKey.of("dci-7-1");
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<String> nestedThread = new AtomicReference<>();
    CountDownLatch outerRunning = new CountDownLatch(1);
    CountDownLatch laterQueued = new CountDownLatch(1);

    CompletableFuture<String> outer = queue.submit(key, () -> {
      outerRunning.countDown();
      laterQueued.await();
      order.add("outer start");
      String inner = queue.submit(key, () -> {
        nestedThread.set(Thread.currentThread().getName());
        order.add("nested");
        return "inner";
      }).get(1, TimeUnit.SECONDS);
      order.add("outer end");
      return Thread.currentThread().getName() + "/" + inner;
    });
    outerRunning.await();
    CompletableFuture<Boolean> later = queue.submit(key, () -> order.add("later"));
    laterQueued.countDown();

    assertThat(outer.get()).isEqualTo(nestedThread.get() + "/inner");
    assertThat(later.get()).isTrue();
    assertThat(order).containsExactly("outer start", "nested", "outer end", "later");
  }

  @Test
  void operationFailureCompletesItsFutureAndTheKeyGoesOn() throws Exception {
    QueueKey key = QueueKey.of("k");
    CompletableFuture<Object> failing = queue.submit(key, () -> {
      throw new IllegalStateException("panel said no");
    });
    CompletableFuture<String> next = queue.submit(key, () -> "ran");

    assertThatThrownBy(failing::get).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("panel said no");
    assertThat(next.get()).isEqualTo("ran");
  }

  @Test
  void directKeyRunsOnTheCallersThread() {
    CompletableFuture<String> future = queue.submit(QueueKey.direct(), () -> Thread.currentThread().getName());

    assertThat(future).isCompletedWithValue(Thread.currentThread().getName());
  }

  @Test
  void shutdownDrainsEveryQueuedOperationAndRejectsNewOnes() throws Exception {
    QueueKey key = QueueKey.of("drain");
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger ran = new AtomicInteger();
    queue.submit(key, () -> release.await(5, TimeUnit.SECONDS));
    List<CompletableFuture<Integer>> queued = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      queued.add(queue.submit(key, ran::incrementAndGet));
    }

    queue.shutdown();
    assertThatThrownBy(() -> queue.submit(key, () -> 1))
        .isInstanceOf(OperationRejectedException.class)
        .hasMessage("operation for queue drain rejected: the queue is draining");
    release.countDown();

    assertThat(queue.awaitTermination(Duration.ofSeconds(5))).isTrue();
    assertThat(ran).hasValue(10);
    assertThat(queued).allSatisfy(f -> assertThat(f).isCompleted());
  }

  @Test
  void shutdownNowCancelsQueuedOperationsAndInterruptsTheRunningOne() throws Exception {
    QueueKey key = QueueKey.of("cancel");
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<String> running = queue.submit(key, () -> {
      started.countDown();
      Thread.sleep(10_000);
      return "not interrupted";
    });
    AtomicInteger ran = new AtomicInteger();
    List<CompletableFuture<Integer>> queued = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      queued.add(queue.submit(key, ran::incrementAndGet));
    }
    started.await();

    int skipped = queue.shutdownNow();

    assertThat(queue.awaitTermination(Duration.ofSeconds(5))).isTrue();
    assertThat(skipped).isEqualTo(5);
    assertThat(ran).hasValue(0);
    assertThat(queued).allSatisfy(f -> assertThatThrownBy(f::join).isInstanceOf(CancellationException.class));
    assertThatThrownBy(running::join).hasCauseInstanceOf(InterruptedException.class);
    assertThatThrownBy(() -> queue.submit(key, () -> 1)).isInstanceOf(OperationRejectedException.class)
        .hasMessage("operation for queue cancel rejected: the queue is shut down");
  }

  @Test
  void cancellingAFutureBeforeItRunsSkipsTheOperation() throws Exception {
    QueueKey key = QueueKey.of("skip");
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger ran = new AtomicInteger();
    queue.submit(key, () -> release.await(5, TimeUnit.SECONDS));
    CompletableFuture<Integer> skipped = queue.submit(key, ran::incrementAndGet);
    CompletableFuture<Integer> after = queue.submit(key, ran::incrementAndGet);

    skipped.cancel(false);
    release.countDown();

    assertThat(after.get()).isEqualTo(1);
    assertThat(ran).hasValue(1);
  }

  @Test
  void closeWaitsUntilEveryQueuedOperationHasRun() {
    OperationQueue closing = OperationQueue.embedded(2);
    AtomicInteger ran = new AtomicInteger();
    for (int i = 0; i < 20; i++) {
      closing.submit(QueueKey.of("k" + i % 3), () -> {
        Thread.sleep(1);
        return ran.incrementAndGet();
      });
    }

    closing.close();

    assertThat(ran).hasValue(20);
    assertThat(closing.isTerminated()).isTrue();
  }
}

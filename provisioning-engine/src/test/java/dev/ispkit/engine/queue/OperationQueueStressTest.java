package dev.ispkit.engine.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The queue's invariants under load: 10 000 operations over 100 keys, submitted by 8 threads to a pool of 8. Each
 * key is submitted by one thread (so its submission order is defined) and keys interleave across threads.
 */
class OperationQueueStressTest {
  private static final int OPERATIONS = 10_000;
  private static final int KEYS = 100;
  private static final int THREADS = 8;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void queueNeverRunsTwoOperationsOfOneKeyAtOnceAndKeepsPerKeyOrder() throws Exception {
    AtomicIntegerArray running = new AtomicIntegerArray(KEYS);
    AtomicIntegerArray lastSequence = new AtomicIntegerArray(KEYS);
    AtomicInteger overlaps = new AtomicInteger();
    AtomicInteger outOfOrder = new AtomicInteger();
    AtomicInteger ran = new AtomicInteger();
    for (int key = 0; key < KEYS; key++) {
      lastSequence.set(key, -1);
    }
    List<CompletableFuture<?>> futures = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    try (OperationQueue queue = OperationQueue.embedded(THREADS)) {
      ExecutorService submitters = Executors.newFixedThreadPool(THREADS);
      for (int submitter = 0; submitter < THREADS; submitter++) {
        int mine = submitter;
        submitters.execute(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          int[] sequence = new int[KEYS];
          for (int i = mine; i < OPERATIONS; i += THREADS) {
            // Keys k with k % THREADS == mine belong to this submitter; operation i goes to one of them.
            int key = mine + THREADS * ((i / THREADS) % ((KEYS - mine + THREADS - 1) / THREADS));
            int expected = sequence[key]++;
            futures.add(queue.submit(QueueKey.of("key-" + key), () -> {
              if (running.incrementAndGet(key) != 1) {
                overlaps.incrementAndGet();
              }
              if (lastSequence.getAndSet(key, expected) != expected - 1) {
                outOfOrder.incrementAndGet();
              }
              Thread.onSpinWait();
              running.decrementAndGet(key);
              return ran.incrementAndGet();
            }));
          }
        });
      }
      start.countDown();
      submitters.shutdown();
      assertThat(submitters.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    }

    assertThat(ran).hasValue(OPERATIONS);
    assertThat(overlaps).hasValue(0);
    assertThat(outOfOrder).hasValue(0);
    int keysUsed = 0;
    for (int key = 0; key < KEYS; key++) {
      keysUsed += lastSequence.get(key) >= 0 ? 1 : 0;
    }
    assertThat(keysUsed).isEqualTo(KEYS);
  }
}

package dev.ispkit.engine.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The queue wrapped for a listener: every queued operation is heard joining and leaving, started or dropped. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ObservedOperationQueueTest {
  private final List<String> heard = Collections.synchronizedList(new ArrayList<>());
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private final QueueListener listener = new QueueListener() {
    @Override
    public void operationQueued(QueueKey key) {
      heard.add("queued " + key + " " + key.number().orElse(-1));
    }

    @Override
    public void operationStarted(QueueKey key, Duration waited) {
      heard.add("started " + key);
      waits.add(waited);
    }

    @Override
    public void operationDropped(QueueKey key, Duration waited) {
      heard.add("dropped " + key);
    }
  };
  private final OperationQueue queue = OperationQueue.observed(OperationQueue.embedded(1), listener);

  @AfterEach
  void stop() throws InterruptedException {
    queue.shutdownNow();
    assertThat(queue.awaitTermination(Duration.ofSeconds(5))).isTrue();
  }

  @Test
  void anOperationBehindAnotherIsHeardJoiningAndStartingWithItsWait() throws Exception {
    QueueKey key = QueueSettings.queued("dci-__PMID__", 4).keyFor("open", 7, "10482");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first = queue.submit(key, () -> {
      started.countDown();
      release.await();
      return "first";
    });
    started.await();
    CompletableFuture<String> second = queue.submit(key, () -> "second");
    release.countDown();

    assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
    assertThat(first.get()).isEqualTo("first");
    String number = Integer.toString(key.number().getAsInt());
    assertThat(heard).containsExactly("queued " + key + " " + number, "started " + key,
        "queued " + key + " " + number, "started " + key);
    assertThat(waits).hasSize(2).allSatisfy(waited -> assertThat(waited).isPositive());
  }

  @Test
  void anOperationCancelledBeforeItStartsIsHeardDropped() throws Exception {
    QueueKey key = QueueKey.of("dci-7-0");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> running = queue.submit(key, () -> {
      started.countDown();
      release.await();
      return "done";
    });
    started.await();
    CompletableFuture<String> waiting = queue.submit(key, () -> "never");

    waiting.cancel(false);
    release.countDown();
    running.get(5, TimeUnit.SECONDS);

    assertThat(heard).containsExactly("queued dci-7-0 -1", "started dci-7-0", "queued dci-7-0 -1",
        "dropped dci-7-0");
  }

  @Test
  void aDirectOperationIsNotQueuedSoNotHeard() {
    assertThat(queue.submit(QueueKey.direct(), () -> "now").join()).isEqualTo("now");

    assertThat(heard).isEmpty();
  }

  @Test
  void aSubmissionRejectedByAShutDownQueueIsHeardDropped() {
    queue.shutdown();

    assertThatThrownBy(() -> queue.submit(QueueKey.of("dci-7-0"), () -> "late"))
        .isInstanceOf(OperationRejectedException.class);
    assertThat(heard).containsExactly("queued dci-7-0 -1", "dropped dci-7-0");
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheQueue() {
    OperationQueue observed = OperationQueue.observed(OperationQueue.embedded(1), new QueueListener() {
      @Override
      public void operationStarted(QueueKey key, Duration waited) {
        throw new IllegalStateException("the host's listener is broken");
      }
    });
    try {
      assertThat(observed.submit(QueueKey.of("dci-7-0"), () -> "ran").join()).isEqualTo("ran");
    } finally {
      observed.close();
    }
    assertThat(observed.isTerminated()).isTrue();
  }

  @Test
  void onlyKeysMadeByQueueSettingsHaveANumber() {
    assertThat(QueueSettings.queued("__TYPE__-__IID__", 3).keyFor("open", 7, "10482").number())
        .hasValue(QueueSettings.queueNumber("10482", 3));
    assertThat(QueueKey.of("dci-7-2").number()).isEmpty();
    assertThat(QueueKey.direct().number()).isEmpty();
  }
}

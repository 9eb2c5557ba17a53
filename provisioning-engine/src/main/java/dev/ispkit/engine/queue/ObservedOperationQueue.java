package dev.ispkit.engine.queue;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * An {@link OperationQueue} that tells a {@link QueueListener} when each operation joins and leaves the queue; the
 * queue under it does the work. Times are measured with {@link System#nanoTime()}: a wait is a duration, and the
 * engine's {@code Clock} (a fixed one in tests) gives wall time.
 */
final class ObservedOperationQueue implements OperationQueue {
  private final OperationQueue queue;
  private final QueueListener listener;

  ObservedOperationQueue(OperationQueue queue, QueueListener listener) {
    this.queue = queue;
    this.listener = listener;
  }

  @Override
  public <T> CompletableFuture<T> submit(QueueKey key, Callable<T> operation) {
    if (key == null || key.isDirect() || operation == null) {
      return queue.submit(key, operation);
    }
    Waiting<T> waiting = new Waiting<>(key, operation);
    hear(() -> listener.operationQueued(key));
    CompletableFuture<T> future;
    try {
      future = queue.submit(key, waiting);
    } catch (RuntimeException rejected) {
      waiting.dropped();
      throw rejected;
    }
    future.whenComplete(waiting);
    return future;
  }

  private void hear(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException ignored) {
      // The listener is the host's; its failure is not the queue's.
    }
  }

  @Override
  public void shutdown() {
    queue.shutdown();
  }

  @Override
  public int shutdownNow() {
    return queue.shutdownNow();
  }

  @Override
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    return queue.awaitTermination(timeout);
  }

  @Override
  public boolean isTerminated() {
    return queue.isTerminated();
  }

  @Override
  public void close() {
    queue.close();
  }

  @Override
  public String toString() {
    return queue.toString();
  }

  /**
   * One operation while it waits: the callable the queue runs (which first says it started) and the completion hook
   * (which says it was dropped when it never started). Whichever comes first speaks; the other stays silent.
   */
  private final class Waiting<T> implements Callable<T>, BiConsumer<T, Throwable> {
    private final QueueKey key;
    private final Callable<T> operation;
    private final long queuedAt = System.nanoTime();
    private final AtomicBoolean left = new AtomicBoolean();

    Waiting(QueueKey key, Callable<T> operation) {
      this.key = key;
      this.operation = operation;
    }

    @Override
    public T call() throws Exception {
      if (left.compareAndSet(false, true)) {
        Duration waited = Duration.ofNanos(System.nanoTime() - queuedAt);
        hear(() -> listener.operationStarted(key, waited));
      }
      return operation.call();
    }

    @Override
    public void accept(T result, Throwable failure) {
      dropped();
    }

    void dropped() {
      if (left.compareAndSet(false, true)) {
        Duration waited = Duration.ofNanos(System.nanoTime() - queuedAt);
        hear(() -> listener.operationDropped(key, waited));
      }
    }
  }
}

package dev.ispkit.engine.queue;

import dev.ispkit.engine.InvalidSettingException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;

/**
 * Runs panel operations under queue keys: operations with the same key one after another in submission order,
 * operations with different keys in parallel on a bounded pool, and {@link QueueKey#direct() direct} operations at
 * once on the caller's thread.
 *
 * <pre>{@code
 * try (OperationQueue queue = OperationQueue.embedded(8)) {
 *   QueueKey key = module.queue().keyFor("open", module.id(), serviceId);
 *   String operationId = queue.submit(key, () -> panel.installOs(serverId, osTemplate)).join();
 * }
 * }</pre>
 *
 * <p>Behaviour every implementation keeps:
 * <ul>
 *   <li><b>Nested submissions run inline.</b> An operation that, while it runs, submits another operation with its
 *       own key gets that operation run at once on the same thread, before the operations already waiting in the
 *       queue: it is part of the running operation, and queueing it behind itself would deadlock as soon as the
 *       outer operation waits for it. A nested submission with another key is queued as usual. Waiting inside an
 *       operation for another key's result needs a free pool thread: keep the pool larger than such chains.</li>
 *   <li><b>Results are futures.</b> An operation's exception completes its future exceptionally; it never stops
 *       the queue. Cancelling a future before its operation starts skips the operation.</li>
 *   <li><b>Shutdown.</b> {@link #shutdown()} drains: no new submissions, every queued operation still runs.
 *       {@link #shutdownNow()} cancels: queued operations are skipped and their futures cancelled, running ones are
 *       interrupted. Submissions after either are rejected with {@link OperationRejectedException} (one racing with
 *       the shutdown may instead get a future completed with it); nested inline submissions from a running
 *       operation are still accepted while draining.</li>
 * </ul>
 */
public interface OperationQueue extends AutoCloseable {

  /**
   * The embedded queue: a bounded pool of {@code threads} threads in this JVM.
   *
   * @param threads the pool size, 1..1024
   * @return a running queue
   */
  static OperationQueue embedded(int threads) {
    return new EmbeddedOperationQueue(threads, null);
  }

  /**
   * The embedded queue with the host's thread factory (names, daemon flag, context).
   *
   * @param threads the pool size, 1..1024
   * @param threadFactory makes the pool's threads
   * @return a running queue
   */
  static OperationQueue embedded(int threads, ThreadFactory threadFactory) {
    InvalidSettingException.requirePresent("thread factory", threadFactory);
    return new EmbeddedOperationQueue(threads, threadFactory);
  }

  /**
   * A queue that tells a listener when each operation joins and leaves it (for queue depth and waiting time); the
   * given queue does the work, and closing the result closes it. {@code Provisioning} wraps its queue so with its
   * {@code LifecycleListener}.
   *
   * @param queue the queue that runs the operations
   * @param listener hears them; its exceptions are ignored
   * @return the observed queue
   */
  static OperationQueue observed(OperationQueue queue, QueueListener listener) {
    InvalidSettingException.requirePresent("queue", queue);
    InvalidSettingException.requirePresent("queue listener", listener);
    return new ObservedOperationQueue(queue, listener);
  }

  /**
   * Submits an operation.
   *
   * @param key the queue key, or {@link QueueKey#direct()}
   * @param operation the operation; its result completes the future
   * @param <T> the result type
   * @return the operation's future
   * @throws OperationRejectedException when the queue is shutting down or shut down
   */
  <T> CompletableFuture<T> submit(QueueKey key, Callable<T> operation);

  /** Drains: accepts no new operations, runs every queued one, then stops the pool. Does not wait. */
  void shutdown();

  /**
   * Cancels: skips queued operations (their futures are cancelled) and interrupts running ones. Does not wait.
   *
   * @return the number of queued operations skipped
   */
  int shutdownNow();

  /**
   * Waits until the queue has stopped after a shutdown.
   *
   * @param timeout how long to wait at most
   * @return whether it stopped in time
   * @throws InterruptedException when the waiting thread is interrupted
   */
  boolean awaitTermination(Duration timeout) throws InterruptedException;

  /** Whether the queue has stopped: shut down, nothing queued, nothing running. */
  boolean isTerminated();

  /**
   * Drains and waits until every queued operation has run. When the waiting thread is interrupted, cancels the rest
   * instead and keeps the interrupt flag.
   */
  @Override
  void close();
}

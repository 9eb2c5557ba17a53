package dev.ispkit.engine.queue;

import java.time.Duration;

/**
 * What a host hears of an {@link OperationQueue} wrapped with {@link OperationQueue#observed}: each operation as it
 * joins its key's queue and as it leaves it, started or dropped, with how long it waited. Queue depth and waiting
 * time come from these. Every method has an empty default; an exception thrown here is ignored.
 *
 * <p>Operations under {@link QueueKey#direct()} are not queued and not heard. A key's {@link QueueKey#number()} is
 * the value to group by: its name may hold a service id.
 *
 * <pre>{@code
 * AtomicInteger waiting = new AtomicInteger();
 * OperationQueue queue = OperationQueue.observed(OperationQueue.embedded(16), new QueueListener() {
 *   public void operationQueued(QueueKey key) { waiting.incrementAndGet(); }
 *   public void operationStarted(QueueKey key, Duration waited) { waiting.decrementAndGet(); }
 *   public void operationDropped(QueueKey key, Duration waited) { waiting.decrementAndGet(); }
 * });
 * }</pre>
 */
public interface QueueListener {

  /** Hears nothing. */
  QueueListener NONE = new QueueListener() { };

  /**
   * An operation was submitted and waits for its turn (behind its key's earlier operations, or for a thread).
   *
   * @param key its key
   */
  default void operationQueued(QueueKey key) {
  }

  /**
   * A queued operation starts, on the thread that runs it.
   *
   * @param key its key
   * @param waited how long it waited since it was submitted
   */
  default void operationStarted(QueueKey key, Duration waited) {
  }

  /**
   * A queued operation left the queue without starting: cancelled, rejected by a queue shutting down, or skipped
   * by {@link OperationQueue#shutdownNow()}.
   *
   * @param key its key
   * @param waited how long it waited since it was submitted
   */
  default void operationDropped(QueueKey key, Duration waited) {
  }
}

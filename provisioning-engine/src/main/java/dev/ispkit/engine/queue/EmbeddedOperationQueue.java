package dev.ispkit.engine.queue;

import dev.ispkit.engine.InvalidSettingException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded {@link OperationQueue}: one lane per queue key on a fixed pool.
 *
 * <p>A lane exists while its key has an operation running or waiting; its first operation is on the pool, the rest
 * wait in the lane. When an operation finishes, the next one of its lane goes to the back of the pool's queue
 * rather than running on the same thread, so one busy key cannot starve the others. Lanes are created and retired
 * inside {@code ConcurrentHashMap.compute}, which makes "append to a running lane" and "retire an empty lane" atomic
 * with respect to each other.
 */
final class EmbeddedOperationQueue implements OperationQueue {
  private static final int RUNNING = 0;
  private static final int DRAINING = 1;
  private static final int STOPPED = 2;

  private final ThreadPoolExecutor pool;
  private final ConcurrentHashMap<String, ArrayDeque<Task<?>>> lanes = new ConcurrentHashMap<>();
  /** The keys whose operations run on the current thread, innermost last: a nested submission checks them. */
  private final ThreadLocal<List<String>> runningHere = ThreadLocal.withInitial(() -> new ArrayList<>(2));
  private final AtomicInteger state = new AtomicInteger(RUNNING);

  EmbeddedOperationQueue(int threads, ThreadFactory threadFactory) {
    InvalidSettingException.requireRange("queue threads", threads, 1, 1024, "");
    ThreadFactory factory = threadFactory != null ? threadFactory : new NamedThreads();
    pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    // Idle threads end after a minute, so a forgotten queue does not keep the JVM alive.
    pool.allowCoreThreadTimeOut(true);
  }

  @Override
  public <T> CompletableFuture<T> submit(QueueKey key, Callable<T> operation) {
    InvalidSettingException.requirePresent("queue key", key);
    InvalidSettingException.requirePresent("operation", operation);
    if (!key.isDirect() && runningHere.get().contains(key.name())) {
      return runInline(key, operation);
    }
    if (state.get() != RUNNING) {
      throw new OperationRejectedException(key, state.get() == DRAINING ? "the queue is draining" : "the queue is shut down");
    }
    if (key.isDirect()) {
      return runInline(key, operation);
    }
    Task<T> task = new Task<>(key.name(), operation);
    boolean[] first = new boolean[1];
    lanes.compute(key.name(), (name, lane) -> {
      if (lane == null) {
        first[0] = true;
        return new ArrayDeque<>(2);
      }
      lane.addLast(task);
      return lane;
    });
    if (first[0]) {
      dispatch(task);
    }
    return task.future;
  }

  private <T> CompletableFuture<T> runInline(QueueKey key, Callable<T> operation) {
    CompletableFuture<T> future = new CompletableFuture<>();
    List<String> keys = runningHere.get();
    keys.add(key.name());
    try {
      future.complete(operation.call());
    } catch (Throwable failure) {
      future.completeExceptionally(failure);
    } finally {
      keys.remove(keys.size() - 1);
    }
    return future;
  }

  private void dispatch(Task<?> task) {
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      // Only reachable when a submission races with shutdown: fail what this lane holds rather than strand it.
      OperationRejectedException rejected = new OperationRejectedException(QueueKey.of(task.key), "the queue is shut down");
      task.future.completeExceptionally(rejected);
      ArrayDeque<Task<?>> lane = lanes.remove(task.key);
      if (lane != null) {
        lane.forEach(waiting -> waiting.future.completeExceptionally(rejected));
      }
      stopPoolWhenDrained();
    }
  }

  private void finished(String key) {
    Task<?>[] next = new Task<?>[1];
    lanes.compute(key, (name, lane) -> {
      if (lane == null) {
        return null;
      }
      next[0] = lane.pollFirst();
      return next[0] == null ? null : lane;
    });
    if (next[0] != null) {
      dispatch(next[0]);
    } else {
      stopPoolWhenDrained();
    }
  }

  private void stopPoolWhenDrained() {
    if (state.get() != RUNNING && lanes.isEmpty()) {
      pool.shutdown();
    }
  }

  @Override
  public void shutdown() {
    state.compareAndSet(RUNNING, DRAINING);
    stopPoolWhenDrained();
  }

  @Override
  public int shutdownNow() {
    state.set(STOPPED);
    int skipped = 0;
    for (String key : lanes.keySet()) {
      List<Task<?>> waiting = new ArrayList<>();
      lanes.computeIfPresent(key, (name, lane) -> {
        waiting.addAll(lane);
        lane.clear();
        return lane;
      });
      for (Task<?> task : waiting) {
        if (task.future.cancel(false)) {
          skipped++;
        }
      }
    }
    for (Runnable notStarted : pool.shutdownNow()) {
      Task<?> task = (Task<?>) notStarted;
      if (task.future.cancel(false)) {
        skipped++;
      }
      lanes.remove(task.key);
    }
    return skipped;
  }

  @Override
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    InvalidSettingException.requirePresent("timeout", timeout);
    return pool.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public boolean isTerminated() {
    return pool.isTerminated();
  }

  @Override
  public void close() {
    shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // Keep waiting: close() promises every queued operation has run.
      }
    } catch (InterruptedException e) {
      shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** One submitted operation; runs on the pool and then hands its lane to the next operation. */
  private final class Task<T> implements Runnable {
    final String key;
    final Callable<T> operation;
    final CompletableFuture<T> future = new CompletableFuture<>();

    Task(String key, Callable<T> operation) {
      this.key = key;
      this.operation = operation;
    }

    @Override
    public void run() {
      List<String> keys = runningHere.get();
      keys.add(key);
      try {
        if (!future.isDone()) {
          future.complete(operation.call());
        }
      } catch (Throwable failure) {
        future.completeExceptionally(failure);
      } finally {
        keys.remove(keys.size() - 1);
        finished(key);
      }
    }
  }

  /** Names the pool's threads {@code ispkit-operation-queue-N}, so thread dumps show whose they are. */
  private static final class NamedThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable runnable) {
      return new Thread(runnable, "ispkit-operation-queue-" + count.incrementAndGet());
    }
  }

  @Override
  public String toString() {
    return "OperationQueue{lanes=" + lanes.size() + ", state=" + state.get() + "}";
  }
}

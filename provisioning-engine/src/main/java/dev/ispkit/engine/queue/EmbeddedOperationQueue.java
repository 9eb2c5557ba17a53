package dev.ispkit.engine.queue;

import dev.ispkit.engine.InvalidSettingException;
import java.time.Duration;
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
import java.util.function.BiFunction;

/**
 * The embedded {@link OperationQueue}: one lane per queue key on a fixed pool.
 *
 * <p>A lane exists while its key has an operation running or waiting: a linked list of tasks whose head is on the
 * pool and whose tail is the map's value for the key. Appending ({@code compute}) and retiring the lane when its
 * running task is the tail ({@code remove(key, task)}) take the same map bin lock, so a task is either appended
 * behind the running one or starts a new lane, never lost. When an operation finishes, the next one of its lane
 * runs on the same thread, up to {@value #BATCH} in a row, then goes to the back of the pool's queue, so one busy key
 * cannot starve the others. Per operation this allocates the task and its future only, which keeps the queue near a plain executor.
 */
final class EmbeddedOperationQueue implements OperationQueue {
  private static final int RUNNING = 0;
  private static final int DRAINING = 1;
  private static final int STOPPED = 2;
  /**
   * How many operations of one key a pool thread runs in a row before handing the key's next operation to the back
   * of the pool's queue: a handoff per operation halves throughput on short operations, no handoff at all would let
   * one busy key keep a thread from the others.
   */
  private static final int BATCH = 16;

  private final ThreadPoolExecutor pool;
  /** For each key with an operation running or waiting: the last operation submitted, the lane's tail. */
  private final ConcurrentHashMap<String, Task<?>> lanes = new ConcurrentHashMap<>();
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
      throw new OperationRejectedException(key,
          state.get() == DRAINING ? "the queue is draining" : "the queue is shut down");
    }
    if (key.isDirect()) {
      return runInline(key, operation);
    }
    Task<T> task = new Task<>(key.name(), operation);
    // A key with nothing running starts its lane with one CAS into an empty bin; only a busy key takes the bin lock
    // to append behind its tail. Both are atomic against the lane's retirement (remove(key, tail)).
    if (lanes.putIfAbsent(task.key, task) == null) {
      task.leads = true;
    } else {
      lanes.compute(task.key, task);
    }
    if (task.leads) {
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
      OperationRejectedException rejected =
          new OperationRejectedException(QueueKey.of(task.key), "the queue is shut down");
      lanes.remove(task.key);
      for (Task<?> waiting = task; waiting != null; waiting = waiting.next) {
        waiting.future.completeExceptionally(rejected);
      }
      stopPoolWhenDrained();
    }
  }

  /** Retires the lane when {@code task} is its tail; otherwise returns the task behind it. */
  private Task<?> successor(Task<?> task) {
    if (lanes.remove(task.key, task)) {
      stopPoolWhenDrained();
      return null;
    }
    // Not the tail: a task was appended behind this one under the bin lock, so next is set.
    return task.next;
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
    // Cancel every task that has not started, walking each lane back from its tail; a cancelled task skips its
    // operation, so the lanes run out on their own. Then stop the pool, which interrupts the running operations and
    // hands back the tasks it never started: their lanes are dropped.
    int skipped = 0;
    for (Task<?> tail : lanes.values()) {
      skipped += tail.cancelWaitingFrom();
    }
    for (Runnable notStarted : pool.shutdownNow()) {
      Task<?> task = (Task<?>) notStarted;
      lanes.remove(task.key);
      for (Task<?> waiting = task; waiting != null; waiting = waiting.next) {
        if (waiting.future.cancel(false)) {
          skipped++;
        }
      }
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

  /**
   * One submitted operation; runs on the pool and then hands its lane to the next operation. It is also the
   * remapping function that appends it to its lane, so a submission allocates nothing else.
   */
  private final class Task<T> implements Runnable, BiFunction<String, Task<?>, Task<?>> {
    final String key;
    final Callable<T> operation;
    final CompletableFuture<T> future = new CompletableFuture<>();
    /** The task submitted after this one with the same key; written under the map's bin lock. */
    volatile Task<?> next;
    /** The task before this one while it waits; lets shutdownNow walk a lane from its tail. */
    volatile Task<?> previous;
    /** Whether this task started its lane and must be dispatched by the submitter. */
    boolean leads;
    /** Whether the pool has started running this task. */
    volatile boolean started;

    Task(String key, Callable<T> operation) {
      this.key = key;
      this.operation = operation;
    }

    @Override
    public Task<?> apply(String name, Task<?> tail) {
      if (tail == null) {
        leads = true;
      } else {
        previous = tail;
        tail.next = this;
      }
      return this;
    }

    /** Cancels this task and those before it that have not started; returns how many were cancelled. */
    int cancelWaitingFrom() {
      int cancelled = 0;
      for (Task<?> waiting = this; waiting != null && !waiting.started; waiting = waiting.previous) {
        if (waiting.future.cancel(false)) {
          cancelled++;
        }
      }
      return cancelled;
    }

    @Override
    public void run() {
      Task<?> task = this;
      for (int ran = 1; ; ran++) {
        task.execute();
        Task<?> next = successor(task);
        if (next == null) {
          return;
        }
        if (ran == BATCH) {
          dispatch(next);
          return;
        }
        task = next;
      }
    }

    private void execute() {
      started = true;
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
        previous = null;
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

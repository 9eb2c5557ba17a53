package dev.ispkit.benchmarks;

import dev.ispkit.engine.queue.OperationQueue;
import dev.ispkit.engine.queue.QueueKey;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The embedded operation queue against a plain {@link ThreadPoolExecutor} of the same size running the same no-op
 * tasks: submit {@value #TASKS} tasks (over {@code keys} queue keys for the queue), then wait for all. Scores are
 * tasks per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QueueThroughputBenchmark {
  static final int TASKS = 10_000;
  private static final int THREADS = 4;

  @Param({"100", "10000"})
  public int keys;

  private OperationQueue queue;
  private ThreadPoolExecutor executor;
  private QueueKey[] queueKeys;
  private final Callable<Integer> noOp = () -> 1;
  @SuppressWarnings("unchecked")
  private final CompletableFuture<Integer>[] queued = new CompletableFuture[TASKS];
  @SuppressWarnings("unchecked")
  private final Future<Integer>[] pooled = new Future[TASKS];

  /** Starts both pools and names the keys. */
  @Setup
  public void setUp() {
    queue = OperationQueue.embedded(THREADS);
    executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    queueKeys = new QueueKey[keys];
    for (int i = 0; i < keys; i++) {
      queueKeys[i] = QueueKey.of("key-" + i);
    }
  }

  /** Stops both pools. */
  @TearDown
  public void tearDown() {
    queue.close();
    executor.shutdown();
  }

  /** The operation queue. */
  @Benchmark
  @OperationsPerInvocation(TASKS)
  public int operationQueue() {
    for (int i = 0; i < TASKS; i++) {
      queued[i] = queue.submit(queueKeys[i % keys], noOp);
    }
    int sum = 0;
    for (CompletableFuture<Integer> future : queued) {
      sum += future.join();
    }
    return sum;
  }

  /** The baseline: a plain ThreadPoolExecutor. */
  @Benchmark
  @OperationsPerInvocation(TASKS)
  public int threadPoolExecutor() throws InterruptedException, ExecutionException {
    for (int i = 0; i < TASKS; i++) {
      pooled[i] = executor.submit(noOp);
    }
    int sum = 0;
    for (Future<Integer> future : pooled) {
      sum += future.get();
    }
    return sum;
  }
}

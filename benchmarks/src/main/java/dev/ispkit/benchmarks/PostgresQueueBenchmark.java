package dev.ispkit.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ispkit.engine.queue.OperationQueue;
import dev.ispkit.engine.queue.QueueKey;
import dev.ispkit.jdbc.PostgresStores;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What holding queue keys across nodes costs: the same {@value #OPERATIONS} no-op operations over {@value #KEYS}
 * queue keys, submitted then awaited, through the PostgreSQL queue of {@code provisioning-jdbc} (an advisory lock
 * per operation, on a pooled connection) and through the embedded in-memory queue, both with {@value #THREADS}
 * threads. Scores are operations per second; the figure to read is postgres / embedded.
 *
 * <p>Needs a running PostgreSQL: {@code ISPKIT_PG_URL}, {@code ISPKIT_PG_USER}, {@code ISPKIT_PG_PASSWORD}, by
 * default {@code jdbc:postgresql://127.0.0.1:5432/ispkit} as {@code ispkit} / {@code ispkit} (what {@code .ci/run}
 * sets up). The queue itself writes no table; building the stores applies the schema once, as a host would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PostgresQueueBenchmark {
  static final int OPERATIONS = 1_000;
  static final int KEYS = 100;
  static final int THREADS = 4;

  private HikariDataSource pool;
  private OperationQueue postgres;
  private OperationQueue embedded;
  private final QueueKey[] keys = new QueueKey[KEYS];
  private final Callable<Integer> noOp = () -> 1;
  @SuppressWarnings("unchecked")
  private final CompletableFuture<Integer>[] submitted = new CompletableFuture[OPERATIONS];

  /** Opens a pool of one connection per queue thread and two more, and both queues. */
  @Setup
  public void setUp() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(setting("ISPKIT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/ispkit"));
    config.setUsername(setting("ISPKIT_PG_USER", "ispkit"));
    config.setPassword(setting("ISPKIT_PG_PASSWORD", "ispkit"));
    config.setMaximumPoolSize(THREADS + 2);
    config.setPoolName("benchmark");
    pool = new HikariDataSource(config);
    postgres = PostgresStores.create(pool).operationQueue(THREADS);
    embedded = OperationQueue.embedded(THREADS);
    for (int i = 0; i < KEYS; i++) {
      keys[i] = QueueKey.of("benchmark-key-" + i);
    }
  }

  /** Closes the queues and the pool. */
  @TearDown
  public void tearDown() {
    postgres.close();
    embedded.close();
    pool.close();
  }

  /** Through PostgreSQL: every operation takes and gives back its key's advisory lock. */
  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public int postgres() {
    return run(postgres);
  }

  /** The baseline: the embedded queue, keys held in this JVM only. */
  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public int embedded() {
    return run(embedded);
  }

  private int run(OperationQueue queue) {
    for (int i = 0; i < OPERATIONS; i++) {
      submitted[i] = queue.submit(keys[i % KEYS], noOp);
    }
    int sum = 0;
    for (CompletableFuture<Integer> future : submitted) {
      sum += future.join();
    }
    return sum;
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

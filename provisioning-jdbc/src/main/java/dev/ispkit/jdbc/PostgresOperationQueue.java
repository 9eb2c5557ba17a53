package dev.ispkit.jdbc;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.queue.OperationQueue;
import dev.ispkit.engine.queue.OperationRejectedException;
import dev.ispkit.engine.queue.QueueKey;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * An {@link OperationQueue} that holds across nodes: operations with one queue key run one after another on every
 * node sharing the database, operations with different keys in parallel. Get one from
 * {@link PostgresStores#operationQueue(int)}; the host closes it (after the {@code Provisioning} that uses it).
 *
 * <p>How: each node keeps the embedded queue's lanes ({@link OperationQueue#embedded}), so within a node a key's
 * operations wait in submission order without holding a connection or a database lock; the operation at the head of
 * a lane then takes a PostgreSQL session-level advisory lock on its key, {@code pg_advisory_lock(1769173355,
 * hashtext(key))}, on a connection it holds while the operation runs, and unlocks before the
 * connection goes back to the pool. A node that dies takes its connections with it, and PostgreSQL frees their locks
 * as soon as it sees the connection gone; the next waiter, on any node, gets the key at once. Nothing is written per
 * operation and nothing is renewed, even for an OS installation that holds its key for hours.
 *
 * <p>What holds across nodes:
 * <ul>
 *   <li>One operation per key at a time, whichever nodes submitted them.</li>
 *   <li>Submission order per key within each node. Across nodes, waiting operations get the key in the order
 *       PostgreSQL's lock manager grants it: the order their requests reached the server, which is not a promise of
 *       submission order between nodes.</li>
 *   <li>A nested submission with the key of the operation running on the current thread runs inline, as in the
 *       embedded queue: the lock is this thread's already.</li>
 *   <li>Two keys whose hashes collide share a lock: they run one after another too, never in parallel. Less
 *       parallel, never less safe.</li>
 * </ul>
 *
 * <p>What it needs from the connections: each running operation holds one connection, so the pool must have more
 * connections than the queue has threads, plus those the journal and claims need meanwhile (or give the queue a
 * data source of its own). The connections must reach PostgreSQL directly or through a pooler in session mode (a
 * transaction-mode pooler would hand the locked session to someone else), and {@code idle_session_timeout} must be
 * off for them (its default), or the server ends a session that holds a key. A host's {@code lock_timeout} or
 * {@code statement_timeout} only makes the wait start again.
 *
 * <pre>{@code
 * try (OperationQueue queue = stores.operationQueue(16);
 *     Provisioning provisioning = Provisioning.builder().queue(queue)...build()) {
 *   ...
 * }
 * }</pre>
 */
public final class PostgresOperationQueue implements OperationQueue {
  /** The advisory lock key space of queue keys ({@code "isqk"}), apart from the migrator's and the host's own. */
  static final int KEY_SPACE = 0x6973716b;

  private static final System.Logger LOG = System.getLogger(PostgresOperationQueue.class.getName());
  /** SQLSTATE of a lock wait ended by {@code lock_timeout}, and of a statement ended by {@code statement_timeout}. */
  private static final Set<String> WAIT_AGAIN = Set.of("55P03", "57014");

  private final DataSource dataSource;
  private final OperationQueue lanes;
  /** The keys whose locks the current thread holds: a nested submission of one of them runs without locking. */
  private final ThreadLocal<List<String>> heldHere = ThreadLocal.withInitial(() -> new ArrayList<>(2));
  /** Lock waits under way, cancelled by {@link #shutdownNow()}. */
  private final Set<PreparedStatement> waiting = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  PostgresOperationQueue(DataSource dataSource, OperationQueue lanes) {
    this.dataSource = dataSource;
    this.lanes = lanes;
  }

  @Override
  public <T> CompletableFuture<T> submit(QueueKey key, Callable<T> operation) {
    InvalidSettingException.requirePresent("queue key", key);
    InvalidSettingException.requirePresent("operation", operation);
    if (key.isDirect()) {
      return lanes.submit(key, operation);
    }
    return lanes.submit(key, () -> underLock(key, operation));
  }

  private <T> T underLock(QueueKey key, Callable<T> operation) throws Exception {
    List<String> held = heldHere.get();
    if (held.contains(key.name())) {
      return operation.call();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        // Outside a transaction, so that no transaction stays open while the operation runs.
        connection.setAutoCommit(true);
      }
      lock(connection, key);
      held.add(key.name());
      try {
        return operation.call();
      } finally {
        held.remove(held.size() - 1);
        if (unlock(connection, key) && !autoCommit) {
          connection.setAutoCommit(false);
        }
      }
    }
  }

  private void lock(Connection connection, QueueKey key) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?, hashtext(?))")) {
      lock.setInt(1, KEY_SPACE);
      lock.setString(2, key.name());
      waiting.add(lock);
      try {
        while (true) {
          if (stopping) {
            throw new OperationRejectedException(key, "the queue is shut down");
          }
          try {
            lock.execute();
            return;
          } catch (SQLException e) {
            if (stopping || !WAIT_AGAIN.contains(e.getSQLState())) {
              throw new StoreFailure("lock queue key " + key.name(), e);
            }
          }
        }
      } finally {
        waiting.remove(lock);
      }
    }
  }

  /**
   * Unlocks the key. When that fails, the connection is closed for good rather than returned to the pool with the
   * lock held (PostgreSQL frees the lock with the session); when the lock was not held any more, the server had ended
   * the session while the operation ran, and another node may have run an operation of that key meanwhile.
   *
   * @return whether the connection is usable
   */
  private boolean unlock(Connection connection, QueueKey key) {
    try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?, hashtext(?))")) {
      unlock.setInt(1, KEY_SPACE);
      unlock.setString(2, key.name());
      try (ResultSet unlocked = unlock.executeQuery()) {
        if (unlocked.next() && !unlocked.getBoolean(1)) {
          LOG.log(Level.WARNING, "queue key {0} was no longer locked when its operation ended: the database "
              + "session ended while it ran, so another operation of the key may have overlapped it", key.name());
        }
      }
      return true;
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "queue key {0} could not be unlocked ({1}); its connection is closed so that the "
          + "database frees the lock", key.name(), e.getSQLState());
      try {
        connection.abort(Runnable::run);
      } catch (SQLException | RuntimeException again) {
        // Already closed: the lock went with the session.
      }
      return false;
    }
  }

  @Override
  public void shutdown() {
    lanes.shutdown();
  }

  @Override
  public int shutdownNow() {
    stopping = true;
    int skipped = lanes.shutdownNow();
    for (PreparedStatement lock : waiting) {
      try {
        lock.cancel();
      } catch (SQLException e) {
        // The wait ended meanwhile.
      }
    }
    return skipped;
  }

  @Override
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    return lanes.awaitTermination(timeout);
  }

  @Override
  public boolean isTerminated() {
    return lanes.isTerminated();
  }

  @Override
  public void close() {
    lanes.close();
  }

  @Override
  public String toString() {
    return "PostgresOperationQueue{" + lanes + "}";
  }
}

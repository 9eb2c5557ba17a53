package dev.ispkit.jdbc;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.license.LicenseClaims;
import dev.ispkit.engine.port.Journal;
import dev.ispkit.engine.port.ServerClaims;
import dev.ispkit.engine.queue.OperationQueue;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;

/**
 * The engine's stores in one PostgreSQL database shared by every node of a host: the journal with its run leases,
 * the server claims, the license claims and the operation queue. Built over the host's {@link DataSource} (its own
 * pool, its own credentials); nothing here opens connections any other way or keeps one between calls, except the
 * queue while an operation runs.
 *
 * <pre>{@code
 * PostgresStores stores = PostgresStores.create(dataSource);   // applies the schema scripts not applied yet
 * try (OperationQueue queue = stores.operationQueue(16);
 *     Provisioning provisioning = Provisioning.builder()
 *         .modules(modules)
 *         .dedicatedServerPanel(moscow.id(), panel)
 *         .journal(stores.journal())
 *         .serverClaims(stores.serverClaims())
 *         .licenseClaims(stores.licenseClaims())
 *         .queue(queue)
 *         .nodeId(hostName)                    // stable and unique per node
 *         .build()) {
 *   provisioning.recover();
 * }
 * }</pre>
 */
public final class PostgresStores {
  private final DataSource dataSource;
  private final PostgresJournal journal;
  private final PostgresServerClaims serverClaims;
  private final PostgresLicenseClaims licenseClaims;

  private PostgresStores(DataSource dataSource) {
    this.dataSource = dataSource;
    this.journal = new PostgresJournal(dataSource);
    this.serverClaims = new PostgresServerClaims(dataSource);
    this.licenseClaims = new PostgresLicenseClaims(dataSource);
  }

  /**
   * The stores, after applying the schema scripts the database has not had yet ({@link PostgresSchema#migrate}).
   *
   * @param dataSource the host's data source; its user must be allowed to create tables the first time
   * @return the stores
   * @throws StoreFailure when the database cannot be reached or the schema cannot be applied
   */
  public static PostgresStores create(DataSource dataSource) {
    InvalidSettingException.requirePresent("data source", dataSource);
    PostgresSchema.migrate(dataSource);
    return new PostgresStores(dataSource);
  }

  /**
   * The stores over a schema the host applied with its own migration tool ({@link PostgresSchema#scripts()}).
   *
   * @param dataSource the host's data source
   * @return the stores
   * @throws StoreFailure naming the tables that are missing, or when the database cannot be reached
   */
  public static PostgresStores createWithoutMigration(DataSource dataSource) {
    InvalidSettingException.requirePresent("data source", dataSource);
    PostgresSchema.requireTables(dataSource);
    return new PostgresStores(dataSource);
  }

  /** The journal, with run leases: {@code Provisioning.Builder#journal}. */
  public Journal journal() {
    return journal;
  }

  /** The server claims: {@code Provisioning.Builder#serverClaims}. */
  public ServerClaims serverClaims() {
    return serverClaims;
  }

  /** The license claims of the free-license pool: {@code Provisioning.Builder#licenseClaims}. */
  public LicenseClaims licenseClaims() {
    return licenseClaims;
  }

  /**
   * A new operation queue whose keys hold across nodes ({@link PostgresOperationQueue}); the caller closes it.
   *
   * @param threads how many operations this node runs at once, 1..1024; each holds a connection while it runs
   * @return the queue
   */
  public OperationQueue operationQueue(int threads) {
    return new PostgresOperationQueue(dataSource, OperationQueue.embedded(threads));
  }

  /**
   * A new operation queue with the host's thread factory (names, daemon flag, context); the caller closes it.
   *
   * @param threads how many operations this node runs at once, 1..1024
   * @param threadFactory makes the queue's threads
   * @return the queue
   */
  public OperationQueue operationQueue(int threads, ThreadFactory threadFactory) {
    return new PostgresOperationQueue(dataSource, OperationQueue.embedded(threads, threadFactory));
  }
}

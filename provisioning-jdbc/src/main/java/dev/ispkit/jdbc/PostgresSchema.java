package dev.ispkit.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * The tables of the PostgreSQL stores: versioned SQL scripts shipped in this jar under {@value #LOCATION}
 * ({@code V1__journal_leases_claims.sql}, ...), and the small migrator that applies them.
 *
 * <p>{@link #migrate} applies, in version order, every script the database has not had yet, each once, each in a
 * transaction of its own together with its row in {@code ispkit_schema_version} (version, script, CRC32 of the
 * script), under a transaction-scoped advisory lock: nodes starting together wait for each other, and the ones that
 * come second find the work done. A script already applied whose text has changed since is refused (scripts are
 * never edited once released; a change is a new script). A database newer than this jar is accepted: scripts only
 * add, so older nodes keep working during a rolling upgrade.
 *
 * <p>A host that runs its own migration tool applies the same scripts with it instead (Flyway with
 * {@code locations=classpath:db/ispkit} and a history table of their own, for instance; the module's README shows
 * how) and builds the stores with {@link PostgresStores#createWithoutMigration}.
 *
 * <pre>{@code
 * List<Integer> applied = PostgresSchema.migrate(dataSource);   // [1] the first time, [] after
 * }</pre>
 */
public final class PostgresSchema {
  /** Where the scripts are on the class path. */
  public static final String LOCATION = "db/ispkit";

  /** The advisory lock key space of the migrator ({@code "isps"}); the queue's is another. */
  static final int LOCK_SPACE = 0x69737073;

  /** Every script, oldest first. */
  private static final List<Script> SCRIPTS = List.of(new Script(1, "V1__journal_leases_claims.sql"));

  /** The tables the stores use, checked by {@link #requireTables}. */
  private static final List<String> TABLES =
      List.of("ispkit_run", "ispkit_run_entry", "ispkit_server_claim", "ispkit_license_claim");

  private record Script(int version, String name) {
    String path() {
      return LOCATION + "/" + name;
    }
  }

  private PostgresSchema() {}

  /** The newest schema version this jar ships. */
  public static int latestVersion() {
    return SCRIPTS.get(SCRIPTS.size() - 1).version();
  }

  /**
   * The class path names of the scripts, oldest first, for a host that applies them by hand.
   *
   * @return for example {@code [db/ispkit/V1__journal_leases_claims.sql]}
   */
  public static List<String> scripts() {
    return SCRIPTS.stream().map(Script::path).toList();
  }

  /**
   * Applies the scripts the database has not had yet, in the schema the connections' {@code search_path} names
   * first.
   *
   * @param dataSource the host's data source; its user must be allowed to create tables
   * @return the versions applied by this call, oldest first; empty when the schema was up to date
   * @throws StoreFailure when the database cannot be reached, a script fails (its transaction is rolled back), or an
   *     applied script differs from the one shipped
   */
  public static List<Integer> migrate(DataSource dataSource) {
    List<Integer> applied = new ArrayList<>();
    while (true) {
      Optional<Integer> version = Sql.transaction(dataSource, "apply the ispkit schema",
          PostgresSchema::applyNext);
      if (version.isEmpty()) {
        return applied;
      }
      applied.add(version.get());
    }
  }

  /** Applies the oldest script not applied yet, under the lock; empty when every script is applied. */
  private static Optional<Integer> applyNext(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_xact_lock(" + LOCK_SPACE + ", 0)");
      statement.execute("""
          create table if not exists ispkit_schema_version (
            version    integer     primary key,
            script     text        not null,
            checksum   bigint      not null,
            applied_at timestamptz not null default now())""");
    }
    Map<Integer, Long> checksums = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select version, checksum from ispkit_schema_version")) {
      while (rows.next()) {
        checksums.put(rows.getInt(1), rows.getLong(2));
      }
    }
    for (Script script : SCRIPTS) {
      String text = text(script);
      Long applied = checksums.get(script.version());
      if (applied != null) {
        if (applied != checksum(text)) {
          throw new StoreFailure("schema version " + script.version() + " was applied from another text than "
              + script.path() + " of this jar (scripts are never changed once released)", null);
        }
        continue;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute(text);
      }
      try (PreparedStatement record = connection.prepareStatement(
          "insert into ispkit_schema_version (version, script, checksum) values (?, ?, ?)")) {
        record.setInt(1, script.version());
        record.setString(2, script.name());
        record.setLong(3, checksum(text));
        record.executeUpdate();
      }
      return Optional.of(script.version());
    }
    return Optional.empty();
  }

  /**
   * Checks that the stores' tables are there, for a host that applied the scripts with its own tool.
   *
   * @param dataSource the host's data source
   * @throws StoreFailure naming the missing tables
   */
  static void requireTables(DataSource dataSource) {
    List<String> missing = Sql.autoCommit(dataSource, "look for the ispkit tables", connection -> {
      List<String> absent = new ArrayList<>();
      try (PreparedStatement find = connection.prepareStatement(
          "select name from unnest(?::text[]) as name where to_regclass(name) is null")) {
        find.setArray(1, connection.createArrayOf("text", TABLES.toArray()));
        try (ResultSet rows = find.executeQuery()) {
          while (rows.next()) {
            absent.add(rows.getString(1));
          }
        }
      }
      return absent;
    });
    if (!missing.isEmpty()) {
      throw new StoreFailure("tables " + missing + " are missing: apply the scripts " + scripts()
          + " first, or build the stores with PostgresStores.create to have them applied", null);
    }
  }

  private static String text(Script script) {
    try (InputStream in = PostgresSchema.class.getClassLoader().getResourceAsStream(script.path())) {
      if (in == null) {
        throw new StoreFailure(script.path() + " is not on the class path (a repackaged jar?)", null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreFailure(script.path() + " could not be read: " + e.getMessage(), null);
    }
  }

  /** CRC32 of the script with line ends made {@code \n}, so a checkout with CRLF line ends counts as the same. */
  static long checksum(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}

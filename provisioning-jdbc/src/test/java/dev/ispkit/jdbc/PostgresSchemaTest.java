package dev.ispkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schema scripts are applied once, whoever starts first, and never from a changed text. */
final class PostgresSchemaTest {
  private TestDatabase database;

  @BeforeEach
  void open() {
    database = TestDatabase.open();
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void theScriptsAreAppliedOnceAndRecorded() throws SQLException {
    DataSource pool = database.node("schema", 2);

    assertThat(PostgresSchema.migrate(pool)).containsExactly(1);
    assertThat(PostgresSchema.migrate(pool)).isEmpty();

    assertThat(rows(pool, "select version || ' ' || script from ispkit_schema_version"))
        .containsExactly("1 V1__journal_leases_claims.sql");
    assertThat(PostgresSchema.latestVersion()).isEqualTo(1);
    assertThat(PostgresSchema.scripts()).containsExactly("db/ispkit/V1__journal_leases_claims.sql");
  }

  @Test
  void threeNodesStartingTogetherApplyEachScriptOnce() throws Exception {
    List<DataSource> nodes = List.of(database.node("start-a", 2), database.node("start-b", 2),
        database.node("start-c", 2));
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<Integer>>> applied = new ArrayList<>();
      for (DataSource node : nodes) {
        applied.add(threads.submit(() -> {
          go.await();
          return PostgresSchema.migrate(node);
        }));
      }
      go.countDown();
      List<Integer> all = new ArrayList<>();
      for (Future<List<Integer>> versions : applied) {
        all.addAll(versions.get());
      }
      assertThat(all).containsExactly(1);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void anAppliedScriptWhoseTextChangedIsRefused() throws SQLException {
    DataSource pool = database.node("schema-changed", 2);
    PostgresSchema.migrate(pool);
    execute(pool, "update ispkit_schema_version set checksum = checksum + 1 where version = 1");

    assertThatThrownBy(() -> PostgresSchema.migrate(pool)).isInstanceOf(StoreFailure.class)
        .hasMessageContaining("schema version 1 was applied from another text");
  }

  @Test
  void storesOverASchemaTheHostAppliesSayWhatIsMissingUntilItIsThere() throws Exception {
    DataSource pool = database.node("schema-by-host", 2);

    assertThatThrownBy(() -> PostgresStores.createWithoutMigration(pool)).isInstanceOf(StoreFailure.class)
        .hasMessageContaining("[ispkit_run, ispkit_run_entry, ispkit_server_claim, ispkit_license_claim] are missing");

    // The host's own tool applies the shipped script as it is; no ispkit_schema_version is written then.
    String script = new String(PostgresSchema.class.getClassLoader()
        .getResourceAsStream(PostgresSchema.scripts().get(0)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    execute(pool, script);

    assertThat(PostgresStores.createWithoutMigration(pool).serverClaims().claim("p", 1, "s1")).isTrue();
  }

  @Test
  void theChecksumIgnoresCarriageReturns() {
    assertThat(PostgresSchema.checksum("create table t (a int);\r\n")).isEqualTo(
        PostgresSchema.checksum("create table t (a int);\n"));
  }

  private static void execute(DataSource pool, String sql) throws SQLException {
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> rows(DataSource pool, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }
}

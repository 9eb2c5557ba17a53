package dev.ispkit.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL the tests run against, and a schema of their own in it (dropped at the end), so that test
 * classes never see each other's rows. Each {@link #node} is a pool of its own, as a separate billing node's would
 * be: separate connections, the node's name as the connections' {@code application_name}.
 *
 * <p>Where: {@code ISPKIT_PG_URL}, {@code ISPKIT_PG_USER}, {@code ISPKIT_PG_PASSWORD}; by default
 * {@code jdbc:postgresql://127.0.0.1:5432/ispkit} as {@code ispkit} / {@code ispkit}. No server there: the tests are
 * skipped with a message saying how to start one, except under {@code CI=true}, where they fail.
 */
final class TestDatabase implements AutoCloseable {
  static final String URL = setting("ISPKIT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/ispkit");
  static final String USER = setting("ISPKIT_PG_USER", "ispkit");
  static final String PASSWORD = setting("ISPKIT_PG_PASSWORD", "ispkit");

  /** Empty when the server answered, else why the tests cannot run; looked for once. */
  private static final Supplier<String> MISSING_SERVER = new Supplier<>() {
    private String found;

    @Override
    public synchronized String get() {
      if (found == null) {
        found = lookForServer();
      }
      return found;
    }
  };

  private final String schema;
  private final List<HikariDataSource> pools = new ArrayList<>();

  private TestDatabase(String schema) {
    this.schema = schema;
  }

  /** A new schema in the test database; skips (or, under CI, fails) the test when no server answers. */
  static TestDatabase open() {
    requireServer();
    String schema = "ispkit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("create schema " + schema);
    return new TestDatabase(schema);
  }

  /**
   * Skips the test (or, under {@code CI=true}, fails it) when no server answers. The server is looked for once per
   * test run; the message goes to the console once as well, since a skipped test's reason is otherwise only in the
   * reports.
   */
  private static void requireServer() {
    String missing = MISSING_SERVER.get();
    if (missing.isEmpty()) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI=true and " + missing);
    }
    Assumptions.abort(missing);
  }

  private static String lookForServer() {
    DriverManager.setLoginTimeout(5);
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
      if (connection.isValid(5)) {
        return "";
      }
      throw new SQLException("the connection opened but does not answer");
    } catch (SQLException e) {
      String message = "no PostgreSQL answers at " + URL + " as " + USER + " (" + e.getMessage() + "). Start one: "
          + "pg_ctlcluster 15 main start (Debian; `apt-get install -y postgresql` first if it is missing), then "
          + "su postgres -c \"psql -c \\\"create role ispkit login password 'ispkit'\\\" -c \\\"create database "
          + "ispkit owner ispkit\\\"\"; or run .ci/run, which does all that; or point ISPKIT_PG_URL, "
          + "ISPKIT_PG_USER and ISPKIT_PG_PASSWORD at a server.";
      System.err.println("provisioning-jdbc tests: " + message);
      return message;
    }
  }

  /** The schema's name, for statements that name it. */
  String schema() {
    return schema;
  }

  /**
   * A node's own pool of connections into the test schema.
   *
   * @param name the node's name, the connections' {@code application_name}
   * @param connections how many connections at most
   */
  HikariDataSource node(String name, int connections) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(URL);
    config.setUsername(USER);
    config.setPassword(PASSWORD);
    config.setSchema(schema);
    config.setPoolName(name);
    config.setMaximumPoolSize(connections);
    config.setMinimumIdle(0);
    config.addDataSourceProperty("ApplicationName", name);
    HikariDataSource pool = new HikariDataSource(config);
    synchronized (pools) {
      pools.add(pool);
    }
    return pool;
  }

  /** Runs one statement as the test user, outside the test schema. */
  static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    synchronized (pools) {
      pools.forEach(HikariDataSource::close);
    }
    execute("drop schema " + schema.toLowerCase(Locale.ROOT) + " cascade");
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

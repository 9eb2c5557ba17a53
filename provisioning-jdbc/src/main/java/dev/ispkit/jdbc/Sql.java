package dev.ispkit.jdbc;

import dev.ispkit.engine.port.Facts;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * How the stores borrow a connection from the host's {@link DataSource} and give it back as they found it, and how
 * engine values cross JDBC. Facts travel as two text arrays that PostgreSQL itself turns into {@code jsonb}
 * ({@code jsonb_object}) and back ({@code jsonb_each_text}): no JSON is written or parsed here, so no value needs
 * escaping by hand.
 */
final class Sql {
  /** SQLSTATE {@code unique_violation}. */
  static final String UNIQUE_VIOLATION = "23505";

  private Sql() {}

  /** Work on a borrowed connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs statements that each stand alone (one statement is atomic by itself), in autocommit mode whatever the pool
   * hands out; the connection goes back in the mode it came in.
   */
  static <T> T autoCommit(DataSource dataSource, String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        connection.setAutoCommit(true);
      }
      try {
        return work.run(connection);
      } finally {
        if (!autoCommit) {
          connection.setAutoCommit(false);
        }
      }
    } catch (SQLException e) {
      throw new StoreFailure(what, e);
    }
  }

  /** Runs statements in one transaction: committed when the work returns, rolled back when it throws. */
  static <T> T transaction(DataSource dataSource, String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException again) {
          e.addSuppressed(again);
        }
        throw e;
      } finally {
        if (autoCommit) {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new StoreFailure(what, e);
    }
  }

  /**
   * Runs one statement that changes rows, autocommitted.
   *
   * @return how many rows it changed
   */
  static int update(DataSource dataSource, String what, String sql, Object... parameters) {
    return autoCommit(dataSource, what, connection -> {
      try (PreparedStatement statement = prepare(connection, sql, parameters)) {
        return statement.executeUpdate();
      }
    });
  }

  /** Runs one statement that answers at most one text (a query, or a change {@code RETURNING} one), autocommitted. */
  static Optional<String> text(DataSource dataSource, String what, String sql, Object... parameters) {
    return autoCommit(dataSource, what, connection -> {
      try (PreparedStatement statement = prepare(connection, sql, parameters);
          ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    });
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  /** Binds facts as two parameters, names then values, for {@code jsonb_object(?::text[], ?::text[])}. */
  static void setFacts(Connection connection, PreparedStatement statement, int first, Facts facts)
      throws SQLException {
    Map<String, String> values = facts.asMap();
    statement.setArray(first, connection.createArrayOf("text", values.keySet().toArray()));
    statement.setArray(first + 1, connection.createArrayOf("text", values.values().toArray()));
  }

  /** Reads facts from two array columns of names and values ({@code array_agg} over {@code jsonb_each_text}). */
  static Facts facts(ResultSet row, String names, String values) throws SQLException {
    Array nameArray = row.getArray(names);
    Array valueArray = row.getArray(values);
    if (nameArray == null || valueArray == null) {
      return Facts.empty();
    }
    Object[] nameList = (Object[]) nameArray.getArray();
    Object[] valueList = (Object[]) valueArray.getArray();
    Map<String, String> read = new LinkedHashMap<>();
    for (int i = 0; i < nameList.length; i++) {
      read.put((String) nameList[i], (String) valueList[i]);
    }
    return Facts.of(read);
  }

  /** Binds a time cut to microseconds, PostgreSQL's precision, so that it reads back as it was bound. */
  static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }
}

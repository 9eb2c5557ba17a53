package dev.ispkit.jdbc;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.port.Journal;
import dev.ispkit.engine.port.JournalEntry;
import dev.ispkit.engine.port.JournalRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The engine's {@link Journal} in PostgreSQL, shared by every node of a host: runs in {@code ispkit_run}, their
 * entries in {@code ispkit_run_entry}, facts as {@code jsonb}. Get it from {@link PostgresStores#journal()}.
 *
 * <p>What it guarantees across nodes:
 * <ul>
 *   <li>{@link #begin} is atomic per service: a partial unique index on unfinished runs per service is the arbiter
 *       of {@code INSERT ... ON CONFLICT DO NOTHING}; the loser reads the winner's run back.</li>
 *   <li>{@link #append} is one statement that counts the entry on the run's row (taking its row lock) and inserts it
 *       at that position, only while the run is unfinished; it is durable when it returns (autocommit).</li>
 *   <li>{@link #lease} is one statement: the run's row is updated only when its lease is free, the caller's, or
 *       expired by the database's clock ({@code clock_timestamp()}), so the nodes' clocks need not agree. It returns
 *       the run read in the same statement.</li>
 *   <li>Reads are single statements, so a run and its entries come from one snapshot.</li>
 * </ul>
 *
 * <p>Times are cut to microseconds (PostgreSQL's precision); fact values may hold any text but the NUL character.
 * The input facts hold the order as the host gave it, root password included when the order has one: grant access
 * to these tables as to the billing's own.
 *
 * <pre>{@code
 * Journal journal = PostgresStores.create(dataSource).journal();
 * journal.unfinished().forEach(run -> System.out.println(run.serviceId() + " " + run.lifecycle()));
 * }</pre>
 */
public final class PostgresJournal implements Journal {
  private static final String RUNS = """
      select r.run_id, r.service_id, r.lifecycle, r.started_at, ri.names as input_names, ri.vals as input_values,
             e.position, e.step, e.kind, e.at, ef.names as entry_names, ef.vals as entry_values
      from ispkit_run r
      cross join lateral (select array_agg(key) as names, array_agg(value) as vals
                          from jsonb_each_text(r.input)) ri
      left join ispkit_run_entry e on e.run_id = r.run_id
      left join lateral (select array_agg(key) as names, array_agg(value) as vals
                         from jsonb_each_text(e.facts)) ef on true
      """;

  private final DataSource dataSource;

  PostgresJournal(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public JournalRun begin(JournalRun run) {
    InvalidSettingException.requirePresent("run", run);
    if (!run.entries().isEmpty()) {
      throw new InvalidSettingException("run", run.runId(), "must begin without entries");
    }
    return Sql.autoCommit(dataSource, "begin run " + run.runId(), connection -> {
      // The other unfinished run may finish between the conflict and the read: then this run may start after all.
      while (true) {
        if (insert(connection, run)) {
          return run;
        }
        Optional<JournalRun> existing = first(read(connection,
            "where r.service_id = ? and not r.finished order by e.position", run.serviceId()));
        if (existing.isPresent()) {
          return existing.get();
        }
      }
    });
  }

  private static boolean insert(Connection connection, JournalRun run) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("""
        insert into ispkit_run (run_id, service_id, lifecycle, input, started_at)
        values (?, ?, ?, jsonb_object(?::text[], ?::text[]), ?)
        on conflict (service_id) where not finished do nothing""")) {
      insert.setString(1, run.runId());
      insert.setString(2, run.serviceId());
      insert.setString(3, run.lifecycle());
      Sql.setFacts(connection, insert, 4, run.input());
      Sql.setInstant(insert, 6, run.startedAt());
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new InvalidSettingException("run id", run.runId(), "is taken");
      }
      throw e;
    }
  }

  @Override
  public void append(String runId, JournalEntry entry) {
    InvalidSettingException.requireText("run id", runId);
    InvalidSettingException.requirePresent("entry", entry);
    Sql.autoCommit(dataSource, "append to run " + runId, connection -> {
      try (PreparedStatement append = connection.prepareStatement("""
          with counted as (
            update ispkit_run set entry_count = entry_count + 1, finished = ?
            where run_id = ? and not finished
            returning entry_count)
          insert into ispkit_run_entry (run_id, position, step, kind, facts, at)
          select ?, entry_count, ?, ?, jsonb_object(?::text[], ?::text[]), ? from counted""")) {
        append.setBoolean(1, entry.kind() == JournalEntry.Kind.FINISHED);
        append.setString(2, runId);
        append.setString(3, runId);
        append.setString(4, entry.step());
        append.setString(5, entry.kind().name());
        Sql.setFacts(connection, append, 6, entry.facts());
        Sql.setInstant(append, 8, entry.at());
        if (append.executeUpdate() == 1) {
          return null;
        }
      }
      try (PreparedStatement finished = connection.prepareStatement(
          "select finished from ispkit_run where run_id = ?")) {
        finished.setString(1, runId);
        try (ResultSet row = finished.executeQuery()) {
          if (!row.next()) {
            throw new InvalidSettingException("run id", runId, "is not in the journal");
          }
        }
      }
      throw new InvalidSettingException("run id", runId, "has finished; nothing more is written to it");
    });
  }

  @Override
  public Optional<JournalRun> run(String runId) {
    return Sql.autoCommit(dataSource, "read run " + runId,
        connection -> first(read(connection, "where r.run_id = ? order by e.position", runId)));
  }

  @Override
  public List<JournalRun> runs(String serviceId) {
    return Sql.autoCommit(dataSource, "read the runs of service " + serviceId,
        connection -> read(connection, "where r.service_id = ? order by r.seq, e.position", serviceId));
  }

  @Override
  public List<JournalRun> unfinished() {
    return Sql.autoCommit(dataSource, "read the unfinished runs",
        connection -> read(connection, "where not r.finished order by r.started_at, r.seq, e.position", null));
  }

  @Override
  public Optional<JournalRun> lease(String runId, String owner, Duration duration) {
    InvalidSettingException.requireText("run id", runId);
    InvalidSettingException.requireText("lease owner", owner);
    InvalidSettingException.requirePresent("lease duration", duration);
    if (duration.isNegative() || duration.isZero()) {
      throw new InvalidSettingException("lease duration", duration, "must be longer than zero");
    }
    return Sql.autoCommit(dataSource, "lease run " + runId, connection -> {
      // The select reads the statement's snapshot: the run as it was before the update, which changes no column
      // read here. No row means the lease is another node's, or the run has finished or is not there.
      String leased = """
          with leased as (
            update ispkit_run
            set lease_owner = ?, lease_until = clock_timestamp() + make_interval(secs => ?)
            where run_id = ? and not finished
              and (lease_owner is null or lease_owner = ? or lease_until <= clock_timestamp())
            returning run_id)
          """ + RUNS + " where r.run_id in (select run_id from leased) order by e.position";
      try (PreparedStatement statement = connection.prepareStatement(leased)) {
        statement.setString(1, owner);
        statement.setDouble(2, duration.toNanos() / 1e9);
        statement.setString(3, runId);
        statement.setString(4, owner);
        try (ResultSet rows = statement.executeQuery()) {
          return first(runs(rows));
        }
      }
    });
  }

  @Override
  public void release(String runId, String owner) {
    Sql.update(dataSource, "release the lease of run " + runId,
        "update ispkit_run set lease_owner = null, lease_until = null where run_id = ? and lease_owner = ?",
        runId, owner);
  }

  private static List<JournalRun> read(Connection connection, String where, String parameter) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(RUNS + where)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return runs(rows);
      }
    }
  }

  /** Rows of runs and their entries, one row per entry (one with null entry columns for a run without entries). */
  private static List<JournalRun> runs(ResultSet rows) throws SQLException {
    List<JournalRun> runs = new ArrayList<>();
    JournalRun current = null;
    List<JournalEntry> entries = new ArrayList<>();
    while (rows.next()) {
      String runId = rows.getString("run_id");
      if (current == null || !current.runId().equals(runId)) {
        if (current != null) {
          runs.add(withEntries(current, entries));
          entries.clear();
        }
        current = JournalRun.start(runId, rows.getString("service_id"), rows.getString("lifecycle"),
            Sql.facts(rows, "input_names", "input_values"), Sql.instant(rows, "started_at"));
      }
      String step = rows.getString("step");
      if (step != null) {
        entries.add(new JournalEntry(step, JournalEntry.Kind.valueOf(rows.getString("kind")),
            Sql.facts(rows, "entry_names", "entry_values"), Sql.instant(rows, "at")));
      }
    }
    if (current != null) {
      runs.add(withEntries(current, entries));
    }
    return runs;
  }

  private static JournalRun withEntries(JournalRun run, List<JournalEntry> entries) {
    return new JournalRun(run.runId(), run.serviceId(), run.lifecycle(), run.input(), run.startedAt(), entries);
  }

  private static Optional<JournalRun> first(List<JournalRun> runs) {
    return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
  }
}

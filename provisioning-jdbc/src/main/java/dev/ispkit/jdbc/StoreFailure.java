package dev.ispkit.jdbc;

import java.sql.SQLException;

/**
 * A PostgreSQL store could not do what the engine asked: the database is out of reach, refused a statement, or holds
 * a schema these classes do not expect. Unchecked, like the engine's own failures; the {@link SQLException} is the
 * cause, and {@link #sqlState()} its SQLSTATE (for example {@code 08001} when no connection could be made).
 *
 * <p>The engine treats it as any failure of a port: the step it happened in fails and stays resumable.
 *
 * <pre>{@code
 * try {
 *   stores.journal().unfinished();
 * } catch (StoreFailure failure) {
 *   alerts.raise("ispkit journal unreachable: " + failure.getMessage());
 * }
 * }</pre>
 */
public final class StoreFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String sqlState;

  /**
   * A failure of one store call.
   *
   * @param what what the store was doing, for example {@code append to run 7f3c}
   * @param cause the driver's exception, or {@code null} when the failure is the store's own finding
   */
  public StoreFailure(String what, SQLException cause) {
    super("PostgreSQL: " + what + (cause == null ? "" : " failed: "
        + (cause.getSQLState() == null ? "" : "[" + cause.getSQLState() + "] ") + cause.getMessage()), cause);
    this.sqlState = cause == null ? "" : (cause.getSQLState() == null ? "" : cause.getSQLState());
  }

  /** The SQLSTATE of the driver's exception; empty when there was none. */
  public String sqlState() {
    return sqlState;
  }
}

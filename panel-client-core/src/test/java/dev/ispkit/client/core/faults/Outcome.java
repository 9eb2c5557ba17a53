package dev.ispkit.client.core.faults;

import java.util.Objects;

/**
 * What one cell of a fault matrix expects: the call's result (success, or the exception class the caller gets),
 * how many requests of the call the panel received (logins not counted), and how many new logins it took.
 *
 * <pre>{@code
 * Outcome.ok(3)                                         // "ok, 3 requests"
 * Outcome.fails(PanelServerException.class, 1)          // "PanelServerException, 1 request"
 * Outcome.ok(2).afterReLogin()                          // "ok, 2 requests, 1 re-login"
 * }</pre>
 *
 * @param failure the exception class the caller gets, exactly; null when the call succeeds
 * @param requests the requests of the call the panel received
 * @param reLogins the logins after the first
 */
public record Outcome(Class<? extends RuntimeException> failure, int requests, int reLogins) {
  /** Checks the counts. */
  public Outcome {
    if (requests < 1 || reLogins < 0) {
      throw new IllegalArgumentException("requests must be at least 1 and reLogins not negative: " + requests
          + ", " + reLogins);
    }
  }

  /**
   * The call succeeds.
   *
   * @param requests the requests the panel received
   * @return the outcome
   */
  public static Outcome ok(int requests) {
    return new Outcome(null, requests, 0);
  }

  /**
   * The call fails with exactly this exception class.
   *
   * @param failure the exception class
   * @param requests the requests the panel received
   * @return the outcome
   */
  public static Outcome fails(Class<? extends RuntimeException> failure, int requests) {
    return new Outcome(Objects.requireNonNull(failure, "failure"), requests, 0);
  }

  /** The same outcome after one more login than the first. */
  public Outcome afterReLogin() {
    return new Outcome(failure, requests, reLogins + 1);
  }

  /** The cell as the document shows it: {@code ok, 3 requests} or {@code PanelServerException, 1 request}. */
  public String text() {
    return (failure == null ? "ok" : failure.getSimpleName()) + ", " + requests + (requests == 1 ? " request"
        : " requests") + (reLogins == 0 ? "" : ", " + reLogins + (reLogins == 1 ? " re-login" : " re-logins"));
  }

  @Override
  public String toString() {
    return text();
  }
}

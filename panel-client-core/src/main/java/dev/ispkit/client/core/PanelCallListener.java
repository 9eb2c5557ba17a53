package dev.ispkit.client.core;

import java.time.Duration;
import java.util.Locale;

/**
 * What a host hears of a client's traffic with its panel: each call with its retries and how it ended, each login,
 * and each wait for a long operation. Set it in {@link ClientConfig.Builder#callListener(PanelCallListener)}; {@code
 * ispkit-micrometer} implements it with Micrometer, a host may implement it for anything else. Every method has an
 * empty default; an exception thrown here is ignored and never fails a call.
 *
 * <p>Each start returns the object that hears the rest of that one call, login or wait (the way OkHttp's {@code
 * EventListener.Factory} gives a listener per call), so an implementation pairs a start with its end without a map or
 * a thread-local. Calls are synchronous: a call's start, retries and end come on the caller's thread, and a login a
 * call needs, or a read a wait makes, starts and ends between them.
 *
 * <p>Names are from closed sets, never from request data: {@code panel} is the client's panel ({@code DCImanager 6},
 * {@code VMmanager 6}, {@code BILLmanager}); {@code call} is the Java method of the client's API interface ({@code
 * Dci6Api#server(long)}, {@code AuthV4Api#login(LoginRequest)}) or, for the BILLmanager func API, the function
 * ({@code soft.edit}); no id, URL, query or secret is ever in them.
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.builder()
 *     .baseUrl("https://dci.example.com").credentials(credentials)
 *     .callListener(new PanelCallListener() {
 *       public Call callStart(String panel, String call) {
 *         long started = System.nanoTime();
 *         return new Call() {
 *           public void end(PanelOutcome outcome) {
 *             stats.record(panel, call, outcome, System.nanoTime() - started);
 *           }
 *         };
 *       }
 *     })
 *     .build();
 * }</pre>
 */
public interface PanelCallListener {

  /** Hears nothing: the default. */
  PanelCallListener NONE = new PanelCallListener() { };

  /**
   * A call to the panel starts (before its first attempt).
   *
   * @param panel the panel's name
   * @param call the call's name
   * @return what hears this call's retries and end; {@link Call#NONE} for nothing
   */
  default Call callStart(String panel, String call) {
    return Call.NONE;
  }

  /**
   * A login starts: the one login all threads of a client wait for (single flight).
   *
   * @param panel the panel's name
   * @param cause why: no session yet, the session's time ran out, or the panel refused it (a re-login)
   * @return what hears its end
   */
  default Activity loginStart(String panel, LoginCause cause) {
    return Activity.NONE;
  }

  /**
   * A wait for a long operation starts: a DCImanager operation ({@code operation}), a VMmanager task ({@code task}),
   * a license's activation key ({@code license-key}).
   *
   * @param panel the panel's name
   * @param kind what is waited for, one of the words above
   * @return what hears its end
   */
  default Activity waitStart(String panel, String kind) {
    return Activity.NONE;
  }

  /** Why a client logs in. */
  enum LoginCause {
    /** The client has no session: its first login, or the one after a failed login. */
    FIRST,
    /** The session storage period (or the panel's idle limit) passed. */
    EXPIRED,
    /** The panel refused the session: a re-login, after which the refused call is repeated once. */
    REFUSED;

    /** The cause as a metric tag: {@code first}, {@code expired}, {@code refused}. */
    public String tagValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Hears the end of one login or wait. */
  @FunctionalInterface
  interface Activity {
    /** Hears nothing. */
    Activity NONE = outcome -> { };

    /**
     * It ended.
     *
     * @param outcome {@link PanelOutcome#OK}, or the kind of exception the caller got
     */
    void end(PanelOutcome outcome);
  }

  /** Hears the retries and the end of one call. */
  interface Call extends Activity {
    /** Hears nothing. */
    Call NONE = outcome -> { };

    /**
     * The call is made again, after a pause, because of a failure the retry policy repeats.
     *
     * @param cause the failure of the attempt before: {@link PanelOutcome#UNAVAILABLE} for a 503,
     *     {@link PanelOutcome#AUTHENTICATION} for a refused session (repeated after a re-login, without a pause)
     * @param pause the pause taken before this attempt
     */
    default void retry(PanelOutcome cause, Duration pause) {
    }
  }
}

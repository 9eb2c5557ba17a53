package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.PanelException;
import feign.Request;
import feign.RetryableException;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a decoder hands a failure to the retry policy: what went wrong, and how to make the exception the caller gets
 * if the call is not (or no longer) repeated.
 *
 * <p>Every failure of a Feign target of ispkit travels as a {@code RetrySignal}, so the retry policy is the one place
 * that decides, and the caller always receives a {@link PanelException}, never a Feign type.
 */
public final class RetrySignal extends RetryableException {
  private static final long serialVersionUID = 1L;

  /** Why the call failed, which decides whether it may be repeated. */
  public enum Reason {
    /**
     * The panel did not process the call (503 "service suspended", 429, a connection that was never made): repeat
     * it for every method.
     */
    NOT_PROCESSED,
    /** The panel refused the session: log in again, then repeat the call once. */
    AUTH_REJECTED,
    /**
     * The call may or may not have been processed (other 5xx, read timeout, reset, an answer that broke off after
     * its headers): repeat only if idempotent.
     */
    TRANSIENT,
    /**
     * The panel answered with a success status, but the answer cannot be read (not JSON, cut, {@code null}): the
     * call was processed, so it is not repeated; for a call that is not idempotent the caller is told that the panel
     * may have acted ({@link dev.ispkit.client.core.PanelOutcomeUnknownException}).
     */
    UNREADABLE,
    /** Repeating cannot help. */
    FATAL
  }

  private final Reason reason;
  private final transient Function<String, PanelException> failure;

  /**
   * Creates the signal.
   *
   * @param reason why the call failed
   * @param failure makes the caller's exception from a suffix for its message (for example " after 12 attempts over
   *     59 s"), so the retry policy can say how hard it tried
   * @param request the failed request
   */
  public RetrySignal(Reason reason, Function<String, PanelException> failure, Request request) {
    this(reason, failure, failure.apply(""), request);
  }

  private RetrySignal(Reason reason, Function<String, PanelException> failure, PanelException now, Request request) {
    super(now.httpStatus().orElse(-1), now.getMessage(), request.httpMethod(), now, (Long) null, request);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.failure = failure;
  }

  /**
   * A signal for a failure that no retry can mend.
   *
   * @param failure the caller's exception
   * @param request the failed request
   * @return the signal
   */
  public static RetrySignal fatal(PanelException failure, Request request) {
    return new RetrySignal(Reason.FATAL, suffix -> failure, failure, request);
  }

  /**
   * A signal for a success answer that cannot be read.
   *
   * @param failure the caller's exception, for a call that may be repeated
   * @param request the failed request
   * @return the signal
   */
  public static RetrySignal unreadable(PanelException failure, Request request) {
    return new RetrySignal(Reason.UNREADABLE, suffix -> failure, failure, request);
  }

  /** Why the call failed. */
  public Reason reason() {
    return reason;
  }

  /** The exception for the caller, as it stands now. */
  public PanelException failure() {
    return (PanelException) getCause();
  }

  /**
   * The signal to throw when giving up after repeating: its exception says how hard the policy tried.
   *
   * @param suffix appended to the exception's message
   * @return a fatal signal carrying the final exception
   */
  RetrySignal givingUp(String suffix) {
    return fatal(failure.apply(suffix), request());
  }
}

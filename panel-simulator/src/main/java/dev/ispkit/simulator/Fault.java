package dev.ispkit.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A fault to inject: what goes wrong, on which calls, and how many times. Immutable; each method returns a copy.
 * By default a fault hits the next matching call once, on every panel.
 *
 * <pre>{@code
 * sim.inject(Fault.serviceUnavailable().on(Panel.DCIMANAGER).times(3));        // the panel is waking up
 * sim.inject(Fault.connectionReset().method("POST").path("/vm/v3/host"));    // create VM: no answer
 * sim.inject(Fault.delay(Duration.ofSeconds(2)).always());                    // everything is slow
 * sim.inject(Fault.internalError().on(Panel.BILLMANAGER).func("soft.order.param"));
 * }</pre>
 */
public final class Fault {
  /** What goes wrong. */
  public enum Kind {
    /** HTTP 503 with {@code {"error":{"code":503,"msg":"Unavailable"}}}: the service is waking up; not processed. */
    SERVICE_UNAVAILABLE,
    /** HTTP 500 with the panel's error body; not processed. */
    INTERNAL_ERROR,
    /** The call waits {@link #delay()} before it is processed normally. */
    DELAY,
    /** The socket is closed without any response; the call is not processed. */
    CONNECTION_RESET,
    /** The call is processed, then the socket is closed without a response: the effect happened, the answer is lost. */
    CONNECTION_RESET_AFTER_PROCESSING,
    /** The call is processed, and the answer is cut in the middle of its JSON, with status 200. */
    MALFORMED_JSON,
    /** An nginx-style HTML error page with HTTP 502, as a proxy in front of a panel sends; not processed. */
    HTML_ERROR_PAGE,
    /** Every auth v4 token and BILLmanager session expires now; the call is then processed (and so gets 401). */
    TOKEN_EXPIRY
  }

  private final Kind kind;
  private final Duration delay;
  private final Panel panel;
  private final String method;
  private final Pattern path;
  private final String func;
  private final int times;

  private Fault(Kind kind, Duration delay, Panel panel, String method, Pattern path, String func, int times) {
    this.kind = kind;
    this.delay = delay;
    this.panel = panel;
    this.method = method;
    this.path = path;
    this.func = func;
    this.times = times;
  }

  private static Fault of(Kind kind) {
    return new Fault(kind, Duration.ZERO, null, null, null, null, 1);
  }

  /** HTTP 503, as a suspended panel service answers until it wakes up. */
  public static Fault serviceUnavailable() {
    return of(Kind.SERVICE_UNAVAILABLE);
  }

  /** HTTP 500 with an error body. */
  public static Fault internalError() {
    return of(Kind.INTERNAL_ERROR);
  }

  /** A slow answer: the call waits, then is processed. */
  public static Fault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    return new Fault(Kind.DELAY, delay, null, null, null, null, 1);
  }

  /** The connection is dropped before the call is processed. */
  public static Fault connectionReset() {
    return of(Kind.CONNECTION_RESET);
  }

  /** The call is processed, then the connection is dropped: a client cannot tell whether it happened. */
  public static Fault connectionResetAfterProcessing() {
    return of(Kind.CONNECTION_RESET_AFTER_PROCESSING);
  }

  /** The call is processed and its JSON answer is truncated. */
  public static Fault malformedJson() {
    return of(Kind.MALFORMED_JSON);
  }

  /** An HTML error page (HTTP 502) instead of JSON. */
  public static Fault htmlErrorPage() {
    return of(Kind.HTML_ERROR_PAGE);
  }

  /** All tokens and sessions expire at the matching call. */
  public static Fault tokenExpiry() {
    return of(Kind.TOKEN_EXPIRY);
  }

  /** Only calls to this panel. */
  public Fault on(Panel panel) {
    return new Fault(kind, delay, Objects.requireNonNull(panel, "panel"), method, path, func, times);
  }

  /** Only calls with this HTTP method. */
  public Fault method(String method) {
    return new Fault(kind, delay, panel, method.toUpperCase(java.util.Locale.ROOT), path, func, times);
  }

  /**
   * Only calls whose canonical path (no {@code /api} prefix, e.g. {@code /dci/v3/server/12/install}) matches this
   * regular expression in full.
   */
  public Fault path(String regex) {
    return new Fault(kind, delay, panel, method, Pattern.compile(regex), func, times);
  }

  /** Only BILLmanager calls with this {@code func}. */
  public Fault func(String func) {
    return new Fault(kind, delay, Panel.BILLMANAGER, method, path, Objects.requireNonNull(func, "func"), times);
  }

  /** Hits the next {@code count} matching calls, then is spent. */
  public Fault times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    return new Fault(kind, delay, panel, method, path, func, count);
  }

  /** Hits every matching call until {@link PanelSimulator#clearFaults()}. */
  public Fault always() {
    return new Fault(kind, delay, panel, method, path, func, Integer.MAX_VALUE);
  }

  /** What goes wrong. */
  public Kind kind() {
    return kind;
  }

  /** The wait of a {@link Kind#DELAY}; zero for the other kinds. */
  public Duration delay() {
    return delay;
  }

  /** How many calls it hits; {@link Integer#MAX_VALUE} for {@link #always()}. */
  public int times() {
    return times;
  }

  boolean matches(Request request) {
    if (panel != null && panel != request.panel) {
      return false;
    }
    if (method != null && !method.equals(request.method)) {
      return false;
    }
    if (path != null && !path.matcher(request.path).matches()) {
      return false;
    }
    return func == null || func.equals(request.param("func"));
  }

  @Override
  public String toString() {
    return "Fault[" + kind + (kind == Kind.DELAY ? " " + delay : "") + (panel != null ? " on " + panel : "")
        + (method != null ? " " + method : "") + (path != null ? " path " + path : "")
        + (func != null ? " func " + func : "") + (times == Integer.MAX_VALUE ? " always" : " x" + times) + "]";
  }
}

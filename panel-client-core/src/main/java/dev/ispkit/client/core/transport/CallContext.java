package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.PanelCallListener;
import dev.ispkit.client.core.PanelException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * What the code running on behalf of one call (the retry policy, the decoders, the logger, the HTTP exchange) needs
 * to know about it and cannot be handed through Feign's seams: its deadline, the secrets of its transport, whether an
 * attempt is a repeat after a failure that may have come after the panel acted, and what a repeated DELETE may take
 * as "gone" (and where it says it found the object so).
 *
 * <p>Held per thread while a call runs (Feign's calls are synchronous, and a login made for a call runs inside it on
 * the same thread). Contexts nest: a login inside a call, the reads inside a wait. A nested context never ends later
 * than the one around it.
 */
final class CallContext {
  private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

  /** What a piece of code run in a context does; may throw anything, as a Feign method handler does. */
  @FunctionalInterface
  interface Action<T> {
    T run() throws Throwable;
  }

  private final Clock clock;
  private final Instant deadline;
  private final String deadlineName;
  private final KnownSecrets secrets;
  private final RepeatedDelete.Watch deleteWatch;
  private volatile boolean repeatAfterUnclearFailure;
  private PanelCallListener.Call heardBy = PanelCallListener.Call.NONE;

  private CallContext(Clock clock, Instant deadline, String deadlineName, KnownSecrets secrets,
      RepeatedDelete.Watch deleteWatch) {
    this.clock = clock;
    this.deadline = deadline;
    this.deadlineName = deadlineName;
    this.secrets = secrets;
    this.deleteWatch = deleteWatch;
  }

  /** The context of the call running on this thread, or null outside any call. */
  static CallContext current() {
    return CURRENT.get();
  }

  /**
   * The context of one Feign call: its own deadline from now, or the enclosing context's if that ends first.
   *
   * @param clock the clock of the transport's configuration
   * @param budget the call's deadline, from {@link dev.ispkit.client.core.RetryPolicy#deadline()}
   * @param secrets the transport's secrets
   */
  static CallContext forCall(Clock clock, Duration budget, KnownSecrets secrets) {
    CallContext outer = current();
    Instant own = clock.instant().plus(budget);
    String ownName = "the call's deadline of " + budget;
    if (outer != null && outer.deadline != null && !outer.deadline.isAfter(own)) {
      return new CallContext(clock, outer.deadline, outer.deadlineName, secrets, outer.deleteWatch);
    }
    return new CallContext(clock, own, ownName, secrets, outer == null ? null : outer.deleteWatch);
  }

  /**
   * The context of a wait: every read made within it ends by the wait's timeout.
   *
   * @param clock the wait's clock
   * @param deadline when the wait times out
   * @param name the deadline in messages, for example "the wait's timeout of PT5M"
   */
  static CallContext forWait(Clock clock, Instant deadline, String name) {
    CallContext outer = current();
    KnownSecrets secrets = outer == null ? null : outer.secrets;
    RepeatedDelete.Watch watch = outer == null ? null : outer.deleteWatch;
    if (outer != null && outer.deadline != null && outer.deadline.isBefore(deadline)) {
      return new CallContext(clock, outer.deadline, outer.deadlineName, secrets, watch);
    }
    return new CallContext(clock, deadline, name, secrets, watch);
  }

  /**
   * A context in which a repeated DELETE also takes a failure the watch's rule accepts as "gone", and tells the
   * watch when a repeat found the object gone.
   *
   * @param watch the panel's way of saying the object is going (for example VMmanager's "is being deleted"), and
   *     where the finding is kept
   */
  static CallContext watchingDelete(RepeatedDelete.Watch watch) {
    CallContext outer = current();
    if (outer == null) {
      return new CallContext(Clock.systemUTC(), null, null, null, watch);
    }
    return new CallContext(outer.clock, outer.deadline, outer.deadlineName, outer.secrets, watch);
  }

  /** Runs the action with this context as the current one, and puts the previous one back after. */
  <T> T run(Action<T> action) throws Throwable {
    CallContext previous = enter();
    try {
      return action.run();
    } finally {
      leave(previous);
    }
  }

  /** {@link #run(Action)} for an action that throws nothing checked. */
  <T> T get(Supplier<T> action) {
    CallContext previous = enter();
    try {
      return action.get();
    } finally {
      leave(previous);
    }
  }

  private CallContext enter() {
    CallContext previous = CURRENT.get();
    CURRENT.set(this);
    return previous;
  }

  private static void leave(CallContext previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  /** The time left before the deadline (zero or negative once it passed), or null when there is no deadline. */
  Duration remaining() {
    return deadline == null ? null : Duration.between(clock.instant(), deadline);
  }

  /** Whether a pause of this length would end at or after the deadline. */
  boolean pauseReachesDeadline(Duration pause) {
    return deadline != null && !clock.instant().plus(pause).isBefore(deadline);
  }

  /** Whether the deadline has passed. */
  boolean deadlinePassed() {
    return deadline != null && !clock.instant().isBefore(deadline);
  }

  /** The deadline as messages name it, for example "the call's deadline of PT2M". */
  String deadlineName() {
    return deadlineName;
  }

  /** The secrets of the transport making the call, or null outside a call. */
  KnownSecrets secrets() {
    return secrets;
  }

  /** The watch of the delete call this context runs in, or null outside one. */
  RepeatedDelete.Watch deleteWatch() {
    return deleteWatch;
  }

  /**
   * Sets what hears this call's retries (the host's {@link PanelCallListener}); set once, before the call runs.
   *
   * @param call the listener of this call
   */
  void heardBy(PanelCallListener.Call call) {
    heardBy = call;
  }

  /** What hears this call's retries; {@link PanelCallListener.Call#NONE} unless set. */
  PanelCallListener.Call heardBy() {
    return heardBy;
  }

  /** Marks that the next attempts repeat a request the panel may already have carried out. */
  void repeatingAfterUnclearFailure() {
    repeatAfterUnclearFailure = true;
  }

  /** Whether this attempt repeats a request the panel may already have carried out. */
  boolean isRepeatAfterUnclearFailure() {
    return repeatAfterUnclearFailure;
  }
}

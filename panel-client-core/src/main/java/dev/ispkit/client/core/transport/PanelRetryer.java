package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelOutcome;
import dev.ispkit.client.core.RetryPolicy;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.net.ssl.SSLException;

/**
 * The one retry layer of ispkit's clients (OkHttp's own is off, Feign's default is replaced): decides per failure
 * whether to repeat a call, and pauses with bounded exponential backoff and jitter as the {@link RetryPolicy} says.
 *
 * <p>Feign makes one instance per call through {@link #clone()}, so the counters are per call.
 */
final class PanelRetryer implements Retryer {
  private final String panelName;
  private final RetryPolicy policy;
  private final IdempotencyClassifier idempotency;
  private final Function<Request, PanelCall> callDescriber;

  private int attempt = 1;
  private Duration slept = Duration.ZERO;
  private boolean loggedInAgain;

  PanelRetryer(String panelName, RetryPolicy policy, IdempotencyClassifier idempotency,
      Function<Request, PanelCall> callDescriber) {
    this.panelName = panelName;
    this.policy = policy;
    this.idempotency = idempotency;
    this.callDescriber = callDescriber;
  }

  @Override
  public void continueOrPropagate(RetryableException failure) {
    RetrySignal signal = failure instanceof RetrySignal ? (RetrySignal) failure : fromTransport(failure);
    switch (signal.reason()) {
      case AUTH_REJECTED:
        if (loggedInAgain) {
          throw signal.givingUp(" (refused again right after a fresh login)");
        }
        loggedInAgain = true;
        heard(PanelOutcome.AUTHENTICATION, Duration.ZERO);
        return;
      case NOT_PROCESSED:
        pauseOrGiveUp(signal);
        return;
      case TRANSIENT:
        if (!idempotency.isIdempotent(signal.request())) {
          throw signal.givingUp(attempt > 1 ? attemptsText() : "");
        }
        pauseOrGiveUp(signal);
        CallContext context = CallContext.current();
        if (context != null) {
          context.repeatingAfterUnclearFailure();
        }
        return;
      case UNREADABLE:
        if (!idempotency.isIdempotent(signal.request())) {
          throw RetrySignal.fatal(mayHaveActed(signal.failure()), signal.request());
        }
        throw signal.givingUp("");
      default:
        throw signal.givingUp("");
    }
  }

  private void pauseOrGiveUp(RetrySignal signal) {
    if (attempt >= policy.maxAttempts()) {
      throw signal.givingUp(attempt > 1 ? attemptsText() : "");
    }
    Duration pause = nextPause();
    if (slept.plus(pause).compareTo(policy.maxElapsed()) > 0) {
      throw signal.givingUp(attemptsText());
    }
    CallContext context = CallContext.current();
    if (context != null && context.pauseReachesDeadline(pause)) {
      String text = attemptsText();
      throw signal.givingUp(text.substring(0, text.length() - 1) + ": one more would pass "
          + context.deadlineName() + ")");
    }
    try {
      policy.sleeper().sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw signal.givingUp(" (interrupted while waiting to retry)");
    }
    slept = slept.plus(pause);
    attempt++;
    heard(PanelOutcomes.of(signal.failure()), pause);
  }

  /** Tells the call's listener that another attempt follows. */
  private static void heard(PanelOutcome cause, Duration pause) {
    CallContext context = CallContext.current();
    if (context != null) {
      context.heardBy().retry(cause, pause);
    }
  }

  /** A success answer that cannot be read, to a call that is not repeated: the panel may have done it. */
  private static PanelException mayHaveActed(PanelException unreadable) {
    return PanelErrors.outcomeUnknown(unreadable.getMessage(), PanelErrors.GENERIC_LOOK_FOR,
        PanelErrorDetails.of(unreadable), unreadable);
  }

  private Duration nextPause() {
    double base = policy.initialBackoff().toNanos() * Math.pow(policy.multiplier(), attempt - 1.0);
    double capped = Math.min(base, policy.maxBackoff().toNanos());
    double spread = policy.jitter() == 0.0
        ? 1.0
        : 1.0 + ThreadLocalRandom.current().nextDouble(-policy.jitter(), policy.jitter());
    return Duration.ofNanos(Math.max(1L, (long) (capped * spread)));
  }

  private String attemptsText() {
    return " (gave up after " + attempt + " attempt" + (attempt == 1 ? "" : "s") + " over "
        + slept.toMillis() + " ms of pauses)";
  }

  /** A failure of the transport itself: Feign hands over the IOException as the cause of a RetryableException. */
  private RetrySignal fromTransport(RetryableException failure) {
    Request request = failure.request();
    PanelCall call = callDescriber.apply(request);
    Throwable cause = failure.getCause();
    if (cause instanceof OkHttpExchange.AnswerBrokeOff) {
      return brokeOff(request, call, (OkHttpExchange.AnswerBrokeOff) cause);
    }
    String what = cause == null ? failure.getMessage() : describe(cause);
    Function<String, PanelException> exception = suffix -> new PanelConnectionException(
        panelName + ": no answer to " + call + ": " + what + suffix, PanelErrorDetails.noAnswer(call), cause);
    return new RetrySignal(classify(cause), exception, request);
  }

  /**
   * The status came, the body did not whole: a read is repeated like after a reset; a call that is not idempotent is
   * not, and its caller learns that the panel took it (its status came) and may have acted.
   */
  private RetrySignal brokeOff(Request request, PanelCall call, OkHttpExchange.AnswerBrokeOff broken) {
    int status = broken.status();
    String text = panelName + " answered " + status + " to " + call + ", but the answer broke off after its headers ("
        + describe(broken.getCause()) + ")";
    PanelErrorDetails details = new PanelErrorDetails(status, null, null, call);
    Function<String, PanelException> exception = idempotency.isIdempotent(request)
        ? suffix -> new PanelConnectionException(text + suffix, details, broken)
        : suffix -> PanelErrors.outcomeUnknown(text + suffix, PanelErrors.GENERIC_LOOK_FOR, details, broken);
    return new RetrySignal(RetrySignal.Reason.TRANSIENT, exception, request);
  }

  private static RetrySignal.Reason classify(Throwable cause) {
    if (cause instanceof UnknownHostException || cause instanceof SSLException) {
      // A wrong host name or an untrusted certificate does not mend itself within a minute.
      return RetrySignal.Reason.FATAL;
    }
    if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
      return RetrySignal.Reason.NOT_PROCESSED;
    }
    if (cause instanceof SocketTimeoutException
        && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
      return RetrySignal.Reason.NOT_PROCESSED;
    }
    if (cause instanceof IOException) {
      return RetrySignal.Reason.TRANSIENT;
    }
    return RetrySignal.Reason.FATAL;
  }

  private static String describe(Throwable cause) {
    if (cause instanceof UnknownHostException) {
      return "unknown host " + cause.getMessage() + " (check the base URL)";
    }
    if (cause instanceof SSLException) {
      return "TLS failed: " + cause.getMessage() + " (for a self-signed panel, set tlsTrust to its certificate)";
    }
    if (cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException)) {
      return "the call timed out or was interrupted (" + cause.getMessage() + ")";
    }
    return cause.getClass().getSimpleName() + ": " + Redaction.redact(String.valueOf(cause.getMessage()));
  }

  @Override
  public Retryer clone() {
    return new PanelRetryer(panelName, policy, idempotency, callDescriber);
  }
}

package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelCallListener;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelOutcome;
import dev.ispkit.client.core.PanelUnavailableException;
import dev.ispkit.client.core.Sleeper;
import dev.ispkit.client.core.WaitOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The wait behind every "wait for this operation" method: reads the operation, tells the listener, stops at
 * success, fails fast at failure, and gives up at the timeout.
 *
 * <p>A panel that is briefly unavailable does not end the wait: when a read fails with {@link
 * PanelUnavailableException} (503, 502, 504 after the read's own retries) or {@link PanelConnectionException}, the
 * wait keeps polling at the poll interval until the timeout, and the timeout exception then carries the last such
 * failure as its cause. A panel restarting during a 40-minute OS installation is normal; ending the wait at the
 * first 503 spell would leave the caller unsure whether the operation ran. Any other failure (authentication,
 * not found, a malformed answer) ends the wait at once.
 *
 * <p>The timeout holds for the reads too: a read made during the wait ends by the wait's timeout (its retries and
 * pauses included, see {@link dev.ispkit.client.core.RetryPolicy#deadline()}), so a 0.5 s wait on a panel answering
 * 503 ends at 0.5 s, not after the read's own minute of retries. When the last pause ends at the timeout, one last
 * look is taken (a single attempt, no retries), so an operation that ended during that pause is still seen.
 *
 * <pre>{@code
 * // dcimanager6-client: read the operation, say what the read means, describe it for messages
 * Operation done = OperationPoller.await("DCImanager 6 operation 17", () -> api.operation(17),
 *     op -> op.status().isSucceeded() ? OperationPoller.Outcome.SUCCEEDED
 *         : op.status().isFailed() ? OperationPoller.Outcome.FAILED : OperationPoller.Outcome.RUNNING,
 *     Operation::describe, options, listener, clock, sleeper);
 * }</pre>
 */
public final class OperationPoller {
  /** What one look at an operation says. */
  public enum Outcome {
    /** Not ended yet. */
    RUNNING,
    /** Ended well. */
    SUCCEEDED,
    /** Ended in failure. */
    FAILED
  }

  private OperationPoller() {}

  /**
   * Waits for an operation to end, on the transport's clock and sleeper, telling the transport's {@link
   * PanelCallListener} that a wait of this kind started and how it ended.
   *
   * @param transport the client's transport: its clock, its retry policy's sleeper, its listener and panel name
   * @param kind what is waited for, a word from a closed set: {@code operation}, {@code task}, {@code license-key}
   * @param what the operation, for messages
   * @param read reads the operation once
   * @param outcome what a read says
   * @param describe the status of a read, for the failure and timeout messages
   * @param options timeout and poll interval
   * @param progress told of every read, in order; its exceptions end the wait
   * @param <T> what a read returns
   * @return the last read, once the operation succeeded
   * @throws OperationFailedException as soon as a read says it failed
   * @throws OperationTimeoutException when the timeout passes first
   */
  public static <T> T await(
      PanelTransport transport,
      String kind,
      String what,
      Supplier<T> read,
      Function<T, Outcome> outcome,
      Function<T, String> describe,
      WaitOptions options,
      Consumer<? super T> progress) {
    Objects.requireNonNull(kind, "kind");
    PanelCallListener.Activity heard = transport.callListener().waitStart(transport.panelName(), kind);
    try {
      T done = await(what, read, outcome, describe, options, progress, transport.config().clock(),
          transport.config().retryPolicy().sleeper());
      heard.end(PanelOutcome.OK);
      return done;
    } catch (RuntimeException | Error failure) {
      heard.end(PanelOutcomes.of(failure));
      throw failure;
    }
  }

  /**
   * Waits for an operation to end.
   *
   * @param what the operation, for messages, for example {@code DCImanager operation 17 on server 5}
   * @param read reads the operation once (its own retries apply to each read)
   * @param outcome what a read says
   * @param describe the status of a read, for the failure and timeout messages
   * @param options timeout and poll interval
   * @param progress told of every read, in order; its exceptions end the wait
   * @param clock measures the timeout
   * @param sleeper pauses between reads
   * @param <T> what a read returns
   * @return the last read, once the operation succeeded
   * @throws OperationFailedException as soon as a read says it failed
   * @throws OperationTimeoutException when the timeout passes first
   */
  public static <T> T await(
      String what,
      Supplier<T> read,
      Function<T, Outcome> outcome,
      Function<T, String> describe,
      WaitOptions options,
      Consumer<? super T> progress,
      Clock clock,
      Sleeper sleeper) {
    Objects.requireNonNull(options, "options");
    Consumer<? super T> listener = progress == null ? t -> { } : progress;
    Instant deadline = clock.instant().plus(options.timeout());
    CallContext wait = CallContext.forWait(clock, deadline, "the wait's timeout of " + options.timeout());
    return wait.get(() -> poll(what, read, outcome, describe, options, listener, clock, sleeper, deadline));
  }

  private static <T> T poll(String what, Supplier<T> read, Function<T, Outcome> outcome,
      Function<T, String> describe, WaitOptions options, Consumer<? super T> listener, Clock clock, Sleeper sleeper,
      Instant deadline) {
    while (true) {
      T current;
      try {
        current = read.get();
      } catch (PanelUnavailableException | PanelConnectionException e) {
        pauseOrGiveUp(what, options, clock, sleeper, deadline, "the panel was unavailable (" + e.getMessage() + ")", e);
        continue;
      }
      listener.accept(current);
      Outcome now = outcome.apply(current);
      if (now == Outcome.SUCCEEDED) {
        return current;
      }
      if (now == Outcome.FAILED) {
        String status = describe.apply(current);
        throw new OperationFailedException(what + " failed: " + status,
            new PanelErrorDetails(-1, null, status, null), null);
      }
      pauseOrGiveUp(what, options, clock, sleeper, deadline, describe.apply(current), null);
    }
  }

  private static void pauseOrGiveUp(String what, WaitOptions options, Clock clock, Sleeper sleeper, Instant deadline,
      String lastSeen, PanelException lastFailure) {
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isZero() || left.isNegative()) {
      throw new OperationTimeoutException(
          what + " did not end within " + options.timeout() + "; last seen: " + lastSeen,
          new PanelErrorDetails(-1, null, lastSeen, null), lastFailure);
    }
    try {
      sleeper.sleep(left.compareTo(options.pollInterval()) < 0 ? left : options.pollInterval());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OperationTimeoutException(what + ": the wait was interrupted", PanelErrorDetails.none(), e);
    }
  }
}

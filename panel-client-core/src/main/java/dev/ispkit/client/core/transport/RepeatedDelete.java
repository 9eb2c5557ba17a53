package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelNotFoundException;
import feign.InvocationContext;
import feign.Request;
import feign.Response;
import feign.ResponseInterceptor;
import feign.codec.ErrorDecoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A DELETE repeated after its first answer was lost, when the panel may already have acted (a reset, a read
 * timeout, a 5xx: the retry policy repeats DELETE as an idempotent call), that finds the object gone is the success
 * the first attempt was.
 *
 * <p>Every transport applies the generic rule: such a repeat answered "not found" (404, or a code the panel uses
 * for it) returns as if the first answer had arrived: nothing for a {@code void} call, the answer type read from an
 * empty JSON object otherwise (so an action answer has no task id: the first answer, which named it, is lost). A
 * first attempt answered 404, or a repeat after an answer that says the panel did nothing (503), stays a {@link
 * PanelNotFoundException}: there the object never was.
 *
 * <p>A client that must tell its caller so, or whose panel answers a repeat with "being deleted" rather than "not
 * found" (VMmanager 6 while its delete task runs), runs the call through {@link #alsoGoneWhen}, whose {@link Result}
 * says whether a repeat found the object gone and what the panel answered it:
 *
 * <pre>{@code
 * RepeatedDelete.Result<ActionAnswer> deleted = RepeatedDelete.alsoGoneWhen(
 *     failure -> failure.panelMessage().filter(m -> m.contains("is being deleted")).isPresent(),
 *     () -> api.deleteHost(vmId));
 * if (deleted.foundGone().isPresent()) {
 *   // the first attempt deleted it (404) or is deleting it ("being deleted"); its task id was in the lost answer
 * }
 * }</pre>
 */
public final class RepeatedDelete {
  private static final Logger LOG = LoggerFactory.getLogger(RepeatedDelete.class);

  private RepeatedDelete() {}

  /**
   * Runs a delete call; a repeat of it after a lost answer also succeeds when the panel's error passes the rule, and
   * the result says whether a repeat found the object gone.
   *
   * @param going says whether a failure means the object is already being deleted
   * @param delete the call
   * @param <T> what the call returns
   * @return what the call returned (read from {@code {}} when a repeat found the object gone), and whether it did
   */
  public static <T> Result<T> alsoGoneWhen(Predicate<PanelException> going, Supplier<T> delete) {
    Objects.requireNonNull(going, "going");
    Objects.requireNonNull(delete, "delete");
    Watch watch = new Watch(going);
    T answer = CallContext.watchingDelete(watch).get(delete);
    return new Result<>(answer, watch.found);
  }

  /**
   * What a delete call came to: the answer, and, when a repeat found the object gone or going, the panel's answer
   * to that repeat.
   *
   * @param <T> what the call returns
   */
  public static final class Result<T> {
    private final T answer;
    private final PanelException foundGone;

    private Result(T answer, PanelException foundGone) {
      this.answer = answer;
      this.foundGone = foundGone;
    }

    /** What the call returned; for a repeat that found the object gone, the answer type read from {@code {}}. */
    public T answer() {
      return answer;
    }

    /**
     * The panel's answer to the repeat that found the object gone ({@link PanelNotFoundException}) or going (the
     * rule's failure); empty when the delete was answered as a first delete is.
     */
    public Optional<PanelException> foundGone() {
      return Optional.ofNullable(foundGone);
    }
  }

  /** A delete call's "going" rule and what its repeat found, shared by the contexts of the call and its attempts. */
  static final class Watch {
    private final Predicate<PanelException> going;
    private volatile PanelException found;

    Watch(Predicate<PanelException> going) {
      this.going = going;
    }
  }

  /** The Feign seam: looks at each error answer before it is decoded into an exception. */
  static final class Interceptor implements ResponseInterceptor {
    private final ErrorDecoder errors;
    private final String panelName;

    Interceptor(ErrorDecoder errors, String panelName) {
      this.errors = errors;
      this.panelName = panelName;
    }

    @Override
    public Object intercept(InvocationContext invocation, Chain chain) throws Exception {
      Response response = invocation.response();
      CallContext call = CallContext.current();
      // 401 is left alone: decoding it tells the authenticator the session was refused.
      if (response.status() >= 300 && response.status() != 401 && call != null
          && call.isRepeatAfterUnclearFailure() && response.request().httpMethod() == Request.HttpMethod.DELETE
          && saysGone(response, call.deleteWatch())) {
        LOG.debug("{}: a repeated {} found the object gone ({}): the first attempt did it", panelName,
            PanelErrors.callOf(response.request()), response.status());
        return gone(invocation);
      }
      return chain.next(invocation);
    }

    private boolean saysGone(Response response, Watch watch) {
      Exception decoded = errors.decode("", response);
      PanelException failure = decoded instanceof RetrySignal ? ((RetrySignal) decoded).failure() : null;
      boolean gone = failure instanceof PanelNotFoundException
          || (failure != null && watch != null && watch.going.test(failure));
      if (gone && watch != null) {
        watch.found = failure;
      }
      return gone;
    }

    private static Object gone(InvocationContext invocation) throws Exception {
      Type type = invocation.returnType();
      if (type == void.class || type == Void.class) {
        return null;
      }
      Response empty = invocation.response().toBuilder().status(200).reason("OK")
          .body("{}", StandardCharsets.UTF_8).build();
      return invocation.decoder().decode(empty, type);
    }
  }
}

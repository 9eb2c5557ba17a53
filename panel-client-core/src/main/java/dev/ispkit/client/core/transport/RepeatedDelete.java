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
 * empty JSON object otherwise (so an action answer has no task id: the object is gone and there is nothing to wait
 * for). A first attempt answered 404, or a repeat after an answer that says the panel did nothing (503), stays a
 * {@link PanelNotFoundException}: there the object never was.
 *
 * <p>A panel that answers a repeat with "being deleted" rather than "not found" (VMmanager 6 while its delete task
 * runs) is told so per call:
 *
 * <pre>{@code
 * ActionAnswer answer = RepeatedDelete.alsoGoneWhen(
 *     failure -> failure.panelMessage().filter(m -> m.contains("is being deleted")).isPresent(),
 *     () -> api.deleteHost(vmId));
 * }</pre>
 */
public final class RepeatedDelete {
  private static final Logger LOG = LoggerFactory.getLogger(RepeatedDelete.class);

  private RepeatedDelete() {}

  /**
   * Runs a delete call; a repeat of it after a lost answer also succeeds when the panel's error passes the rule.
   *
   * @param going says whether a failure means the object is already being deleted
   * @param delete the call
   * @param <T> what the call returns
   * @return what the call returned, or what a repeat that found the object going stands for
   */
  public static <T> T alsoGoneWhen(Predicate<PanelException> going, Supplier<T> delete) {
    Objects.requireNonNull(going, "going");
    Objects.requireNonNull(delete, "delete");
    return CallContext.withGoneRule(going).get(delete);
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
          && saysGone(response, call.alsoGone())) {
        LOG.debug("{}: a repeated {} found the object gone ({}): the first attempt did it", panelName,
            PanelErrors.callOf(response.request()), response.status());
        return gone(invocation);
      }
      return chain.next(invocation);
    }

    private boolean saysGone(Response response, Predicate<PanelException> alsoGone) {
      Exception decoded = errors.decode("", response);
      PanelException failure = decoded instanceof RetrySignal ? ((RetrySignal) decoded).failure() : null;
      return failure instanceof PanelNotFoundException || (failure != null && alsoGone != null
          && alsoGone.test(failure));
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

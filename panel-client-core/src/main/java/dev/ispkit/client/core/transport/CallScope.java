package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelCallListener;
import dev.ispkit.client.core.PanelOutcome;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelResponseException;
import feign.Feign;
import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.Request;
import feign.RetryableException;
import feign.Target;
import feign.codec.EncodeException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs each call of a Feign target of ispkit in its own {@link CallContext} (its deadline, its transport's
 * secrets), and turns whatever Feign type still escapes into one of ispkit's documented exceptions.
 *
 * <p>Failures normally reach the caller as the {@link dev.ispkit.client.core.PanelException} the retry policy
 * chose; what remains is what Feign raises outside that path: a body the encoder cannot write (bad input, so an
 * {@link InvalidInputException}) and a decoder that failed in an unforeseen way (a {@link PanelResponseException}).
 *
 * <p>It is also where a call starts and ends for the transport's {@link PanelCallListener}: the call's name (from
 * the {@link CallNamer}) at the start, the outcome of what the caller gets at the end.
 */
final class CallScope implements InvocationHandlerFactory {
  private final Clock clock;
  private final Duration deadline;
  private final KnownSecrets secrets;
  private final String panelName;
  private final Function<Request, PanelCall> callDescriber;
  private final PanelCallListener listener;
  private final CallNamer namer;

  CallScope(Clock clock, Duration deadline, KnownSecrets secrets, String panelName,
      Function<Request, PanelCall> callDescriber, PanelCallListener listener, CallNamer namer) {
    this.clock = clock;
    this.deadline = deadline;
    this.secrets = secrets;
    this.panelName = panelName;
    this.callDescriber = callDescriber;
    this.listener = listener;
    this.namer = namer;
  }

  @Override
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    InvocationHandler feign = new InvocationHandlerFactory.Default().create(target, dispatch);
    Map<Method, String> methodNames = new HashMap<>();
    for (Method method : dispatch.keySet()) {
      methodNames.put(method, Feign.configKey(target.type(), method));
    }
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return feign.invoke(proxy, method, args);
      }
      CallContext call = CallContext.forCall(clock, deadline, secrets);
      if (listener == PanelCallListener.NONE) {
        return invoke(call, feign, proxy, method, args);
      }
      PanelCallListener.Call heard = listener.callStart(panelName, namer.name(methodNames.get(method), args));
      call.heardBy(heard);
      try {
        Object answer = invoke(call, feign, proxy, method, args);
        heard.end(PanelOutcome.OK);
        return answer;
      } catch (Throwable failure) {
        heard.end(PanelOutcomes.of(failure));
        throw failure;
      }
    };
  }

  private Object invoke(CallContext call, InvocationHandler feign, Object proxy, Method method, Object[] args)
      throws Throwable {
    try {
      return call.run(() -> feign.invoke(proxy, method, args));
    } catch (FeignException escaped) {
      throw call.get(() -> documented(escaped));
    }
  }

  private RuntimeException documented(FeignException escaped) {
    String message = Redaction.redact(String.valueOf(escaped.getMessage()));
    if (escaped instanceof EncodeException) {
      return InvalidInputException.secret("request body", "cannot be sent: " + message);
    }
    Request request = escaped.request();
    PanelCall call = request == null ? null : callDescriber.apply(request);
    String target = call == null ? "a call" : call.toString();
    if (escaped instanceof RetryableException || escaped.status() < 0) {
      return new PanelConnectionException(panelName + ": no answer to " + target + ": " + message,
          PanelErrorDetails.noAnswer(call), escaped);
    }
    return new PanelResponseException(panelName + " answered " + escaped.status() + " to " + target
        + " with an answer the client could not read: " + message,
        new PanelErrorDetails(escaped.status(), null, null, call), escaped);
  }
}

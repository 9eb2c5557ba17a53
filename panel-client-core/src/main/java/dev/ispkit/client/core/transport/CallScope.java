package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelResponseException;
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
import java.util.Map;
import java.util.function.Function;

/**
 * Runs each call of a Feign target of ispkit in its own {@link CallContext} (its deadline, its transport's
 * secrets), and turns whatever Feign type still escapes into one of ispkit's documented exceptions.
 *
 * <p>Failures normally reach the caller as the {@link dev.ispkit.client.core.PanelException} the retry policy
 * chose; what remains is what Feign raises outside that path: a body the encoder cannot write (bad input, so an
 * {@link InvalidInputException}) and a decoder that failed in an unforeseen way (a {@link PanelResponseException}).
 */
final class CallScope implements InvocationHandlerFactory {
  private final Clock clock;
  private final Duration deadline;
  private final KnownSecrets secrets;
  private final String panelName;
  private final Function<Request, PanelCall> callDescriber;

  CallScope(Clock clock, Duration deadline, KnownSecrets secrets, String panelName,
      Function<Request, PanelCall> callDescriber) {
    this.clock = clock;
    this.deadline = deadline;
    this.secrets = secrets;
    this.panelName = panelName;
    this.callDescriber = callDescriber;
  }

  @Override
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    InvocationHandler feign = new InvocationHandlerFactory.Default().create(target, dispatch);
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return feign.invoke(proxy, method, args);
      }
      CallContext call = CallContext.forCall(clock, deadline, secrets);
      try {
        return call.run(() -> feign.invoke(proxy, method, args));
      } catch (FeignException escaped) {
        throw call.get(() -> documented(escaped));
      }
    };
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

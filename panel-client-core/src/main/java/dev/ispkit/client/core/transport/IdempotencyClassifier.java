package dev.ispkit.client.core.transport;

import feign.Request;
import java.util.Set;

/**
 * Tells the retry policy whether repeating a request that may already have been processed is harmless.
 *
 * <p>By HTTP method for the REST panels ({@link #BY_METHOD}); the BILLmanager client classifies by its {@code func}
 * instead, since there every call may be a GET or a POST.
 */
@FunctionalInterface
public interface IdempotencyClassifier {
  /** GET, HEAD, OPTIONS, PUT and DELETE are idempotent; POST and PATCH are not. */
  IdempotencyClassifier BY_METHOD = new IdempotencyClassifier() {
    private final Set<Request.HttpMethod> idempotent = Set.of(
        Request.HttpMethod.GET, Request.HttpMethod.HEAD, Request.HttpMethod.OPTIONS,
        Request.HttpMethod.PUT, Request.HttpMethod.DELETE);

    @Override
    public boolean isIdempotent(Request request) {
      return idempotent.contains(request.httpMethod());
    }
  };

  /**
   * Whether the request may be repeated after a failure that may have come after the panel processed it.
   *
   * @param request the request
   * @return whether it is idempotent
   */
  boolean isIdempotent(Request request);
}

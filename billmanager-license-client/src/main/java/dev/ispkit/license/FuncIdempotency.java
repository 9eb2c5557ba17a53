package dev.ispkit.license;

import dev.ispkit.client.core.transport.IdempotencyClassifier;
import feign.Request;
import java.util.Map;
import java.util.Set;

/**
 * Which BILLmanager calls may be repeated after a failure that may have come after the server processed them (a
 * read timeout, a reset, a 500): the reads and the login only, decided by {@code func} since every call is a POST.
 *
 * <p>An order repeated after a read timeout could buy a second license; a prolong repeated could pay twice. Those
 * are never repeated on such failures; the caller gets the exception and can look before trying again.
 */
final class FuncIdempotency implements IdempotencyClassifier {
  private static final Set<String> READS = Set.of("soft", "soft.checkip", "auth");

  @Override
  public boolean isIdempotent(Request request) {
    Map<String, String> form = Form.parse(request);
    String func = form.get("func");
    if (func == null) {
      return false;
    }
    if (READS.contains(func)) {
      return true;
    }
    // soft.edit without sok only shows the form: a read. With sok it changes the license.
    return func.equals("soft.edit") && !form.containsKey("sok");
  }
}

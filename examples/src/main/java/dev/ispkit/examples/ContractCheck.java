package dev.ispkit.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Each inferred call of the contract held against a panel's OpenAPI document: found (the path with that method, and
 * every body property the contract names), not found (no such path), or differs (the path with other methods only,
 * or a body without some of the contract's properties), with what the document has instead.
 *
 * <p>A document whose paths carry a service ({@code /dci/v3/...}) is compared path for path; one whose paths do not
 * (a panel may describe each service in a document of its own, relative to the service) is compared with the
 * contract's paths without their service.
 */
final class ContractCheck {
  /** What the document says of one call. */
  enum Outcome {
    FOUND("found"),
    NOT_FOUND("not found"),
    DIFFERS("differs");

    final String word;

    Outcome(String word) {
      this.word = word;
    }
  }

  /**
   * One call's outcome.
   *
   * @param call the contract's call
   * @param outcome found, not found or differs
   * @param detail why it differs, what is near when not found, a note when found; may be empty
   */
  record Verdict(ContractCall call, Outcome outcome, String detail) {}

  private ContractCheck() {}

  static List<Verdict> check(List<ContractCall> calls, OpenApiDocument document) {
    List<Verdict> verdicts = new ArrayList<>();
    for (ContractCall call : calls) {
      verdicts.add(check(call, document));
    }
    return verdicts;
  }

  private static Verdict check(ContractCall call, OpenApiDocument document) {
    String wanted = OpenApiDocument.normalize(call.path());
    List<OpenApiDocument.Endpoint> atPath = document.endpoints().stream()
        .filter(endpoint -> samePath(endpoint.path(), wanted)).toList();
    if (atPath.isEmpty()) {
      return new Verdict(call, Outcome.NOT_FOUND, near(wanted, document));
    }
    OpenApiDocument.Endpoint endpoint = atPath.stream().filter(e -> e.method().equals(call.method())).findFirst()
        .orElse(null);
    if (endpoint == null) {
      return new Verdict(call, Outcome.DIFFERS, "the document has " + atPath.stream()
          .map(OpenApiDocument.Endpoint::method).collect(Collectors.joining(", ")) + " at this path, not "
          + call.method());
    }
    if (call.bodyFields().isEmpty()) {
      return new Verdict(call, Outcome.FOUND, "");
    }
    if (endpoint.bodyFields().isEmpty()) {
      return new Verdict(call, Outcome.FOUND, "the document does not describe its request body");
    }
    Set<String> missing = new TreeSet<>(call.bodyFields());
    missing.removeAll(endpoint.bodyFields().get());
    if (!missing.isEmpty()) {
      return new Verdict(call, Outcome.DIFFERS, "its request body has no " + String.join(", ", missing)
          + "; it has " + (endpoint.bodyFields().get().isEmpty() ? "no properties"
          : endpoint.bodyFields().get().stream().limit(12).collect(Collectors.joining(", "))));
    }
    return new Verdict(call, Outcome.FOUND, "");
  }

  private static boolean samePath(String documented, String wanted) {
    for (String service : ContractCall.SERVICES) {
      if (documented.startsWith(service + "/") || documented.equals(service)) {
        return documented.equals(wanted);
      }
    }
    for (String service : ContractCall.SERVICES) {
      if (wanted.startsWith(service + "/")) {
        return documented.equals(wanted.substring(service.length()));
      }
    }
    return documented.equals(wanted);
  }

  /** Paths of the document ending in the same word as the one not found, as a hint. */
  private static String near(String wanted, OpenApiDocument document) {
    String last = wanted.substring(wanted.lastIndexOf('/') + 1);
    if (last.equals("{}")) {
      return "";
    }
    List<String> near = document.endpoints().stream().map(endpoint -> endpoint.method() + " " + endpoint.path())
        .filter(call -> call.endsWith("/" + last)).distinct().limit(3).toList();
    return near.isEmpty() ? "" : "near: " + String.join(", ", near);
  }
}

package dev.ispkit.examples;

import java.util.List;
import java.util.Set;

/**
 * One call of docs/panel-contract.md whose mark says inferred: which panel, what it does, its method and path, and
 * the body properties the contract names for it.
 *
 * @param panel the panel's section, e.g. {@code DCImanager 6}
 * @param what the row's first column, e.g. {@code set owner}
 * @param method the HTTP method
 * @param path the path as the contract writes it, e.g. {@code /dci/v3/server/{id}/owner}
 * @param bodyFields the request body's properties the contract names (nested ones included), sorted
 * @param mark the row's mark column, e.g. {@code inferred}
 */
record ContractCall(String panel, String what, String method, String path, Set<String> bodyFields, String mark) {
  /** The services whose paths the contract writes with their prefix. */
  static final List<String> SERVICES = List.of("/dci/v3", "/vm/v3", "/auth/v4");

  ContractCall {
    bodyFields = Set.copyOf(bodyFields);
  }

  /** Method and path, as a line names the call. */
  String call() {
    return method + " " + path;
  }
}

package dev.ispkit.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the simulator received, recorded verbatim (nothing is redacted: this is a test tool), with the
 * status it answered and the fault it applied, if any.
 *
 * <pre>{@code
 * assertThat(sim.calls(Panel.DCIMANAGER)).extracting(RecordedCall::path).contains("/dci/v3/server/12/owner");
 * }</pre>
 *
 * @param at when it arrived, on the simulator's clock
 * @param panel which panel it was routed to
 * @param method the HTTP method
 * @param path the canonical path, without the {@code /api} prefix (what faults and tests match on)
 * @param rawPath the path as sent
 * @param query the raw query string, or an empty string
 * @param headers the headers, names in lower case
 * @param body the request body as text
 * @param status the HTTP status answered, or 0 when the connection was dropped
 * @param fault the kind of fault applied, or null
 */
public record RecordedCall(Instant at, Panel panel, String method, String path, String rawPath, String query,
    Map<String, List<String>> headers, String body, int status, Fault.Kind fault) {

  /** The first value of a header, by case-insensitive name, or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** For BILLmanager calls: the {@code func} parameter from the query or the form body, else null. */
  public String func() {
    if (panel != Panel.BILLMANAGER) {
      return null;
    }
    String fromQuery = Request.parseForm(query).get("func");
    return fromQuery != null ? fromQuery : Request.parseForm(body).get("func");
  }
}

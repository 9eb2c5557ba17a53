package dev.ispkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;

/**
 * The selection the baselines make without ispkit, the way the issue describes billing modules doing it today: read
 * every server in one unpaged request, parse it all into a Jackson tree, and take the first server BILLmanager's
 * rule would give in memory (no owner, the location, the configuration by name, in exploitation, not in
 * maintenance, no errors, the last operation ended well).
 */
final class NaiveSelection {
  private NaiveSelection() {}

  /**
   * The first free server of a configuration in {@link SimulatedHost#LOCATION}, read with one request.
   *
   * @param panel a logged-in raw client of the panel
   * @param label the configuration
   * @return the server's id, or empty when none is free
   */
  static OptionalLong firstFree(RawPanel panel, String label) {
    for (JsonNode server : panel.getTree("/api/dci/v3/server").path("list")) {
      if (isFree(server, label)) {
        return OptionalLong.of(server.path("id").asLong());
      }
    }
    return OptionalLong.empty();
  }

  private static boolean isFree(JsonNode server, String label) {
    String status = server.path("operation").path("status").asText("ok");
    return server.path("owner").isNull()
        && server.path("location_id").asLong() == SimulatedHost.LOCATION
        && label.equals(server.path("configuration").asText())
        && "in_exploitation".equals(server.path("exploitation_status").asText())
        && !server.path("maintenance_mode").asBoolean()
        && !server.path("has_errors").asBoolean()
        && server.path("diag_error").asText("").isEmpty()
        && (status.equals("ok") || status.equals("canceled"));
  }
}

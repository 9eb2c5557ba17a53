package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ispkit.client.core.PanelList;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/**
 * Every DCImanager 6 path ispkit calls, relative to {@code <base URL><api prefix>}; auth v4 lives in core.
 *
 * <p>The docs confirm the server list and read, the configuration counts, users and the power commands. The rest is
 * decided in {@code docs/panel-contract.md} (marked "inferred" below) and served the same way by the panel
 * simulator; change that page first when a real panel's Swagger says otherwise. Calls whose answer the client does
 * not need return {@code void}, so an answer shaped differently from the contract does not fail them.
 */
interface Dci6Api {
  @RequestLine("GET /dci/v3/server")
  PanelList<Server> servers(@QueryMap Map<String, Object> query);

  @RequestLine("GET /dci/v3/server/{id}")
  Server server(@Param("id") long serverId);

  @RequestLine("GET /dci/v3/server/configuration")
  PanelList<ConfigurationCount> configurations();

  /** Inferred. */
  @RequestLine("POST /dci/v3/server/{id}/owner")
  void setOwner(@Param("id") long serverId, OwnerBody body);

  /** Inferred. */
  @RequestLine("DELETE /dci/v3/server/{id}/owner")
  void removeOwner(@Param("id") long serverId);

  @RequestLine("POST /dci/v3/server/{id}/power_on")
  void powerOn(@Param("id") long serverId, Map<String, Object> empty);

  @RequestLine("POST /dci/v3/server/{id}/power_off")
  void powerOff(@Param("id") long serverId, Map<String, Object> empty);

  @RequestLine("POST /dci/v3/server/{id}/power_reset")
  void powerReset(@Param("id") long serverId, Map<String, Object> empty);

  /** Inferred. */
  @RequestLine("POST /dci/v3/switch/{switch}/port/{port}")
  void setPort(@Param("switch") long switchId, @Param("port") long portId, PortBody body);

  /** Inferred. */
  @RequestLine("POST /dci/v3/server/{id}/ip")
  PanelList<Ip> addIps(@Param("id") long serverId, IpBody body);

  /** Inferred. */
  @RequestLine("DELETE /dci/v3/server/{id}/ip/{ip}")
  void removeIp(@Param("id") long serverId, @Param("ip") long ipId);

  /** Inferred. */
  @RequestLine("POST /dci/v3/server/{id}/diag")
  IdAnswer diag(@Param("id") long serverId, DiagBody body);

  /** Inferred. */
  @RequestLine("POST /dci/v3/server/{id}/install")
  IdAnswer install(@Param("id") long serverId, InstallBody body);

  /** Inferred. */
  @RequestLine("GET /dci/v3/operation/{id}")
  Operation operation(@Param("id") long operationId);

  /** Inferred. */
  @RequestLine("POST /dci/v3/operation/{id}/stop")
  void stopOperation(@Param("id") long operationId, Map<String, Object> empty);

  /** Inferred. */
  @RequestLine("GET /dci/v3/location")
  PanelList<Location> locations(@QueryMap Map<String, Object> query);

  /** Inferred. */
  @RequestLine("GET /dci/v3/location/{id}/os_template")
  PanelList<OsTemplate> osTemplates(@Param("id") long locationId, @QueryMap Map<String, Object> query);

  /** Inferred. */
  @RequestLine("GET /dci/v3/location/{id}/recipe")
  PanelList<Recipe> recipes(@Param("id") long locationId, @QueryMap Map<String, Object> query);

  @RequestLine("GET /dci/v3/user")
  PanelList<User> users(@QueryMap Map<String, Object> query);

  @RequestLine("POST /dci/v3/user")
  IdAnswer createUser(UserBody body);

  /** {@code {"id": N}}: what creating something answers. */
  record IdAnswer(Long id) {}

  /** {@code {"owner": <user id>}}. */
  record OwnerBody(long owner) {}

  /** {@code {"admin_status": "up" | "down"}}. */
  record PortBody(@JsonProperty("admin_status") String adminStatus) {}

  /** {@code {"family", "count"}} and, when set, {@code "pool"} or {@code "name"}. */
  record IpBody(
      String family,
      int count,
      @JsonInclude(JsonInclude.Include.NON_NULL) Long pool,
      @JsonInclude(JsonInclude.Include.NON_NULL) String name) {}

  /** {@code {"clear_disks": true | false}}. */
  record DiagBody(@JsonProperty("clear_disks") boolean clearDisks) {}

  /** The installation body; {@code recipe} is always sent (null for none), the rest only when set. */
  record InstallBody(
      @JsonProperty("os_template") long osTemplate,
      String password,
      @JsonInclude(JsonInclude.Include.NON_NULL) String domain,
      Long recipe,
      @JsonProperty("ssh_keys") List<String> sshKeys,
      @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("windows_license_key") String windowsLicenseKey) {
    // A record prints every component; this one carries a password and a license key.
    @Override
    public String toString() {
      return "InstallBody[os_template=" + osTemplate + ", recipe=" + recipe + ", secrets ****]";
    }
  }

  /** The user creation body; the optional fields only when set. */
  record UserBody(
      String email,
      @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("full_name") String fullName,
      String password,
      @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("phone_number") String phoneNumber,
      String role) {
    @Override
    public String toString() {
      return "UserBody[email=" + email + ", role=" + role + ", password ****]";
    }
  }
}

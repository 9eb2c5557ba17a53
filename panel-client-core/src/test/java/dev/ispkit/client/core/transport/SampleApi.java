package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.PanelList;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/** A few DCImanager-shaped calls, enough to exercise the transport the way the real clients do. */
interface SampleApi {
  @RequestLine("GET /dci/v3/server/{id}")
  Map<String, Object> server(@Param("id") long id);

  @RequestLine("GET /dci/v3/server")
  PanelList<Map<String, Object>> servers(@QueryMap Map<String, Object> query);

  @RequestLine("POST /dci/v3/server/{id}/power_on")
  Map<String, Object> powerOn(@Param("id") long id, Map<String, Object> body);

  @RequestLine("DELETE /dci/v3/server/{id}/owner")
  void removeOwner(@Param("id") long id);

  @RequestLine("DELETE /dci/v3/server/{id}/ip/{ip}")
  void removeIp(@Param("id") long id, @Param("ip") long ip);

  @RequestLine("POST /vm/v3/host")
  Map<String, Object> createHost(Map<String, Object> body);

  @RequestLine("DELETE /vm/v3/host/{id}")
  Map<String, Object> deleteHost(@Param("id") long id);
}

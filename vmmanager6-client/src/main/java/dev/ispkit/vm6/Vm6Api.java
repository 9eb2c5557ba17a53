package dev.ispkit.vm6;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ispkit.client.core.PanelList;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.List;
import java.util.Map;

/**
 * Every path of VMmanager 6's {@code vm/v3} service this client calls, in one place (auth v4 is core's). List
 * calls take the {@code where}/{@code orderby}/{@code limit} parameters of a {@link dev.ispkit.client.core.ListQuery}.
 */
interface Vm6Api {
  @RequestLine("GET /vm/v3/cluster")
  PanelList<Cluster> clusters(@QueryMap Map<String, Object> query);

  @RequestLine("GET /vm/v3/cluster/{id}")
  Cluster cluster(@Param("id") long id);

  @RequestLine("GET /vm/v3/node")
  PanelList<Node> nodes(@QueryMap Map<String, Object> query);

  @RequestLine("GET /vm/v3/os")
  PanelList<OsTemplate> osTemplates(@QueryMap Map<String, Object> query);

  @RequestLine("GET /vm/v3/recipe")
  PanelList<Recipe> recipes(@QueryMap Map<String, Object> query);

  @RequestLine("GET /vm/v3/ippool")
  PanelList<IpPool> ipPools(@QueryMap Map<String, Object> query);

  @RequestLine("GET /vm/v3/host")
  PanelList<Vm> hosts(@QueryMap Map<String, Object> query);

  @RequestLine("POST /vm/v3/host")
  ActionAnswer createHost(Map<String, Object> body);

  @RequestLine("DELETE /vm/v3/host/{id}")
  ActionAnswer deleteHost(@Param("id") long id);

  @RequestLine("POST /vm/v3/host/{id}/start")
  ActionAnswer start(@Param("id") long id, Map<String, Object> body);

  @RequestLine("POST /vm/v3/host/{id}/stop")
  ActionAnswer stop(@Param("id") long id, Map<String, Object> body);

  @RequestLine("POST /vm/v3/host/{id}/restart")
  ActionAnswer restart(@Param("id") long id, Map<String, Object> body);

  @RequestLine("POST /vm/v3/host/{id}/reinstall")
  ActionAnswer reinstall(@Param("id") long id, Map<String, Object> body);

  @RequestLine("POST /vm/v3/host/{id}/password")
  ActionAnswer password(@Param("id") long id, Map<String, Object> body);

  @RequestLine("POST /vm/v3/host/{id}/resource")
  ActionAnswer resource(@Param("id") long id, Map<String, Object> body);

  @RequestLine("POST /vm/v3/host/{id}/ip")
  ActionAnswer addIp(@Param("id") long id, Map<String, Object> body);

  @RequestLine("POST /vm/v3/host/{id}/account")
  ActionAnswer changeOwner(@Param("id") long id, Map<String, Object> body);

  @RequestLine("GET /vm/v3/host/{id}/ipv4")
  PanelList<Ipv4Address> ipv4(@Param("id") long id);

  @RequestLine("POST /vm/v3/disk/{id}")
  ActionAnswer resizeDisk(@Param("id") long id, Map<String, Object> body);

  @RequestLine("GET /vm/v3/task")
  PanelList<Task> tasks(@QueryMap Map<String, Object> query);

  @RequestLine("GET /vm/v3/task/{id}")
  Task task(@Param("id") long id);

  @RequestLine("GET /vm/v3/account")
  PanelList<Account> accounts(@QueryMap Map<String, Object> query);

  @RequestLine("POST /vm/v3/account")
  ActionAnswer createAccount(Map<String, Object> body);

  /**
   * The answer to a call that changes something: {@code {"id":101,"task":5551}}, plus for create and reinstall
   * {@code recipe_task}, {@code recipe_task_list} and {@code spice_task}, and for restart {@code start_task}. A task
   * id of 0 means none.
   */
  record ActionAnswer(
      Long id,
      Long task,
      @JsonProperty("start_task") Long startTask,
      @JsonProperty("recipe_task") Long recipeTask,
      @JsonProperty("recipe_task_list") List<Long> recipeTaskList,
      @JsonProperty("spice_task") Long spiceTask) {}
}

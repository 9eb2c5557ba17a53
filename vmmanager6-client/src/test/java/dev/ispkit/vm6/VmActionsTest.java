package dev.ispkit.vm6;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelResponseException;
import org.junit.jupiter.api.Test;

/** Every call that changes a VM: the exact request it sends and what its answer becomes. */
final class VmActionsTest extends LoggedInPanel {
  private static final String ROOT_PASSWORD = "R00t-secret-never-logged";

  private static void answerPost(WireMockRuntimeInfo wm, String path, String answer) {
    wm.getWireMock().register(post(urlPathEqualTo(path)).willReturn(okJson(answer)));
  }

  private static void verifyPost(WireMockRuntimeInfo wm, String path, String body) {
    wm.getWireMock().verifyThat(1, Vm6Panel.withJsonBody(postRequestedFor(urlPathEqualTo(path)))
        .withRequestBody(equalToJson(body)));
  }

  @Test
  void createsAVmWithRecipesAndPools(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host",
        "{\"id\":101,\"task\":5551,\"recipe_task_list\":[5552,5553],\"recipe_task\":5552,\"spice_task\":0}");

    VmInstallation created = vm6.vms().create(NewVm.builder()
        .name(" vps-10482 ").clusterId(1).accountId(7).osId(25)
        .cpuNumber(2).ramMib(2048).hddMib(20480)
        .password(ROOT_PASSWORD)
        .ipv4Number(2).addIpv4Pools(3L)
        .domain("VPS-10482.Example.com")
        .comment("order 10482")
        .addRecipes(RecipeRun.builder().recipeId(5).putParams("SITE", "shop.example.com").build())
        .build());

    verifyPost(wm, "/vm/v3/host", """
        {"name": "vps-10482", "password": "R00t-secret-never-logged", "cluster": 1, "os": 25,
         "cpu_number": 2, "ram_mib": 2048, "hdd_mib": 20480, "account": 7,
         "ipv4_number": 2, "ipv4_pool": [3], "ipv6_enabled": false,
         "domain": "vps-10482.example.com", "comment": "order 10482",
         "recipe_list": [{"recipe": 5, "recipe_params": [{"name": "SITE", "value": "shop.example.com"}]}]}
        """);
    assertThat(created.vmId()).isEqualTo(101);
    assertThat(created.task()).isEqualTo(TaskRef.of(5551, TaskRef.HOST_CREATE));
    assertThat(created.recipeTasks()).containsExactly(TaskRef.of(5552), TaskRef.of(5553));
    assertThat(created.spiceTask()).isEmpty();
  }

  @Test
  void createsAVmWithAnAdditionalInterfaceInIspsystemsShape(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host", "{\"id\":103,\"task\":5590,\"recipe_task_list\":[],\"recipe_task\":0}");

    VmInstallation created = vm6.vms().create(NewVm.builder()
        .name("vps-3").clusterId(1).accountId(7).osId(25).cpuNumber(1).ramMib(1024).hddMib(10240)
        .password(ROOT_PASSWORD)
        .addCustomInterfaces(CustomInterface.builder().ipPoolId(3).ipCount(2).build())
        .addCustomInterfaces(CustomInterface.builder().bridge("vmbr1").ipPoolId(11).build())
        .addCustomInterfaces(CustomInterface.builder().bridge("vmbr2").mac("52:54:00:AB:CD:EF")
            .ipAddress("10.10.0.5").build())
        .build());

    // No ipv4_number or ipv4_pool beside them: the interfaces carry the addresses.
    verifyPost(wm, "/vm/v3/host", """
        {"name": "vps-3", "password": "R00t-secret-never-logged", "cluster": 1, "os": 25,
         "cpu_number": 1, "ram_mib": 1024, "hdd_mib": 10240, "account": 7, "ipv6_enabled": false,
         "custom_interfaces": [
           {"ippool": 3, "ip_count": 2},
           {"bridge": "vmbr1", "ippool": 11, "ip_count": 1},
           {"mac": "52:54:00:AB:CD:EF", "bridge": "vmbr2", "ip_name": "10.10.0.5", "ip_count": 1}]}
        """);
    assertThat(created.task()).isEqualTo(TaskRef.of(5590, TaskRef.HOST_CREATE));
  }

  @Test
  void createsAPlainVmWithOnlyWhatIsSet(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host", "{\"id\":102,\"task\":5560,\"recipe_task\":0,\"spice_task\":5561}");

    VmInstallation created = vm6.vms().create(NewVm.builder()
        .name("vps-2").clusterId(1).accountId(7).osId(25).cpuNumber(1).ramMib(1024).hddMib(10240)
        .password(ROOT_PASSWORD).ipv6Enabled(true).ipv6Prefix(64).netBandwidthMbitps(100).nodeId(3)
        .sendEmailMode("default")
        .build());

    verifyPost(wm, "/vm/v3/host", """
        {"name": "vps-2", "password": "R00t-secret-never-logged", "cluster": 1, "os": 25,
         "cpu_number": 1, "ram_mib": 1024, "hdd_mib": 10240, "account": 7, "ipv4_number": 1,
         "ipv6_enabled": true, "ipv6_prefix": 64, "net_bandwidth_mbitps": 100, "node": 3,
         "send_email_mode": "default"}
        """);
    assertThat(created.recipeTasks()).isEmpty();
    assertThat(created.spiceTask()).contains(TaskRef.of(5561));
  }

  @Test
  void aCreateAnswerWithoutATaskIsAnError(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host", "{\"id\":101}");

    assertThatThrownBy(() -> vm6.vms().create(NewVm.builder()
        .name("vps").clusterId(1).accountId(7).osId(25).cpuNumber(1).ramMib(1024).hddMib(10240)
        .password(ROOT_PASSWORD).build()))
        .isInstanceOf(PanelResponseException.class)
        .hasMessageStartingWith("VMmanager 6 answered POST /vm/v3/host without the VM's id or its host_create task");
  }

  @Test
  void startsWithAnEmptyBody(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host/101/start", "{\"id\":101,\"task\":5570}");

    VmAction started = vm6.vms().start(101);

    verifyPost(wm, "/vm/v3/host/101/start", "{}");
    assertThat(started.id()).isEqualTo(101);
    assertThat(started.task()).contains(TaskRef.of(5570, TaskRef.HOST_START));
  }

  @Test
  void stopsGentlyOrByForce(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host/101/stop", "{\"id\":101,\"task\":5571}");

    assertThat(vm6.vms().stop(101, false).task()).contains(TaskRef.of(5571, TaskRef.HOST_STOP));
    verifyPost(wm, "/vm/v3/host/101/stop", "{\"force\": false}");
    vm6.vms().stop(101, true);
    verifyPost(wm, "/vm/v3/host/101/stop", "{\"force\": true}");
  }

  @Test
  void restartsAndAnswersWithTheStartTask(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host/101/restart", "{\"id\":101,\"stop_task\":5580,\"start_task\":5581}");

    VmAction restarted = vm6.vms().restart(101, false);
    vm6.vms().restart(101, true);

    verifyPost(wm, "/vm/v3/host/101/restart", "{}");
    verifyPost(wm, "/vm/v3/host/101/restart", "{\"force\": true}");
    assertThat(restarted.task()).contains(TaskRef.of(5581, TaskRef.HOST_START));
  }

  @Test
  void aRestartAnswerWithOnlyATaskKeepsIt(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host/101/restart", "{\"id\":101,\"task\":5582}");

    assertThat(vm6.vms().restart(101, false).task()).contains(TaskRef.of(5582));
  }

  @Test
  void deletes(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(delete(urlPathEqualTo("/vm/v3/host/101"))
        .willReturn(okJson("{\"id\":101,\"task\":5590}")));

    VmAction deleted = vm6.vms().delete(101);

    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(deleteRequestedFor(urlPathEqualTo("/vm/v3/host/101"))));
    assertThat(deleted.task()).contains(TaskRef.of(5590, TaskRef.HOST_DELETE));
  }

  @Test
  void reinstallsWithANewPasswordAndRecipes(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host/101/reinstall",
        "{\"id\":101,\"task\":5600,\"recipe_task_list\":[],\"recipe_task\":5601,\"spice_task\":0}");

    VmInstallation again = vm6.vms().reinstall(101, Reinstall.builder()
        .osId(26).password(ROOT_PASSWORD).diskId(55).sendEmailMode("default").addRecipes(RecipeRun.of(5)).build());

    verifyPost(wm, "/vm/v3/host/101/reinstall", """
        {"os": 26, "password": "R00t-secret-never-logged", "send_email_mode": "default", "disk": 55,
         "recipe_list": [{"recipe": 5}]}
        """);
    assertThat(again.vmId()).isEqualTo(101);
    assertThat(again.task()).isEqualTo(TaskRef.of(5600, TaskRef.HOST_REINSTALL));
    assertThat(again.recipeTasks()).containsExactly(TaskRef.of(5601));
  }

  @Test
  void reinstallsWithOnlyTheOs(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host/101/reinstall", "{\"id\":101,\"task\":5602}");

    vm6.vms().reinstall(101, Reinstall.builder().osId(26).build());

    verifyPost(wm, "/vm/v3/host/101/reinstall", "{\"os\": 26}");
  }

  @Test
  void changesThePassword(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host/101/password", "{\"id\":101,\"task\":5610}");

    VmAction changed = vm6.vms().changePassword(101, ROOT_PASSWORD);

    verifyPost(wm, "/vm/v3/host/101/password", "{\"password\": \"R00t-secret-never-logged\"}");
    assertThat(changed.task()).contains(TaskRef.of(5610));
  }

  @Test
  void aRefusedPasswordNeverAppearsInTheException(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/vm/v3/host/101/password")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"code\":5004,\"msg\":\"Weak password=" + ROOT_PASSWORD + "\"}}")));

    assertThatThrownBy(() -> vm6.vms().changePassword(101, ROOT_PASSWORD))
        .isInstanceOf(PanelInvalidRequestException.class)
        .hasMessageContaining("POST /vm/v3/host/101/password")
        .hasMessageNotContaining(ROOT_PASSWORD);
  }

  @Test
  void changesResourcesNowOrAtTheNextStop(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host/101/resource", "{\"id\":101,\"task\":5620}");

    VmAction now = vm6.vms().changeResources(101, ResourceChange.builder().cpuNumber(4).ramMib(4096).build());
    vm6.vms().changeResources(101, ResourceChange.builder().netBandwidthMbitps(200).deferUntilStop(true).build());

    verifyPost(wm, "/vm/v3/host/101/resource", "{\"cpu_number\": 4, \"ram_mib\": 4096}");
    verifyPost(wm, "/vm/v3/host/101/resource",
        "{\"net_bandwidth_mbitps\": 200, \"defer\": {\"action\": \"host_stop\"}}");
    assertThat(now.task()).contains(TaskRef.of(5620, TaskRef.HOST_CHANGE_PARAMS));
  }

  @Test
  void growsADisk(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/disk/55", "{\"id\":55,\"task\":5630}");

    VmAction resized = vm6.vms().resizeDisk(55, 20480, true);

    verifyPost(wm, "/vm/v3/disk/55", "{\"size_mib\": 20480, \"defer\": {\"action\": \"host_stop\"}}");
    assertThat(resized.id()).isEqualTo(55);
    assertThat(resized.task()).contains(TaskRef.of(5630, TaskRef.DISK_RESIZE));
  }

  @Test
  void growsADiskNowWithoutADefer(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/disk/56", "{\"id\":56,\"task\":5631}");

    VmAction resized = vm6.vms().resizeDisk(56, 30720, false);

    // equalToJson is strict about extra fields: no "defer" key at all, not a null one.
    verifyPost(wm, "/vm/v3/disk/56", "{\"size_mib\": 30720}");
    assertThat(resized.task()).contains(TaskRef.of(5631, TaskRef.DISK_RESIZE));
  }

  @Test
  void addsAddresses(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host/101/ip", "{\"id\":101,\"task\":5640}");

    VmAction added = vm6.vms().addIps(101, IpAddition.ipv4(2));
    vm6.vms().addIps(101, IpAddition.builder().ipv4Number(1).addIpv4Pools(3L, 4L).ipv6Enabled(true).ipv6Prefix(64)
        .build());

    verifyPost(wm, "/vm/v3/host/101/ip", "{\"ipv4_number\": 2}");
    verifyPost(wm, "/vm/v3/host/101/ip",
        "{\"ipv4_number\": 1, \"ipv4_pool\": [3, 4], \"ipv6_enabled\": true, \"ipv6_prefix\": 64}");
    assertThat(added.task()).contains(TaskRef.of(5640, TaskRef.IP_CHANGE));
  }

  @Test
  void changesTheOwner(WireMockRuntimeInfo wm) {
    answerPost(wm, "/vm/v3/host/101/account", "{\"id\":101}");

    VmAction moved = vm6.vms().changeOwner(101, 8);

    verifyPost(wm, "/vm/v3/host/101/account", "{\"account\": 8}");
    assertThat(moved.id()).isEqualTo(101);
    assertThat(moved.task()).isEmpty();
  }
}

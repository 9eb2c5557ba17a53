package dev.ispkit.vm6;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.client.core.transport.FakeTime;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is refused before any request, naming the field; a password is never repeated. */
@WireMockTest
final class InputCheckTest {
  private static final String SECRET = "Sup3r-secret-never-shown";

  private static NewVm.Builder goodVm() {
    NewVm.Builder builder = NewVm.builder();
    builder.name("vps").clusterId(1).accountId(7).osId(25).cpuNumber(1).ramMib(1024).hddMib(10240).password(SECRET);
    return builder;
  }

  private static Arguments bad(String field, Consumer<Vm6Client> call) {
    return Arguments.of(field, call);
  }

  static Stream<Arguments> badCalls() {
    TaskRef ref = TaskRef.of(5551, TaskRef.HOST_CREATE);
    return Stream.of(
        bad("vmId", vm6 -> vm6.vms().get(0)),
        bad("vmId", vm6 -> vm6.vms().find(-1)),
        bad("vmId", vm6 -> vm6.vms().start(0)),
        bad("vmId", vm6 -> vm6.vms().stop(0, true)),
        bad("vmId", vm6 -> vm6.vms().restart(-5, false)),
        bad("vmId", vm6 -> vm6.vms().delete(0)),
        bad("vmId", vm6 -> vm6.vms().ipv4(0)),
        bad("vmId", vm6 -> vm6.vms().changePassword(0, SECRET)),
        bad("password", vm6 -> vm6.vms().changePassword(101, "  ")),
        bad("password", vm6 -> vm6.vms().changePassword(101, null)),
        bad("change", vm6 -> vm6.vms().changeResources(101, null)),
        bad("vmId", vm6 -> vm6.vms().addIps(0, IpAddition.ipv4(1))),
        bad("accountId", vm6 -> vm6.vms().changeOwner(101, 0)),
        bad("diskId", vm6 -> vm6.vms().resizeDisk(0, 20480, false)),
        bad("sizeMib", vm6 -> vm6.vms().resizeDisk(55, 0, false)),
        bad("reinstall", vm6 -> vm6.vms().reinstall(101, null)),
        bad("vm", vm6 -> vm6.vms().create(null)),
        bad("installation", vm6 -> vm6.vms().awaitOsInstalled(null, WaitOptions.timeout(Duration.ofMinutes(1)), null)),
        bad("clusterId", vm6 -> vm6.clusters().get(0)),
        bad("clusterId", vm6 -> vm6.clusters().ipPools(-1)),
        bad("query", vm6 -> vm6.nodes().list(null)),
        bad("query", vm6 -> vm6.osTemplates().stream(null)),
        bad("where", vm6 -> vm6.recipes().first(null)),
        bad("email", vm6 -> vm6.accounts().findByEmail(" ")),
        bad("account", vm6 -> vm6.accounts().create(null)),
        bad("user", vm6 -> vm6.accounts().loginKey("")),
        bad("taskId", vm6 -> vm6.tasks().get(0)),
        bad("task", vm6 -> vm6.tasks().find(null)),
        bad("options", vm6 -> vm6.tasks().await(ref, null, null)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("badCalls")
  void badCallsSendNothing(String field, Consumer<Vm6Client> call, WireMockRuntimeInfo wm) {
    try (Vm6Client vm6 = Vm6Panel.client(wm.getHttpBaseUrl(), new FakeTime())) {
      assertThatThrownBy(() -> call.accept(vm6))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field))
          .hasMessageNotContaining(SECRET);
    }
    assertThat(wm.getWireMock().find(anyRequestedFor(anyUrl()))).isEmpty();
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("name", (Runnable) () -> goodVm().name(" ").build()),
        Arguments.of("clusterId", (Runnable) () -> goodVm().clusterId(0).build()),
        Arguments.of("accountId", (Runnable) () -> goodVm().accountId(-7).build()),
        Arguments.of("osId", (Runnable) () -> goodVm().osId(0).build()),
        Arguments.of("cpuNumber", (Runnable) () -> goodVm().cpuNumber(0).build()),
        Arguments.of("ramMib", (Runnable) () -> goodVm().ramMib(0).build()),
        Arguments.of("hddMib", (Runnable) () -> goodVm().hddMib(-1).build()),
        Arguments.of("password", (Runnable) () -> goodVm().password("").build()),
        Arguments.of("ipv4Number", (Runnable) () -> goodVm().ipv4Number(-1).build()),
        Arguments.of("ipv4Pools", (Runnable) () -> goodVm().addIpv4Pools(0L).build()),
        Arguments.of("ipv6Prefix", (Runnable) () -> goodVm().ipv6Prefix(64).build()),
        Arguments.of("netBandwidthMbitps", (Runnable) () -> goodVm().netBandwidthMbitps(0).build()),
        Arguments.of("nodeId", (Runnable) () -> goodVm().nodeId(0).build()),
        Arguments.of("domain", (Runnable) () -> goodVm().domain(" ").build()),
        Arguments.of("recipeId", (Runnable) () -> RecipeRun.of(0)),
        Arguments.of("ipPoolId", (Runnable) () -> CustomInterface.builder().ipPoolId(0).build()),
        Arguments.of("ipCount", (Runnable) () -> CustomInterface.builder().ipCount(-1).build()),
        Arguments.of("bridge", (Runnable) () -> CustomInterface.builder().bridge(" ").build()),
        Arguments.of("bridge", (Runnable) () -> CustomInterface.builder().bridge("vm br1").build()),
        Arguments.of("mac", (Runnable) () -> CustomInterface.builder().mac("52:54:00:ab:cd").build()),
        Arguments.of("ipAddress", (Runnable) () -> CustomInterface.builder().ipAddress("host.example.com").build()),
        Arguments.of("ipAddress", (Runnable) () -> CustomInterface.builder().ipAddress("10.0.0.5").ipPoolId(3).build()),
        Arguments.of("ipCount", (Runnable) () -> CustomInterface.builder().ipAddress("10.0.0.5").ipCount(2).build()),
        Arguments.of("ipv4Pools", (Runnable) () -> goodVm().addIpv4Pools(3L)
            .addCustomInterfaces(CustomInterface.builder().build()).build()),
        Arguments.of("ipv4Number", (Runnable) () -> goodVm().ipv4Number(2)
            .addCustomInterfaces(CustomInterface.builder().build()).build()),
        Arguments.of("osId", (Runnable) () -> Reinstall.builder().osId(0).build()),
        Arguments.of("password", (Runnable) () -> Reinstall.builder().osId(25).password(" ").build()),
        Arguments.of("resources", (Runnable) () -> ResourceChange.builder().deferUntilStop(true).build()),
        Arguments.of("cpuNumber", (Runnable) () -> ResourceChange.builder().cpuNumber(0).build()),
        Arguments.of("ramMib", (Runnable) () -> ResourceChange.builder().ramMib(0).build()),
        Arguments.of("ipv4Number", (Runnable) () -> IpAddition.ipv4(0)),
        Arguments.of("ipv4Number", (Runnable) () -> IpAddition.ipv4(-2)),
        Arguments.of("ipv6Prefix", (Runnable) () -> IpAddition.builder().ipv6Enabled(true).ipv6Prefix(129).build()),
        Arguments.of("email", (Runnable) () -> NewAccount.of("not-an-email", SECRET)),
        Arguments.of("email", (Runnable) () -> NewAccount.of(null, SECRET)),
        Arguments.of("password", (Runnable) () -> NewAccount.of("client@example.com", " ")),
        Arguments.of("consulId", (Runnable) () -> TaskRef.of(0, TaskRef.HOST_CREATE)),
        Arguments.of("name", (Runnable) () -> TaskRef.of(5551, " ")),
        // required values left out or given as null: named, not a bare NullPointerException
        Arguments.of("name", (Runnable) () -> goodVm().name(null)),
        Arguments.of("password", (Runnable) () -> goodVm().password(null)),
        Arguments.of("osId", (Runnable) () -> Reinstall.builder().build()),
        Arguments.of("name, clusterId, accountId, osId, cpuNumber, ramMib, hddMib",
            (Runnable) () -> NewVm.builder().password(SECRET).build()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("badValues")
  void badValuesAreRefusedWhenBuilt(String field, Runnable build) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void aRefusedPasswordIsMasked() {
    assertThatThrownBy(() -> goodVm().password("   ").build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.value()).isEqualTo("****"));
  }

  @Test
  void requestValuesNeverPrintSecrets() {
    NewVm vm = goodVm().addRecipes(RecipeRun.builder().recipeId(5).putParams("DB_PASSWORD", SECRET).build()).build();
    List<Object> values = List.of(vm, vm.recipes().get(0), NewAccount.of("client@example.com", SECRET),
        Reinstall.builder().osId(25).password(SECRET).build());

    assertThat(values).allSatisfy(value -> assertThat(value.toString()).doesNotContain(SECRET).contains("****"));
  }
}

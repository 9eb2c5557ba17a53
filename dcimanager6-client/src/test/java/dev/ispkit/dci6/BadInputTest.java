package dev.ispkit.dci6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.MissingInputException;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.client.core.Where;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad arguments are refused with the field's name before anything is sent: not even the login. */
@WireMockTest
final class BadInputTest {
  private static final WaitOptions WAIT = WaitOptions.timeout(Duration.ofMinutes(1));
  private static final OsInstallation LINUX =
      OsInstallation.builder().osTemplate(1).password("pw").build();

  private TestPanel panel;

  @BeforeEach
  void start(WireMockRuntimeInfo info) {
    panel = TestPanel.start(info, "/api");
  }

  @AfterEach
  void stop() {
    panel.close();
  }

  static Stream<Arguments> refusedCalls() {
    return Stream.of(
        call("serverId", dci -> dci.servers().get(0)),
        call("serverId", dci -> dci.servers().get(-5)),
        call("locationId", dci -> dci.servers().freeInLocation(0)),
        call("locationId", dci -> dci.servers().inLocation(-1)),
        call("userId", dci -> dci.servers().setOwner(1, 0)),
        call("serverId", dci -> dci.servers().removeOwner(0)),
        call("query", dci -> dci.servers().list(null)),
        call("query", dci -> dci.servers().stream(null, 10)),
        call("pageSize", dci -> dci.servers().stream(ListQuery.all(), 0)),
        call("pageSize", dci -> dci.servers().stream(ListQuery.all(), -100)),
        call("email", dci -> dci.users().findByEmail(null)),
        call("email", dci -> dci.users().findByEmail("  ")),
        call("email", dci -> dci.users().findByEmail("not an email")),
        call("email", dci -> dci.users().findByEmail("two@at@example.com")),
        call("user", dci -> dci.users().create(null)),
        call("user", dci -> dci.users().findOrCreate(null)),
        call("emailOrId", dci -> dci.users().loginKey(null)),
        call("emailOrId", dci -> dci.users().loginKey(" ")),
        call("emailOrId", dci -> dci.users().loginKey("../../token")),
        call("userId", dci -> dci.users().loginKey(0L)),
        call("serverId", dci -> dci.power().on(0)),
        call("serverId", dci -> dci.power().off(-1)),
        call("serverId", dci -> dci.power().reset(0)),
        call("serverId", dci -> dci.power().status(0)),
        call("serverId", dci -> dci.switchPorts().enable(0)),
        call("serverId", dci -> dci.switchPorts().disable(0)),
        call("switchId", dci -> dci.switchPorts().set(0, 1, PortStatus.UP)),
        call("adminStatus", dci -> dci.switchPorts().set(1, 1, null)),
        call("adminStatus", dci -> dci.switchPorts().set(1, 1, PortStatus.UNKNOWN)),
        call("serverId", dci -> dci.ips().list(0)),
        call("request", dci -> dci.ips().add(1, null)),
        call("ipId", dci -> dci.ips().remove(1, 0)),
        call("serverId", dci -> dci.ips().removeAll(-2)),
        call("serverId", dci -> dci.operations().diagnostics(0, true)),
        call("options", dci -> dci.operations().diagnoseAndWait(1, true, null, null)),
        call("installation", dci -> dci.operations().install(1, null)),
        call("options", dci -> dci.operations().installAndWait(1, LINUX, null, null)),
        call("serverId", dci -> dci.operations().installAndWait(0, LINUX, WAIT, null)),
        call("templateId", dci -> dci.osTemplates().find(1, 0)),
        call("locationId", dci -> dci.osTemplates().find(0, 1)),
        call("operationId", dci -> dci.operations().get(0)),
        call("operationId", dci -> dci.operations().stop(-1)),
        call("operationId", dci -> dci.operations().await(0, WAIT, null)),
        call("options", dci -> dci.operations().stopRunning(1, null)),
        call("locationId", dci -> dci.osTemplates().list(0)),
        call("locationId", dci -> dci.recipes().list(0)),
        call("query", dci -> dci.locations().list(null)),
        call("query", dci -> dci.users().list(null)));
  }

  private static Arguments call(String field, Consumer<Dci6Client> call) {
    return Arguments.of(field, call);
  }

  @ParameterizedTest(name = "{0} #{index}")
  @MethodSource("refusedCalls")
  void isRefusedBeforeAnyRequest(String field, Consumer<Dci6Client> call) {
    assertThatThrownBy(() -> call.accept(panel.dci)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo(field));
    assertThat(panel.wm.find(RequestPatternBuilder.allRequests())).isEmpty();
  }

  @Test
  void requestValuesCheckThemselvesWhenBuilt() {
    assertRefused("email", () -> NewUser.builder().email("nobody").password("pw").build());
    assertRefused("password", () -> NewUser.builder().email("a@example.com").password("").build());
    assertRefused("role", () -> NewUser.builder().email("a@example.com").password("pw").role(" ").build());
    assertRefused("count", () -> IpRequest.ipv4(0));
    assertRefused("count", () -> IpRequest.builder().count(-3).build());
    assertRefused("pool", () -> IpRequest.builder().pool(0L).build());
    assertRefused("count", () -> IpRequest.builder().address("10.0.0.1").count(2).build());
    assertRefused("address", () -> IpRequest.builder().address(" ").build());
    assertRefused("family", () -> IpRequest.builder().family(IpFamily.UNKNOWN).build());
    assertRefused("osTemplate", () -> OsInstallation.builder().osTemplate(0).password("pw").build());
    assertRefused("password", () -> OsInstallation.builder().osTemplate(1).password("").build());
    assertRefused("hostname",
        () -> OsInstallation.builder().osTemplate(1).password("pw").hostname("bad host name").build());
    assertRefused("hostname", () -> OsInstallation.builder().osTemplate(1).password("pw").hostname("-a.com").build());
    assertRefused("recipe", () -> OsInstallation.builder().osTemplate(1).password("pw").recipe(-1L).build());
    assertRefused("sshKeys", () -> OsInstallation.builder().osTemplate(1).password("pw").addSshKeys(" ").build());
    assertRefused("windowsLicenseKey", () -> OsInstallation.builder().osTemplate(1).password("pw")
        .windowsLicenseKey("AAAAA\nBBBBB").build());
    assertRefused("config", () -> Dci6Client.create(null));
  }

  @Test
  void aMissingOrNullValueIsRefusedByNameNotWithABareNullPointer() {
    assertRefused("password", () -> OsInstallation.builder().osTemplate(12).build());
    assertRefused("osTemplate, password", () -> OsInstallation.builder().build());
    assertRefused("hostname", () -> OsInstallation.builder().osTemplate(12).password("pw").hostname((String) null));
    assertRefused("email", () -> NewUser.builder().email(null));
    assertRefused("password", () -> NewUser.builder().email("a@example.com").build());
    assertRefused("address", () -> IpRequest.builder().address((String) null));
    assertThatThrownBy(() -> OsInstallation.builder().osTemplate(12).build())
        .isInstanceOf(MissingInputException.class)
        .hasMessage("password must be set (was null)");
    assertThatThrownBy(() -> OsInstallation.builder().build())
        .hasMessage("osTemplate, password must all be set (was null)");
  }

  @Test
  void secretsAreNeitherEchoedInRefusalsNorPrinted() {
    assertThatThrownBy(() -> OsInstallation.builder().osTemplate(1).password("Top\nSecret").build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.value()).isEqualTo("****");
          assertThat(e.getMessage()).doesNotContain("Secret");
        });
    OsInstallation windows = OsInstallation.builder().osTemplate(1).password("Adm1n-pw")
        .windowsLicenseKey("AAAAA-BBBBB").build();
    NewUser user = NewUser.builder().email("a@example.com").password("Us3r-pw").build();

    assertThat(windows.toString()).doesNotContain("Adm1n-pw").doesNotContain("AAAAA-BBBBB");
    assertThat(user.toString()).doesNotContain("Us3r-pw").contains("a@example.com");
  }

  @Test
  void aWhereLiteralWithAQuoteIsEscapedNotRefused() {
    // Escaping is core's Where; this pins what the DCImanager client relies on for findByEmail and free lists.
    assertThat(Where.field("email").eq("o'brien@example.com").toString()).isEqualTo("email EQ 'o\\'brien@example.com'");
    assertThat(Where.field("name").contains("x' OR 'a'='a").toString())
        .isEqualTo("name CP '%x\\' OR \\'a\\'=\\'a%'");
    assertRefused("where.field", () -> Where.field("name) OR (1"));
  }

  private static void assertRefused(String field, ThrowingCallable call) {
    assertThatThrownBy(call).as(field).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }
}

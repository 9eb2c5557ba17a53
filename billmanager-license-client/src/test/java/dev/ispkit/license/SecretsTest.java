package dev.ispkit.license;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.ispkit.license.LicenseServer.KEY;
import static dev.ispkit.license.LicenseServer.PASSWORD;
import static dev.ispkit.license.LicenseServer.SESSION;
import static dev.ispkit.license.LicenseServer.USER;
import static dev.ispkit.license.LicenseServer.doc;
import static dev.ispkit.license.LicenseServer.error;
import static dev.ispkit.license.LicenseServer.field;
import static dev.ispkit.license.LicenseServer.func;
import static dev.ispkit.license.LicenseServer.ok;
import static dev.ispkit.license.LicenseServer.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.HttpLogLevel;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.RetryPolicy;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.client.core.transport.CapturedLog;
import dev.ispkit.client.core.transport.FakeTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The password (and the session id and license key) never shows in a log line at FULL logging, nor in the message
 * of any exception, the failed call's URL included. slf4j-simple writes {@code dev.ispkit.http} at DEBUG to
 * System.err in these tests (simplelogger.properties), which is captured here.
 */
@WireMockTest
final class SecretsTest {
  private final FakeTime time = new FakeTime();

  /** The password as given, as a form encodes it, and pieces of it that only it contains. */
  private static final List<String> PASSWORD_FORMS = List.of(PASSWORD,
      URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), "w0rd", "ne ver", "ne+ver");

  private static LicenseServerClient client(WireMockRuntimeInfo wm, FakeTime time, AuthMode mode,
      HttpLogLevel level) {
    return LicenseServerClient.builder(LicenseServer.config(wm, time).logLevel(level).build()).authMode(mode).build();
  }

  @Test
  void fullLoggingWithAuthinfoShowsTheExchangeButNoSecret(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(func("soft.edit").willReturn(doc(String.join(",",
        field("id", "81234"), field("licname", "Item #1042"), field("status", "2"), field("lickey", KEY)))));
    wm.getWireMock().register(func("soft.order.param").willReturn(doc(field("id", "81235")
        + ",\"tparams\":{\"authinfo\":{\"$\":\"" + LicenseServer.AUTHINFO + "\"}}")));
    wm.getWireMock().register(func("soft.suspend").willReturn(error("value", "elid", "Not allowed")));

    String log = CapturedLog.during(() -> {
      try (LicenseServerClient client = client(wm, time, AuthMode.AUTHINFO, HttpLogLevel.FULL)) {
        client.get(81234);
        client.order(LicenseOrder.builder().pricelist("3541").period(1).ip("192.0.2.10")
            .licenseName("Item #1042").build());
        catchThrowable(() -> client.suspend(81234));
      }
    });

    assertThat(log)
        .contains("[BILLmanager]")
        .contains("---> POST " + wm.getHttpBaseUrl() + "/manager/billmgr HTTP/1.1")
        .contains("func=soft.edit&elid=81234")
        .contains("authinfo=****")
        .contains("\"lickey\":\"****\"")
        .contains("\"authinfo\":\"****\"")
        .contains("Not allowed")
        .doesNotContain(KEY);
    assertNoPassword(log);
  }

  @Test
  void fullLoggingWithASessionShowsNeitherPasswordNorSession(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(func("auth").willReturn(session(SESSION)));
    wm.getWireMock().register(func("soft.resume").willReturn(ok()));

    String log = CapturedLog.during(() -> {
      try (LicenseServerClient client = client(wm, time, AuthMode.SESSION, HttpLogLevel.FULL)) {
        client.resume(81234);
      }
    });

    assertThat(log)
        .contains("func=auth&username=" + USER + "&password=****")
        .contains("\"auth\":\"****\"")
        .contains("\"password\":\"****\"")
        .contains("func=soft.resume&elid=81234&out=json&lang=en&auth=****")
        .doesNotContain(SESSION);
    assertNoPassword(log);
  }

  @Test
  void noExceptionMessageCarriesThePasswordNorDoesTheFullLogOfTheFailures(WireMockRuntimeInfo wm) {
    List<Throwable> failures = new ArrayList<>();
    // Every failure below runs at FULL logging: what the log shows of failed exchanges is checked too.
    String log = CapturedLog.during(() -> collectFailures(wm, failures));

    assertThat(log).contains("<--- HTTP/1.1 500").contains("authinfo=****");
    assertNoPassword(log);
    assertThat(failures).hasSize(9).doesNotContainNull();
    for (Throwable failure : failures) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        assertNoPassword(String.valueOf(t.getMessage()));
        assertNoPassword(t.toString());
        if (t instanceof PanelException) {
          ((PanelException) t).call().ifPresent(call -> assertNoPassword(call.toString()));
          ((PanelException) t).panelMessage().ifPresent(SecretsTest::assertNoPassword);
        }
      }
    }
  }

  private void collectFailures(WireMockRuntimeInfo wm, List<Throwable> failures) {
    LicenseServerClient authinfo = client(wm, time, AuthMode.AUTHINFO, HttpLogLevel.FULL);
    LicenseServerClient session = client(wm, time, AuthMode.SESSION, HttpLogLevel.FULL);

    // The credentials refused, with authinfo and at a session's login.
    wm.getWireMock().register(func("soft").willReturn(error("auth", "", "Invalid username or password")));
    wm.getWireMock().register(func("auth").willReturn(error("auth", "password", "Invalid username or password")));
    failures.add(failure(authinfo::list));
    failures.add(failure(session::list));
    // A proxy page echoing the request body, as sent (form-encoded).
    String echoed = "<html>bad request: func=soft.edit&elid=5&authinfo="
        + URLEncoder.encode(LicenseServer.AUTHINFO, StandardCharsets.UTF_8) + "</html>";
    wm.getWireMock().register(func("soft.edit").willReturn(aResponse().withStatus(200).withBody(echoed)));
    failures.add(failure(() -> authinfo.get(5)));
    wm.getWireMock().register(func("soft.delete").willReturn(aResponse().withStatus(500).withBody(echoed)));
    failures.add(failure(() -> authinfo.delete(5)));
    // A connection that breaks, and the key wait that runs out.
    wm.getWireMock().register(func("soft.resume").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    failures.add(failure(() -> authinfo.resume(5)));
    wm.getWireMock().register(func("soft.edit").willReturn(doc(field("status", "5"))));
    failures.add(failure(() -> authinfo.awaitKey(5, WaitOptions.timeout(Duration.ofSeconds(30)))));
    // Nobody listening at all.
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ClientConfig nowhere = LicenseServer.config(wm, time).baseUrl("http://127.0.0.1:" + closedPort + "/billmgr")
        .logLevel(HttpLogLevel.FULL).retryPolicy(RetryPolicy.builder().sleeper(time).maxAttempts(2).build()).build();
    try (LicenseServerClient unreachable = LicenseServerClient.create(nowhere)) {
      failures.add(failure(unreachable::list));
    }
    // Refused before sending: a blank password, a user name authinfo cannot carry.
    failures.add(failure(() -> LicenseServerClient.create(LicenseServer.config(wm, time)
        .credentials(Credentials.of(USER, "   ")).build())));
    failures.add(failure(() -> LicenseServerClient.create(LicenseServer.config(wm, time)
        .credentials(Credentials.of("reseller:" + PASSWORD, PASSWORD)).build())));
    authinfo.close();
    session.close();
  }

  private static Throwable failure(ThrowingCallable call) {
    return catchThrowable(call);
  }

  private static void assertNoPassword(String text) {
    for (String form : PASSWORD_FORMS) {
      assertThat(text).doesNotContain(form);
    }
  }
}

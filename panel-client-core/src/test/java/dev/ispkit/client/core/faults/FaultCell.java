package dev.ispkit.client.core.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.HttpLogLevel;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.RetryPolicy;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.client.core.transport.CapturedLog;
import dev.ispkit.client.core.transport.FakeTime;
import dev.ispkit.client.core.transport.StallingPanel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one cell of a fault matrix: makes the fault on the call's endpoint, runs the call on a fresh client at FULL
 * logging, and asserts what the matrix expects: the outcome (success, or exactly the exception class), the number of
 * requests of the call the panel received and of logins, that a failed call's exception names the call, and that no
 * secret, whole or its first characters, plain or form-encoded, shows in the exception (its whole stack trace) or in
 * the log.
 *
 * <p>Every client's matrix runs with the same settings, so the counts of the three tables compare: the default
 * retry policy with at most {@value #ATTEMPTS} attempts and no jitter, on a fake clock (pauses take no time), a read
 * timeout of {@link #READ_TIMEOUT}, and waits of {@link #WAIT}.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0} × {1}")
 * @MethodSource("cells")
 * void cell(PanelFault fault, CallKind kind, WireMockRuntimeInfo wm) throws IOException {
 *   FaultCell.run(MATRIX, fault, kind, PANEL, call(kind), wm);
 * }
 * }</pre>
 */
public final class FaultCell {
  /** The most attempts of one call in the matrix: a 503 burst of two ends within them. */
  public static final int ATTEMPTS = 3;
  /** The read timeout of the matrix's clients: short, so that timeouts cost little real time. */
  public static final Duration READ_TIMEOUT = Duration.ofMillis(400);
  /** What a long wait of the matrix waits: one second on the fake clock, looking once a second. */
  public static final WaitOptions WAIT =
      WaitOptions.builder().timeout(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1)).build();

  /** How long a panel "hangs" before its answer: well past the read timeout. */
  private static final int HANG_MILLIS = 1_200;
  /** How many characters of a secret make it recognisable in a cut-off text. */
  private static final int SECRET_PREFIX = 8;
  private static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
      + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

  private FaultCell() {}

  /**
   * Runs the cell and asserts it.
   *
   * @param matrix the client's matrix, which says what the cell expects
   * @param fault the row
   * @param kind the column
   * @param panel the panel
   * @param call the column's call on this panel
   * @param wm the WireMock server, reset before the cell
   * @param <C> the client facade
   * @throws IOException when the stalling front for a slow body cannot open a port
   */
  public static <C extends AutoCloseable> void run(FaultMatrix matrix, PanelFault fault, CallKind kind,
      MatrixPanel<C> panel, MatrixCall<C> call, WireMockRuntimeInfo wm) throws IOException {
    WireMock stubs = wm.getWireMock();
    List<String> secrets = new ArrayList<>(panel.secrets());
    secrets.addAll(call.secrets());
    stubs.register(panel.login());
    call.alongside().forEach(stubs::register);
    makeFault(stubs, fault, panel, call, secrets);

    AtomicReference<Throwable> thrown = new AtomicReference<>();
    String log;
    try (StallingPanel front = fault == PanelFault.SLOW_BODY ? StallingPanel.inFrontOf(wm.getHttpBaseUrl()) : null) {
      String baseUrl = (front == null ? wm.getHttpBaseUrl() : front.baseUrl()) + panel.basePath();
      ClientConfig config = configuration(baseUrl, panel);
      log = CapturedLog.during(() -> {
        try (C client = panel.connect(config)) {
          call.action().accept(client);
        } catch (Throwable failure) {
          thrown.set(failure);
        }
      });
    }

    if (fault == PanelFault.READ_TIMEOUT) {
      // WireMock journals a request whose answer it delays only once the delay is over: a client that gave up after
      // the read timeout is counted right only when every delayed answer has been sent. (Seen under CI load.)
      try {
        Thread.sleep(HANG_MILLIS + 200L);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the delayed answers were sent", e);
      }
    }
    List<LoggedRequest> received = stubs.find(RequestPatternBuilder.allRequests());
    int logins = (int) received.stream().filter(panel::isLogin).count();
    Throwable failure = thrown.get();
    int requests = received.size() - logins;
    String cell = matrix.client() + ": " + fault + " × " + kind;
    assertThat(failure == null || failure instanceof RuntimeException)
        .as("%s threw something else than an unchecked exception:%n%s", cell, stackTrace(failure)).isTrue();
    assertThat(requests).as("%s: requests of the call", cell).isPositive();
    Class<? extends RuntimeException> type = failure == null ? null : ((RuntimeException) failure).getClass();
    assertThat(new Outcome(type, requests, Math.max(0, logins - 1)))
        .as("%s (what was thrown: %s)", cell, failure == null ? "nothing" : stackTrace(failure))
        .isEqualTo(matrix.expected(fault, kind));
    if (failure instanceof PanelException && !(failure instanceof OperationTimeoutException)) {
      // A wait's timeout is about the wait, not one call; every other failure names the call that failed.
      assertThat(((PanelException) failure).call()).as("%s: the call the exception names", cell).isPresent();
      assertThat(failure.getMessage()).as("%s: the message names the call", cell)
          .contains(((PanelException) failure).call().orElseThrow().toString());
    }
    assertThat(log).as("%s: the FULL log of the call", cell).contains("---> ");
    String exception = stackTrace(failure);
    for (String secret : secrets) {
      for (String shape : shapes(secret)) {
        assertThat(log).as("%s: the log shows a secret", cell).doesNotContain(shape);
        assertThat(exception).as("%s: the exception shows a secret", cell).doesNotContain(shape);
      }
    }
  }

  private static ClientConfig configuration(String baseUrl, MatrixPanel<?> panel) {
    FakeTime time = new FakeTime();
    return time.clientConfig(baseUrl, panel.credentials())
        .readTimeout(READ_TIMEOUT)
        .logLevel(HttpLogLevel.FULL)
        .retryPolicy(RetryPolicy.builder().sleeper(time).jitter(0).maxAttempts(ATTEMPTS).build())
        .build();
  }

  /** Registers the fault on the call's endpoint. */
  private static void makeFault(WireMock stubs, PanelFault fault, MatrixPanel<?> panel, MatrixCall<?> call,
      List<String> secrets) {
    ResponseDefinitionBuilder normal = json(call.answer());
    switch (fault) {
      case BURST_503:
        inTurn(stubs, call, panel.error(503), panel.error(503), normal);
        break;
      case ERROR_500:
        stubs.register(call.endpoint().get().willReturn(panel.error(500)));
        break;
      case RESET_BEFORE_HEADERS:
        stubs.register(call.endpoint().get().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        break;
      case RESET_MID_BODY:
        stubs.register(call.endpoint().get()
            .willReturn(aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        break;
      case READ_TIMEOUT:
        stubs.register(call.endpoint().get().willReturn(json(call.answer()).withFixedDelay(HANG_MILLIS)));
        break;
      case SLOW_BODY:
        stubs.register(call.endpoint().get().willReturn(json(call.answer()).withHeader(StallingPanel.STALL_HEADER,
            "yes")));
        break;
      case MALFORMED_JSON:
        stubs.register(call.endpoint().get().willReturn(json(cut(call.answer(), secrets))));
        break;
      case NULL_BODY:
        stubs.register(call.endpoint().get().willReturn(json("null")));
        break;
      case HTML_PAGE:
        stubs.register(call.endpoint().get().willReturn(aResponse().withStatus(502)
            .withHeader("Content-Type", "text/html").withBody(NGINX_502)));
        break;
      case EXPIRED_401:
        inTurn(stubs, call, panel.sessionRefused(), normal);
        break;
      default:
        throw new IllegalArgumentException("no way to make " + fault);
    }
  }

  /** The endpoint answers with each answer in turn, the last one from then on. */
  private static void inTurn(WireMock stubs, MatrixCall<?> call, ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      ScenarioMappingBuilder stub = call.endpoint().get().inScenario("fault")
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i);
      if (i < answers.length - 1) {
        stub = stub.willSetStateTo("answer " + (i + 1));
      }
      stubs.register(stub.willReturn(answers[i]));
    }
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body);
  }

  /** The answer cut in the middle of the first secret it carries, or in its middle when it carries none. */
  static String cut(String answer, List<String> secrets) {
    for (String secret : secrets) {
      int at = answer.indexOf(secret);
      if (at >= 0 && secret.length() >= 2) {
        int end = at + Math.max(SECRET_PREFIX, secret.length() / 2);
        return answer.substring(0, Math.min(answer.length() - 1, end));
      }
    }
    return answer.substring(0, answer.length() / 2);
  }

  /** The forms a secret could show in: whole and its first characters, as written and form-encoded. */
  private static List<String> shapes(String secret) {
    String prefix = secret.length() > SECRET_PREFIX ? secret.substring(0, SECRET_PREFIX) : secret;
    String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    String encodedPrefix = encoded.length() > SECRET_PREFIX ? encoded.substring(0, SECRET_PREFIX) : encoded;
    return List.of(secret, prefix, encoded, encodedPrefix);
  }

  private static String stackTrace(Throwable failure) {
    if (failure == null) {
      return "";
    }
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}

package dev.ispkit.dci6;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.WaitOptions;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON literal {@code null} as an answer: every call fails with a response error naming it, no NPE. */
@WireMockTest
final class NullAnswersTest {
  static Stream<Arguments> calls() {
    WaitOptions minute = WaitOptions.timeout(Duration.ofMinutes(1));
    return Stream.of(
        Arguments.of("servers().get", "/dci/v3/server/3241", (Consumer<Dci6Client>) dci -> dci.servers().get(3241)),
        Arguments.of("power().status", "/dci/v3/server/3241",
            (Consumer<Dci6Client>) dci -> dci.power().status(3241)),
        Arguments.of("servers().freeInLocation", "/dci/v3/server",
            (Consumer<Dci6Client>) dci -> dci.servers().freeInLocation(3)),
        Arguments.of("operations().awaitOnServer", "/dci/v3/server/3241",
            (Consumer<Dci6Client>) dci -> dci.operations().awaitOnServer(3241, 25, minute, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void aNullAnswerIsAResponseErrorNamingTheCall(String name, String path, Consumer<Dci6Client> call,
      WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, "/api")) {
      panel.wm.register(get(urlPathEqualTo(panel.path(path))).willReturn(okJson("null")));

      assertThatThrownBy(() -> call.accept(panel.dci))
          .isInstanceOf(PanelResponseException.class)
          .hasMessageContaining("GET " + panel.path(path))
          .hasMessageContaining("with null");
    }
  }
}

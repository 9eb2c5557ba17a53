package dev.ispkit.simulator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone entry point as a user runs it: the printed URL and login answer real calls, and it stops cleanly.
 * Only the printed lines are used to reach it, never {@link PanelSimulator#baseUrl()}.
 */
class StandaloneTest {
  private static final Pattern LISTENING =
      Pattern.compile("Panel simulator listening on (http://127\\.0\\.0\\.1:(\\d+))");
  private static final Pattern LOGIN = Pattern.compile("  login (\\S+) / (\\S+)");

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;

  @Test
  void launchPrintsWhereItListensAndServesTheSeededInventoryUntilClosed() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PanelSimulator sim = PanelSimulator.launch(new String[] {"--port", "0", "--servers", "30", "--seed", "7"},
        new PrintStream(printed, true, UTF_8));
    int port;
    List<String> lines = printed.toString(UTF_8).lines().toList();
    JsonNode servers;
    try {
      port = sim.port();
      assertThat(port).isPositive();
      assertThat(lines).hasSize(5);
      assertThat(lines.get(0)).isEqualTo("Panel simulator listening on http://127.0.0.1:" + port);
      assertThat(lines.get(1)).contains("http://127.0.0.1:" + port + "/api/dci/v3")
          .contains("http://127.0.0.1:" + port + "/vm/v3");
      assertThat(lines.get(3)).contains("http://127.0.0.1:" + port + "/billmgr")
          .contains("authinfo=reseller:simulator-billing");
      assertThat(lines.get(4)).isEqualTo("  30 servers over 3 locations, seed 7");

      servers = serverList(lines);
    } finally {
      sim.close();
    }

    assertThat(servers.get("size").asInt()).isEqualTo(30);
    try (PanelSimulator same = PanelSimulator.start(SimulatorOptions.builder().servers(30).seed(7).build())) {
      assertThat(names(servers)).as("--seed 7 gives seed 7's inventory")
          .isEqualTo(names(new Http(same).login().get("/dci/v3/server").json()));
    }
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThat(again.getLocalPort()).as("the port is free after close").isEqualTo(port);
    }
  }

  @Test
  void helpPrintsTheUsageAndStartsNothing() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    PanelSimulator sim = PanelSimulator.launch(new String[] {"--help"}, new PrintStream(printed, true, UTF_8));

    assertThat(sim).isNull();
    assertThat(printed.toString(UTF_8)).startsWith("usage: PanelSimulator [--port N] [--servers N] [--seed N]");
  }

  /**
   * {@code main} itself in its own JVM, as {@code java -cp ... dev.ispkit.simulator.PanelSimulator} runs it: it
   * blocks until killed, so the process is stopped as a user stops it (SIGTERM), which runs its shutdown hook. The
   * timeout runs the body on its own thread, so a read that never returns fails the test; {@link #endProcess()} then
   * ends the JVM, which also ends that read.
   */
  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void mainRunsInItsOwnJvmAndEndsWhenTerminated(@TempDir Path dir) throws Exception {
    Path errors = dir.resolve("stderr.txt");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        PanelSimulator.class.getName(), "--port", "0", "--servers", "12", "--seed", "3")
        .redirectError(errors.toFile()).start();
    List<String> lines = new ArrayList<>();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
    while (lines.size() < 5) {
      String line = out.readLine();
      if (line == null) {
        break;
      }
      lines.add(line);
    }

    assertThat(lines).as("stdout; stderr: %s", Files.readString(errors)).hasSize(5);
    assertThat(lines.get(0)).matches(LISTENING);
    assertThat(lines.get(4)).isEqualTo("  12 servers over 3 locations, seed 3");
    assertThat(serverList(lines).get("size").asInt()).isEqualTo(12);
    assertThat(process.isAlive()).as("main keeps running after it printed").isTrue();

    process.destroy();

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
  }

  @AfterEach
  void endProcess() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** Logs in with the printed credentials at the printed URL and lists the servers. */
  private JsonNode serverList(List<String> lines) throws Exception {
    Matcher url = LISTENING.matcher(lines.get(0));
    Matcher login = LOGIN.matcher(lines.get(2));
    assertThat(url.matches()).as(lines.get(0)).isTrue();
    assertThat(login.matches()).as(lines.get(2)).isTrue();
    String base = url.group(1);
    HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/v4/public/token"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"email\":\"" + login.group(1) + "\",\"password\":\"" + login.group(2) + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
    String session = Http.MAPPER.readTree(token.body()).get("token").asText();
    HttpResponse<String> list = client.send(HttpRequest.newBuilder(URI.create(base + "/api/dci/v3/server"))
        .header("x-xsrf-token", session).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return Http.MAPPER.readTree(list.body());
  }

  private static List<String> names(JsonNode serverList) {
    List<String> out = new ArrayList<>();
    serverList.get("list").forEach(s -> out.add(s.get("name").asText() + " " + s.get("mac").asText()));
    return out;
  }
}

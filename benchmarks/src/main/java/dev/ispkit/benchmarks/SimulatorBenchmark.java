package dev.ispkit.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.SimulatorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The panel simulator's start-up, its 20 000-server list and a single server's answer, each against a baseline in
 * the same run.
 *
 * <ul>
 *   <li>{@link #startSimulator()} starts a simulator of 40 servers and stops it; {@link #startBareServer()} starts
 *       and stops the JDK's {@code HttpServer} alone, so the ratio is the simulator's cost over a bare server's.</li>
 *   <li>{@link #listTwentyThousandServers()} reads {@code GET /api/dci/v3/server} of a 20 000-server simulator to
 *       the last byte; {@link #sendSameBytes()} reads the same bytes, prepared once, from a bare {@code HttpServer}:
 *       the ratio is what finding and writing the servers costs over moving the bytes.</li>
 *   <li>{@link #getOneServer()} reads {@code GET /api/dci/v3/server/{id}} from the simulator;
 *       {@link #sameServerFromJdkServer()} reads the same bytes from the JDK {@code HttpServer} as the simulator
 *       used it until it had a port of its own (no flag: Nagle holds each body for the client's delayed ACK), and
 *       {@link #sameServerFromJdkServerWithNoDelay()} the same with {@code -Dsun.net.httpserver.nodelay=true}, the
 *       flag users had to pass. The baseline does none of the simulator's routing, auth or JSON work, so the ratio
 *       understates what the simulator gained.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulatorBenchmark {
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  /** Any server of the 20 000: the generator numbers them from 1. */
  private static final int SERVER_ID = 1234;

  private PanelSimulator large;
  private HttpServer bare;
  private HttpClient client;
  private HttpRequest listRequest;
  private HttpRequest sameBytesRequest;
  private HttpRequest oneServerRequest;
  private HttpRequest sameServerRequest;

  /** Starts the 20 000-server simulator, logs in, and serves its list's and one server's bytes from a bare server. */
  @Setup
  public void setUp() throws IOException, InterruptedException {
    client = HttpClient.newHttpClient();
    large = PanelSimulator.start(SimulatorOptions.builder().servers(20_000).locations(5).seed(42).build());
    String login = client.send(HttpRequest.newBuilder(URI.create(large.baseUrl() + "/api/auth/v4/public/token"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + SimulatorOptions.DEFAULT_ADMIN_EMAIL
            + "\",\"password\":\"" + SimulatorOptions.DEFAULT_ADMIN_PASSWORD + "\"}"))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher token = TOKEN.matcher(login);
    if (!token.find()) {
      throw new IllegalStateException("no token in the login answer");
    }
    listRequest = HttpRequest.newBuilder(URI.create(large.baseUrl() + "/api/dci/v3/server"))
        .header("x-xsrf-token", token.group(1)).build();
    byte[] list = client.send(listRequest, HttpResponse.BodyHandlers.ofByteArray()).body();
    if (!new String(list, 0, Math.min(list.length, 200), StandardCharsets.UTF_8).contains("\"list\"")) {
      throw new IllegalStateException("the simulator did not list servers");
    }
    oneServerRequest = HttpRequest.newBuilder(URI.create(large.baseUrl() + "/api/dci/v3/server/" + SERVER_ID))
        .header("x-xsrf-token", token.group(1)).build();
    byte[] oneServer = client.send(oneServerRequest, HttpResponse.BodyHandlers.ofByteArray()).body();
    if (!new String(oneServer, StandardCharsets.UTF_8).contains("\"id\":" + SERVER_ID + ",")) {
      throw new IllegalStateException("the simulator did not answer server " + SERVER_ID);
    }
    bare = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    bare.createContext("/", exchange -> answer(exchange, list));
    bare.createContext("/one", exchange -> answer(exchange, oneServer));
    bare.start();
    String bareUrl = "http://127.0.0.1:" + bare.getAddress().getPort();
    sameBytesRequest = HttpRequest.newBuilder(URI.create(bareUrl + "/")).build();
    sameServerRequest = HttpRequest.newBuilder(URI.create(bareUrl + "/one")).build();
  }

  private static void answer(HttpExchange exchange, byte[] body) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Stops both servers. */
  @TearDown
  public void tearDown() {
    large.close();
    bare.stop(0);
  }

  /** A simulator of 40 servers, started and stopped. */
  @Benchmark
  public String startSimulator() {
    try (PanelSimulator simulator = PanelSimulator.start(SimulatorOptions.builder().servers(40).build())) {
      return simulator.baseUrl();
    }
  }

  /** The baseline for start-up: the JDK HttpServer alone, started and stopped. */
  @Benchmark
  public int startBareServer() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.start();
    int port = server.getAddress().getPort();
    server.stop(0);
    return port;
  }

  /** All 20 000 servers from the simulator, read to the last byte. */
  @Benchmark
  public long listTwentyThousandServers() throws IOException, InterruptedException {
    return drain(client.send(listRequest, HttpResponse.BodyHandlers.ofInputStream()).body());
  }

  /** The baseline for the list: the same bytes from a bare server. */
  @Benchmark
  public long sendSameBytes() throws IOException, InterruptedException {
    return drain(client.send(sameBytesRequest, HttpResponse.BodyHandlers.ofInputStream()).body());
  }

  /** One server from the simulator, as a client reads it before an owner claim. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long getOneServer() throws IOException, InterruptedException {
    return drain(client.send(oneServerRequest, HttpResponse.BodyHandlers.ofInputStream()).body());
  }

  /** The baseline for one server: the same bytes from the JDK HttpServer without any flag (the old simulator). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long sameServerFromJdkServer() throws IOException, InterruptedException {
    return drain(client.send(sameServerRequest, HttpResponse.BodyHandlers.ofInputStream()).body());
  }

  /** The same bytes from the JDK HttpServer started with the flag; the property is read once per JVM: own fork. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Fork(jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
  public long sameServerFromJdkServerWithNoDelay() throws IOException, InterruptedException {
    return drain(client.send(sameServerRequest, HttpResponse.BodyHandlers.ofInputStream()).body());
  }

  private static long drain(InputStream body) throws IOException {
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    try (body) {
      for (int n; (n = body.read(buffer)) > 0;) {
        total += n;
      }
    }
    return total;
  }
}

package dev.ispkit.client.core.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A panel that sends an answer's status, headers and the first half of its body, then stalls: the fault WireMock
 * cannot make (its chunked dribble delay holds back the headers too). One request per connection. Public, in core's
 * test jar, so the client modules' fault matrices use this one.
 *
 * <p>Two ways to use it: {@link #StallingPanel(int, String)} answers every request with one body, the first {@code
 * stalls} of them stalled; {@link #inFrontOf(String)} passes every request on to WireMock and stalls the answers
 * whose stub carries the header {@link #STALL_HEADER}, so the stubs (and WireMock's request counts) stay where they
 * are:
 *
 * <pre>{@code
 * wm.register(get(urlPathEqualTo("/api/dci/v3/server/5"))
 *     .willReturn(okJson(body).withHeader(StallingPanel.STALL_HEADER, "yes")));
 * try (StallingPanel front = StallingPanel.inFrontOf(wmInfo.getHttpBaseUrl())) {
 *   client = Dci6Client.create(config(front.baseUrl()));
 * }
 * }</pre>
 */
public final class StallingPanel implements AutoCloseable {
  /** A stub's answer carrying this header is stalled halfway through its body by {@link #inFrontOf(String)}. */
  public static final String STALL_HEADER = "X-Ispkit-Stall-Body";

  /** How long a stalled answer is held at most when the client does not hang up first. */
  private static final int HOLD_MILLIS = 5_000;

  /** What answers one request, and whether to stall it. */
  private interface Answers {
    Answer answer(byte[] request, int number) throws IOException;
  }

  private record Answer(byte[] head, byte[] body, boolean stall) {}

  private final ServerSocket server;
  private final Thread acceptor;
  private final AtomicInteger requests = new AtomicInteger();

  /**
   * A panel answering every request with one JSON body; the first {@code stalls} answers stall.
   *
   * @param stalls how many answers stall before the whole answer comes
   * @param body the JSON body
   * @throws IOException when no local port can be opened
   */
  public StallingPanel(int stalls, String body) throws IOException {
    this((request, number) -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
      return new Answer(head, bytes, number <= stalls);
    });
  }

  private StallingPanel(Answers answers) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        Socket socket;
        try {
          socket = server.accept();
        } catch (IOException closed) {
          return;
        }
        // One thread per connection, so a stalled answer does not hold back the repeat.
        Thread exchange = new Thread(() -> serve(socket, answers), "stalling-panel-exchange");
        exchange.setDaemon(true);
        exchange.start();
      }
    }, "stalling-panel");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * A front to a WireMock server: every request goes on to it, and an answer whose stub carries {@link
   * #STALL_HEADER} comes back with its status, headers and half its body, then nothing.
   *
   * @param upstream WireMock's base URL, for example {@code http://localhost:8080}
   * @return the front; point the client at its {@link #baseUrl()}
   * @throws IOException when no local port can be opened
   */
  public static StallingPanel inFrontOf(String upstream) throws IOException {
    URI target = URI.create(upstream);
    return new StallingPanel((request, number) -> {
      byte[] whole = relay(target, request);
      int end = headEnd(whole);
      byte[] head = Arrays.copyOf(whole, end);
      boolean stall = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
          .contains("\r\n" + STALL_HEADER.toLowerCase(Locale.ROOT) + ":");
      return new Answer(head, Arrays.copyOfRange(whole, end, whole.length), stall);
    });
  }

  /** The URL to point a client at. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** How many requests arrived. */
  public int requests() {
    return requests.get();
  }

  private void serve(Socket socket, Answers answers) {
    try (socket) {
      byte[] request = readRequest(socket.getInputStream());
      Answer answer = answers.answer(request, requests.incrementAndGet());
      OutputStream out = socket.getOutputStream();
      out.write(answer.head());
      if (answer.stall()) {
        out.write(answer.body(), 0, answer.body().length / 2);
        out.flush();
        holdUntilClientHangsUp(socket);
        return;
      }
      out.write(answer.body());
      out.flush();
    } catch (IOException gone) {
      // the client gave up on this exchange
    }
  }

  /** Waits until the client closes the connection (its read timeout), at most {@link #HOLD_MILLIS}. */
  private static void holdUntilClientHangsUp(Socket socket) throws IOException {
    socket.setSoTimeout(HOLD_MILLIS);
    try {
      while (socket.getInputStream().read() >= 0) {
        // the client sends nothing more; a read ends when it hangs up
      }
    } catch (SocketTimeoutException held) {
      // held long enough
    }
  }

  /** One request as it came: the head and a body of its Content-Length. */
  private static byte[] readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    while (!request.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the request ended early");
      }
      request.write(b);
    }
    int length = 0;
    for (String line : request.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).strip());
      }
    }
    request.write(in.readNBytes(length));
    return request.toByteArray();
  }

  /** Sends the request on with {@code Connection: close} and returns all the upstream answered. */
  private static byte[] relay(URI upstream, byte[] request) throws IOException {
    int end = headEnd(request);
    StringBuilder head = new StringBuilder();
    for (String line : new String(request, 0, end, StandardCharsets.ISO_8859_1).split("\r\n")) {
      if (!line.isEmpty() && !line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
        head.append(line).append("\r\n");
      }
    }
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket(upstream.getHost(), upstream.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(request, end, request.length - end);
      out.flush();
      return socket.getInputStream().readAllBytes();
    }
  }

  /** Where the head ends: the index just past its blank line. */
  private static int headEnd(byte[] message) {
    for (int i = 3; i < message.length; i++) {
      if (message[i - 3] == '\r' && message[i - 2] == '\n' && message[i - 1] == '\r' && message[i] == '\n') {
        return i + 1;
      }
    }
    return message.length;
  }

  @Override
  public void close() throws IOException {
    server.close();
    acceptor.interrupt();
  }
}

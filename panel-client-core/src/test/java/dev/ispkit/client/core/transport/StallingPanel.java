package dev.ispkit.client.core.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A panel that sends an answer's status, headers and the first half of its body, then stalls: the fault WireMock
 * cannot make (its chunked dribble delay holds back the headers too). The first {@code stalls} requests stall; the
 * ones after get the whole answer. One request per connection.
 */
final class StallingPanel implements AutoCloseable {
  private final ServerSocket server;
  private final Thread acceptor;
  private final AtomicInteger requests = new AtomicInteger();

  StallingPanel(int stalls, String body) throws IOException {
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
        Thread exchange = new Thread(() -> serve(socket, stalls, body), "stalling-panel-exchange");
        exchange.setDaemon(true);
        exchange.start();
      }
    }, "stalling-panel");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** How many requests arrived. */
  int requests() {
    return requests.get();
  }

  private void serve(Socket socket, int stalls, String body) {
    try (socket) {
      readRequest(socket.getInputStream());
      boolean stall = requests.incrementAndGet() <= stalls;
      answer(socket.getOutputStream(), body, stall);
    } catch (IOException | InterruptedException gone) {
      // the client gave up on this exchange
    }
  }

  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the request ended early");
      }
      head.write(b);
    }
    int length = 0;
    for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).strip());
      }
    }
    in.readNBytes(length);
  }

  private static void answer(OutputStream out, String body, boolean stall) throws IOException, InterruptedException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    if (stall) {
      out.write(bytes, 0, bytes.length / 2);
      out.flush();
      Thread.sleep(3_000);
      return;
    }
    out.write(bytes);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    acceptor.interrupt();
  }
}

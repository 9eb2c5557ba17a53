package dev.ispkit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay in front of a local port that counts every byte it carries, both ways (request and answer,
 * headers included): what an order costs on the wire. Used to measure, not to time: it adds a hop.
 */
final class CountingProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final int target;
  private final AtomicLong bytes = new AtomicLong();
  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "counting-proxy");
    thread.setDaemon(true);
    return thread;
  });

  CountingProxy(int targetPort) throws IOException {
    this.target = targetPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** The port clients connect to instead of the target's. */
  int port() {
    return listener.getLocalPort();
  }

  /** Every byte carried so far, both ways. */
  long bytes() {
    return bytes.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        threads.execute(() -> relay(client, upstream));
        threads.execute(() -> relay(upstream, client));
      } catch (IOException e) {
        // Closed while waiting for a connection: the relay ends.
        return;
      }
    }
  }

  private void relay(Socket from, Socket to) {
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      for (int n; (n = in.read(buffer)) > 0;) {
        bytes.addAndGet(n);
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // One side went away: the connection is over, which closes the other side below.
    } finally {
      close(from);
      close(to);
    }
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    threads.shutdownNow();
  }
}

package dev.ispkit.simulator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's one listening port: accepts connections, reads HTTP/1.1 requests off each with {@link Wire},
 * hands them to the {@link HttpFront} and writes its replies, keeping connections alive between requests.
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver}: on JDK 17 it writes a response's headers and body in two
 * writes and sets {@code TCP_NODELAY} only from {@code -Dsun.net.httpserver.nodelay=true}, a JVM-wide property read
 * once, when the JVM's first such server starts. Without it every small answer waits for the client's delayed ACK
 * (Nagle): about 40 ms per call instead of about 1 ms. Here every connection has {@code TCP_NODELAY} and a reply
 * leaves in one flush, whatever else runs in the JVM.
 */
final class HttpPort implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpPort.class);
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** A connection with no request for this long is closed, as any web server ends idle keep-alives. */
  private static final int IDLE_MILLIS = 5 * 60 * 1000;
  private static final int BUFFER = 64 * 1024;

  private final HttpFront front;
  private final ServerSocket listener;
  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "panel-simulator-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;
  private final java.util.concurrent.CountDownLatch acceptEnded = new java.util.concurrent.CountDownLatch(1);

  /** Binds {@code host:port} (port 0: any free one) and starts accepting. */
  HttpPort(String host, int port, int backlog, HttpFront front) throws IOException {
    this.front = front;
    this.listener = new ServerSocket();
    try {
      // A port given back by close() can be bound again at once, even with connections of its own in TIME_WAIT.
      listener.setReuseAddress(true);
      listener.bind(new InetSocketAddress(host, port), backlog);
    } catch (IOException e) {
      listener.close();
      threads.shutdownNow();
      throw e;
    }
    threads.execute(() -> {
      try {
        accept();
      } finally {
        acceptEnded.countDown();
      }
    });
  }

  int port() {
    return listener.getLocalPort();
  }

  private void accept() {
    while (!closed) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("Simulator cannot accept a connection on port {}", port(), e);
          pauseAfterFailedAccept();
        }
        continue;
      }
      open.add(socket);
      try {
        threads.execute(() -> serve(socket));
      } catch (RejectedExecutionException e) {
        drop(socket);
      }
      if (closed) {
        drop(socket);
      }
    }
  }

  /** Out of file descriptors, say: try again shortly instead of spinning on the same error. */
  private static void pauseAfterFailedAccept() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serve(Socket socket) {
    try {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(IDLE_MILLIS);
      InputStream in = new BufferedInputStream(socket.getInputStream(), BUFFER);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), BUFFER);
      boolean alive = true;
      while (alive && !closed) {
        alive = exchange(in, out);
      }
    } catch (SocketTimeoutException e) {
      LOG.debug("Simulator closes a connection idle for {} ms", IDLE_MILLIS);
    } catch (IOException e) {
      LOG.debug("Simulator connection ended: {}", e.toString());
    } finally {
      drop(socket);
    }
  }

  /** Reads one request and answers it; false when the connection ends here. */
  private boolean exchange(InputStream in, OutputStream out) throws IOException {
    Wire.Head head;
    URI uri;
    byte[] body;
    try {
      head = Wire.readHead(in);
      if (head == null) {
        return false;
      }
      uri = new URI(head.target());
      body = Wire.readBody(head, in, out);
    } catch (ProtocolException | URISyntaxException e) {
      Wire.write(out, Reply.text(400, "text/plain; charset=UTF-8", e.getMessage()), false, true);
      return false;
    }
    Reply reply = front.answer(head.method(), uri, head.headers(), body);
    if (reply.reset) {
      // Closing before any byte of an answer: the client sees the connection drop, as the fault asks.
      return false;
    }
    boolean keepAlive = head.keepsAlive();
    Wire.write(out, reply, head.method().equals("HEAD"), !keepAlive);
    return keepAlive;
  }

  private void drop(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException e) {
      LOG.debug("Simulator could not close a connection: {}", e.toString());
    }
  }

  /** Stops accepting, drops every open connection and ends the threads; the port is free on return. */
  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      LOG.debug("Simulator could not close its port: {}", e.toString());
    }
    open.forEach(this::drop);
    threads.shutdownNow();
    // The JDK closes a listening socket for good only once the thread blocked in accept() has left it: until then
    // the port still takes connections. Waiting for that thread keeps the promise that the port is free on return.
    try {
      if (!acceptEnded.await(5, java.util.concurrent.TimeUnit.SECONDS)) {
        LOG.debug("Simulator's accepting thread did not end within 5 s of close");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package dev.ispkit.simulator;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The port's HTTP/1.1 as bytes on a socket: keep-alive, pipelining, the three ways a body arrives, what closes a
 * connection. Clients in the other tests hide all of this.
 */
@Timeout(10)
class HttpPortTest {
  private static final String LOGIN = "{\"email\":\"admin@example.com\",\"password\":\"simulator-admin\"}";

  private PanelSimulator sim;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  record Answer(int status, Map<String, String> headers, String body) {}

  @BeforeEach
  void connect() throws IOException {
    sim = PanelSimulator.start(Http.manual().servers(3).build());
    socket = new Socket("127.0.0.1", sim.port());
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  @AfterEach
  void stop() throws IOException {
    socket.close();
    sim.close();
  }

  @Test
  void twoPipelinedRequestsOnOneConnectionGetTwoAnswersInOrder() throws IOException {
    send("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\nPOST /auth/v4/public/token HTTP/1.1\r\nHost: x\r\n"
        + "Content-Length: " + LOGIN.length() + "\r\n\r\n" + LOGIN);

    Answer first = read();
    Answer second = read();

    assertThat(first.status()).isEqualTo(404);
    assertThat(first.headers()).containsEntry("content-type", "application/json")
        .doesNotContainKey("connection");
    assertThat(first.body()).contains("\"code\":1106");
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.body()).contains("\"token\"");
    assertThat(sim.calls()).extracting(RecordedCall::method, RecordedCall::path)
        .containsExactly(tuple("GET", "/nothing"),
            tuple("POST", "/auth/v4/public/token"));
  }

  @Test
  void aChunkedBodyIsReadWhole() throws IOException {
    String head = LOGIN.substring(0, 10);
    String tail = LOGIN.substring(10);
    send("POST /api/auth/v4/public/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + Integer.toHexString(head.length()) + "\r\n" + head + "\r\n"
        + Integer.toHexString(tail.length()) + ";ext=1\r\n" + tail + "\r\n0\r\nX-Trailer: t\r\n\r\n");

    assertThat(read().status()).isEqualTo(201);
    assertThat(sim.calls().get(0).body()).isEqualTo(LOGIN);
  }

  @Test
  void aClientThatExpectsContinueGetsItBeforeSendingTheBody() throws IOException {
    send("POST /auth/v4/public/token HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: "
        + LOGIN.length() + "\r\n\r\n");

    assertThat(readLine()).isEqualTo("HTTP/1.1 100 Continue");
    assertThat(readLine()).isEmpty();
    send(LOGIN);
    assertThat(read().status()).isEqualTo(201);
  }

  @Test
  void http10AndConnectionCloseEndTheConnectionAfterTheAnswer() throws IOException {
    send("GET /nothing HTTP/1.0\r\n\r\n");
    assertThat(read().headers()).containsEntry("connection", "close");
    assertThat(in.read()).as("closed by the simulator").isEqualTo(-1);

    try (Socket other = new Socket("127.0.0.1", sim.port())) {
      other.getOutputStream().write("GET /x HTTP/1.1\r\nConnection: close\r\n\r\n".getBytes(ISO_8859_1));
      InputStream otherIn = other.getInputStream();
      assertThat(new String(otherIn.readAllBytes(), ISO_8859_1)).startsWith("HTTP/1.1 404 Not Found\r\n")
          .contains("\r\nConnection: close\r\n");
    }
  }

  @Test
  void aMalformedRequestIs400AndClosesWithoutReachingAPanel() throws IOException {
    send("NONSENSE\r\n\r\n");

    Answer answer = read();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).isEqualTo("Bad request line");
    assertThat(in.read()).isEqualTo(-1);
    assertThat(sim.calls()).isEmpty();
  }

  @Test
  void aConnectionResetFaultClosesWithoutAnAnswer() throws IOException {
    sim.inject(Fault.connectionReset());

    send("GET /dci/v3/server HTTP/1.1\r\nHost: x\r\n\r\n");

    assertThat(in.read()).isEqualTo(-1);
    assertThat(sim.calls()).singleElement().extracting(RecordedCall::status).isEqualTo(0);
  }

  @Test
  void closeDropsIdleKeptAliveConnections() throws IOException {
    send("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(read().status()).isEqualTo(404);

    sim.close();

    int next;
    try {
      next = in.read();
    } catch (SocketException e) {
      next = -1;
    }
    assertThat(next).as("the kept-alive connection ends with the simulator").isEqualTo(-1);
  }

  private void send(String text) throws IOException {
    out.write(text.getBytes(UTF_8));
    out.flush();
  }

  private Answer read() throws IOException {
    String status = readLine();
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    byte[] body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    return new Answer(Integer.parseInt(status.split(" ")[1]), headers, new String(body, UTF_8));
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed in a line: " + line);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(ISO_8859_1);
  }
}

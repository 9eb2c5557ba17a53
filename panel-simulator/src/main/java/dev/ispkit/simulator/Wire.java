package dev.ispkit.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 framing on a connection's streams: reads one request (head, then a body by {@code Content-Length} or
 * chunked) and writes one reply with its length. Only what the panels' clients send is understood; anything else
 * is a {@link ProtocolException}, answered 400 by {@link HttpPort}.
 */
final class Wire {
  private static final int MAX_LINE = 64 * 1024;
  private static final int MAX_HEADERS = 200;
  private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private Wire() {}

  /**
   * A request's first line and headers.
   *
   * @param headers names in lower case, values in arrival order
   */
  record Head(String method, String target, String version, Map<String, List<String>> headers) {
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : values.get(0);
    }

    boolean http10() {
      return version.equals("HTTP/1.0");
    }

    /** HTTP/1.0 closes after every answer (we never offer it keep-alive); HTTP/1.1 unless the client says close. */
    boolean keepsAlive() {
      return !http10() && !"close".equalsIgnoreCase(header("connection"));
    }
  }

  /** The next request's head, or null when the client closed the connection between requests. */
  static Head readHead(InputStream in) throws IOException {
    String line = readLine(in);
    // RFC 9112 §2.2: empty lines before a request line are ignored.
    while (line != null && line.isEmpty()) {
      line = readLine(in);
    }
    if (line == null) {
      return null;
    }
    String[] parts = line.split(" ", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()
        || !(parts[2].equals("HTTP/1.1") || parts[2].equals("HTTP/1.0"))) {
      throw new ProtocolException("Bad request line");
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String header = readLine(in); ; header = readLine(in)) {
      if (header == null) {
        throw new ProtocolException("Connection closed inside the headers");
      }
      if (header.isEmpty()) {
        break;
      }
      int colon = header.indexOf(':');
      if (colon <= 0 || headers.size() >= MAX_HEADERS) {
        throw new ProtocolException("Bad header line");
      }
      headers.computeIfAbsent(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(header.substring(colon + 1).trim());
    }
    return new Head(parts[0], parts[1], parts[2], headers);
  }

  /**
   * The request's body: chunked when {@code Transfer-Encoding} says so, else {@code Content-Length} bytes, else
   * none. A client that waits for {@code 100 Continue} gets it first.
   */
  static byte[] readBody(Head head, InputStream in, OutputStream out) throws IOException {
    String encoding = head.header("transfer-encoding");
    String length = head.header("content-length");
    boolean chunked = encoding != null && encoding.toLowerCase(Locale.ROOT).endsWith("chunked");
    if (encoding != null && !chunked) {
      throw new ProtocolException("Unsupported Transfer-Encoding");
    }
    if (!chunked && (length == null || length.equals("0"))) {
      return new byte[0];
    }
    if (!head.http10() && "100-continue".equalsIgnoreCase(head.header("expect"))) {
      out.write(CONTINUE);
      out.flush();
    }
    return chunked ? readChunks(in) : readExactly(in, contentLength(length));
  }

  private static int contentLength(String value) throws ProtocolException {
    try {
      int length = Integer.parseInt(value);
      if (length < 0) {
        throw new ProtocolException("Bad Content-Length");
      }
      return length;
    } catch (NumberFormatException e) {
      throw new ProtocolException("Bad Content-Length");
    }
  }

  private static byte[] readChunks(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in);
      if (sizeLine == null) {
        throw new ProtocolException("Connection closed inside a chunked body");
      }
      int semicolon = sizeLine.indexOf(';');
      int size;
      try {
        size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      } catch (NumberFormatException e) {
        throw new ProtocolException("Bad chunk size");
      }
      if (size < 0) {
        throw new ProtocolException("Bad chunk size");
      }
      if (size == 0) {
        break;
      }
      body.write(readExactly(in, size));
      if (!"".equals(readLine(in))) {
        throw new ProtocolException("Chunk not followed by CRLF");
      }
    }
    // Trailer fields are read and dropped, up to the empty line that ends the body.
    String trailer = readLine(in);
    while (trailer != null && !trailer.isEmpty()) {
      trailer = readLine(in);
    }
    return body.toByteArray();
  }

  private static byte[] readExactly(InputStream in, int length) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length < length) {
      throw new ProtocolException("Connection closed inside the body");
    }
    return bytes;
  }

  /** A line without its CRLF (or bare LF), as ISO-8859-1; null at the end of the stream before any byte. */
  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); ; b = in.read()) {
      if (b < 0) {
        if (line.length() == 0) {
          return null;
        }
        throw new ProtocolException("Connection closed inside a line");
      }
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      if (line.length() >= MAX_LINE) {
        throw new ProtocolException("Line too long");
      }
      line.append((char) b);
    }
  }

  /**
   * Writes the reply's status line, headers and body, and flushes once: one small answer leaves as one segment.
   * No body follows a HEAD request, a 204 or a 304; {@code close} adds {@code Connection: close}.
   */
  static void write(OutputStream out, Reply reply, boolean headRequest, boolean close) throws IOException {
    boolean bodyless = reply.status == 204 || reply.status == 304;
    StringBuilder head = new StringBuilder(256);
    head.append("HTTP/1.1 ").append(reply.status).append(' ').append(reason(reply.status)).append("\r\n");
    if (reply.contentType != null) {
      head.append("Content-Type: ").append(reply.contentType).append("\r\n");
    }
    reply.headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (!bodyless) {
      head.append("Content-Length: ").append(reply.body.length).append("\r\n");
    }
    if (close) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (!headRequest && !bodyless) {
      out.write(reply.body);
    }
    out.flush();
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 204 -> "No Content";
      case 302 -> "Found";
      case 304 -> "Not Modified";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "";
    };
  }
}

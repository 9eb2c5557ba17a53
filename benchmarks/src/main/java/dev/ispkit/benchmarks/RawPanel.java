package dev.ispkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ispkit.client.core.ClientConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The baselines' side of a comparison: the same requests to a v6 panel with plain OkHttp and, where an answer is
 * read, Jackson into a tree. Nothing typed, no retries, no session cache: one token got by {@link #logIn()} and sent
 * as {@code x-xsrf-token}.
 *
 * <p>The OkHttp client has the settings ispkit's transport gives its own (timeouts, no retry on connection failure,
 * no redirects) and the same default connection pool, so a ratio against it measures ispkit's layers, not a
 * different HTTP stack.
 */
final class RawPanel implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient okHttp;
  private final String baseUrl;
  private final ClientConfig config;
  private final ObjectMapper mapper = new ObjectMapper();
  private String token;

  /**
   * A raw client of the panel a client configuration names, with the OkHttp settings that configuration gives ispkit.
   *
   * @param config the configuration ispkit's client uses
   */
  RawPanel(ClientConfig config) {
    this.config = config;
    this.baseUrl = config.baseUri().toString();
    this.okHttp = new OkHttpClient.Builder()
        .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(config.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .build();
  }

  /** Logs in with the configuration's credentials ({@code POST /api/auth/v4/public/token}); later calls send it. */
  RawPanel logIn() {
    ObjectNode body = mapper.createObjectNode()
        .put("email", config.credentials().username())
        .put("password", config.credentials().password());
    Request request = new Request.Builder().url(baseUrl + "/api/auth/v4/public/token")
        .post(RequestBody.create(body.toString(), JSON)).build();
    JsonNode answer = tree(request);
    token = answer.path("token").asText(null);
    if (token == null) {
      throw new IllegalStateException("the login answered no token");
    }
    return this;
  }

  /** A GET of a path with its query ({@code /api/dci/v3/server/12}), read into a Jackson tree. */
  JsonNode getTree(String pathAndQuery) {
    return tree(get(pathAndQuery));
  }

  /** A POST of a JSON body, read into a Jackson tree. */
  JsonNode postTree(String path, JsonNode body) {
    return tree(authorized(path).post(RequestBody.create(body.toString(), JSON)).build());
  }

  /**
   * A GET read to the last byte and thrown away: the floor any client reading that answer pays.
   *
   * @return the bytes read
   */
  long drain(String pathAndQuery) {
    try (Response response = okHttp.newCall(get(pathAndQuery)).execute()) {
      requireSuccess(response);
      BufferedSource source = response.body().source();
      Buffer sink = new Buffer();
      long total = 0;
      for (long n; (n = source.read(sink, 65_536)) != -1;) {
        total += n;
        sink.clear();
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON mapper of the trees: a plain {@code new ObjectMapper()}. */
  ObjectMapper mapper() {
    return mapper;
  }

  private Request get(String pathAndQuery) {
    return authorized(pathAndQuery).get().build();
  }

  private Request.Builder authorized(String pathAndQuery) {
    Request.Builder request = new Request.Builder().url(baseUrl + pathAndQuery).header("Accept", "application/json");
    if (token != null) {
      request.header("x-xsrf-token", token);
    }
    return request;
  }

  private JsonNode tree(Request request) {
    try (Response response = okHttp.newCall(request).execute()) {
      requireSuccess(response);
      return mapper.readTree(response.body().byteStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireSuccess(Response response) {
    if (!response.isSuccessful()) {
      throw new IllegalStateException(response.request().method() + " " + response.request().url().encodedPath()
          + " answered " + response.code());
    }
  }

  @Override
  public void close() {
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }
}

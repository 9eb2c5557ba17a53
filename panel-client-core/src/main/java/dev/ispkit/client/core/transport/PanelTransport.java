package dev.ispkit.client.core.transport;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelCallListener;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.codec.Decoder;
import feign.codec.Encoder;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of one client facade: one OkHttp client, one JSON mapper, and Feign targets that share them with
 * the retry policy, the error decoding, the logging and an {@link Authenticator}.
 *
 * <pre>{@code
 * PanelTransport transport = PanelTransport.builder(config).panelName("DCImanager 6").defaultApiPrefix("/api").build();
 * AuthV4TokenSource auth = AuthV4TokenSource.create(transport);
 * ServerApi servers = transport.target(ServerApi.class, auth);
 * }</pre>
 *
 * <p>Requests go out through {@link OkHttpExchange} on the one OkHttp client, which reads each answer whole and cuts
 * each attempt to the call's deadline; OkHttp's own retry on connection failure is off, so {@link
 * dev.ispkit.client.core.RetryPolicy} is the only retry layer. Each call runs in its own {@link CallContext} (its
 * deadline, the secrets of this transport), and a repeated DELETE that finds its object gone succeeds ({@link
 * RepeatedDelete}).
 */
public final class PanelTransport implements AutoCloseable {
  private final ClientConfig config;
  private final String panelName;
  private final URI apiBaseUri;
  private final ObjectMapper mapper;
  private final OkHttpClient okHttp;
  private final feign.Client feignClient;
  private final KnownSecrets secrets;
  private final IdempotencyClassifier idempotency;
  private final Function<Request, PanelCall> callDescriber;
  private final Encoder encoder;
  private final Decoder decoder;
  private final PanelCallListener listener;
  private final CallNamer callNamer;

  private PanelTransport(Builder builder) {
    this.config = builder.config;
    this.panelName = builder.panelName;
    String prefix = config.apiPrefix().orElse(builder.defaultApiPrefix);
    this.apiBaseUri = URI.create(config.baseUri().toString() + prefix);
    this.mapper = builder.mapper != null ? builder.mapper : PanelJson.newMapper();
    PanelCodec codec = new PanelCodec(panelName, mapper);
    this.encoder = builder.encoder != null ? builder.encoder : codec;
    this.decoder = builder.decoder != null ? builder.decoder : codec;
    this.idempotency = builder.idempotency;
    this.callDescriber = builder.callDescriber;
    this.listener = GuardedCallListener.of(config.callListener());
    this.callNamer = builder.callNamer;
    this.okHttp = newOkHttp(config);
    this.feignClient = new OkHttpExchange(okHttp, config.callTimeout());
    this.secrets = new KnownSecrets(config.credentials().password());
    if (config.isPlainHttp()) {
      LoggerFactory.getLogger(PanelTransport.class).warn(
          "{} at {} is reached over plain http: the login and every session travel unencrypted",
          panelName, config.baseUri());
    }
  }

  /**
   * A builder for the transport of one client facade.
   *
   * @param config the client configuration
   * @return the builder
   */
  public static Builder builder(ClientConfig config) {
    return new Builder(config);
  }

  /**
   * A Feign client for an API interface, rooted at the base URL plus the API prefix.
   *
   * @param api the Feign interface
   * @param authenticator how its requests log in; {@link Authenticator#NONE} for none
   * @param <T> the interface
   * @return the client
   */
  public <T> T target(Class<T> api, Authenticator authenticator) {
    return target(api, authenticator, apiBaseUri);
  }

  /**
   * A Feign client for an API interface rooted at the bare base URL, without the API prefix.
   *
   * @param api the Feign interface
   * @param authenticator how its requests log in
   * @param root the URL the interface's paths are relative to
   * @param <T> the interface
   * @return the client
   */
  public <T> T target(Class<T> api, Authenticator authenticator, URI root) {
    Objects.requireNonNull(authenticator, "authenticator");
    String userAgent = config.userAgent();
    PanelErrorDecoder errors = new PanelErrorDecoder(panelName, mapper, authenticator, callDescriber);
    return Feign.builder()
        .client(feignClient)
        .encoder(encoder)
        .decoder(decoder)
        .errorDecoder(errors)
        .retryer(new PanelRetryer(panelName, config.retryPolicy(), idempotency, callDescriber))
        .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
        .responseInterceptor(new RepeatedDelete.Interceptor(errors, panelName))
        .invocationHandlerFactory(new CallScope(config.clock(), config.retryPolicy().deadline(), secrets, panelName,
            callDescriber, listener, callNamer))
        .logger(new RedactingLogger(panelName))
        .logLevel(Logger.Level.valueOf(config.logLevel().name()))
        .requestInterceptor(template -> {
          template.removeHeader("User-Agent");
          template.header("User-Agent", userAgent);
          if (!template.headers().containsKey("Accept")) {
            template.header("Accept", "application/json");
          }
        })
        .requestInterceptor(authenticator::authenticate)
        .target(api, root.toString());
  }

  /** The client configuration. */
  public ClientConfig config() {
    return config;
  }

  /** The panel's name, as messages show it, for example {@code DCImanager 6}. */
  public String panelName() {
    return panelName;
  }

  /** The base URL with the API prefix: the root of the panel's service paths. */
  public URI apiBaseUri() {
    return apiBaseUri;
  }

  /** The configuration's call listener, its exceptions swallowed; {@link PanelCallListener#NONE} when none is set. */
  PanelCallListener callListener() {
    return listener;
  }

  /** The secret values this transport knows: the password, and the sessions its logins got. */
  KnownSecrets secrets() {
    return secrets;
  }

  /** The JSON mapper every target of this transport uses. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** Releases the connection pool and the dispatcher threads. */
  @Override
  public void close() {
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  private static OkHttpClient newOkHttp(ClientConfig config) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(config.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false);
    config.tlsTrust().trustManager()
        .ifPresent(trust -> builder.sslSocketFactory(sslContext(trust).getSocketFactory(), trust));
    return builder.build();
  }

  private static SSLContext sslContext(X509TrustManager trust) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trust}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot set up TLS", e);
    }
  }

  /** Builds a {@link PanelTransport}. */
  public static final class Builder {
    private final ClientConfig config;
    private String panelName = "panel";
    private String defaultApiPrefix = "";
    private IdempotencyClassifier idempotency = IdempotencyClassifier.BY_METHOD;
    private Function<Request, PanelCall> callDescriber = PanelErrors::callOf;
    private CallNamer callNamer = CallNamer.METHOD;
    private ObjectMapper mapper;
    private Encoder encoder;
    private Decoder decoder;

    private Builder(ClientConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * The panel's name for messages and logs.
     *
     * @param panelName for example {@code DCImanager 6}
     * @return this builder
     */
    public Builder panelName(String panelName) {
      this.panelName = Objects.requireNonNull(panelName, "panelName");
      return this;
    }

    /**
     * The API prefix used when the configuration sets none.
     *
     * @param prefix {@code /api} or empty
     * @return this builder
     */
    public Builder defaultApiPrefix(String prefix) {
      if (prefix == null || (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/")))) {
        throw new InvalidInputException("defaultApiPrefix", prefix, "must be empty or a path such as /api");
      }
      this.defaultApiPrefix = prefix;
      return this;
    }

    /**
     * Which requests may be repeated after they may have been processed; by HTTP method unless set.
     *
     * @param idempotency the classifier
     * @return this builder
     */
    public Builder idempotency(IdempotencyClassifier idempotency) {
      this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
      return this;
    }

    /**
     * How an exception names the call that failed, when the method and path do not say enough: the license server
     * adds the function a form body carries. {@link PanelErrors#callOf} (method, path, query with secrets masked)
     * unless set. The describer must never put a secret in what it returns.
     *
     * @param callDescriber the describer
     * @return this builder
     */
    public Builder callDescriber(Function<Request, PanelCall> callDescriber) {
      this.callDescriber = Objects.requireNonNull(callDescriber, "callDescriber");
      return this;
    }

    /**
     * How calls are named for the configuration's {@link PanelCallListener}; by the API interface's method unless
     * set. The license server names its calls by function. A name must come from a closed set: never an id, a URL
     * or a secret.
     *
     * @param callNamer the namer
     * @return this builder
     */
    public Builder callNamer(CallNamer callNamer) {
      this.callNamer = Objects.requireNonNull(callNamer, "callNamer");
      return this;
    }

    /**
     * The mapper to use instead of a new {@link PanelJson#newMapper()}.
     *
     * @param mapper the mapper
     * @return this builder
     */
    public Builder mapper(ObjectMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    /**
     * The request body encoder to use instead of JSON (the BILLmanager client sends forms).
     *
     * @param encoder the encoder
     * @return this builder
     */
    public Builder encoder(Encoder encoder) {
      this.encoder = Objects.requireNonNull(encoder, "encoder");
      return this;
    }

    /**
     * The answer decoder to use instead of JSON into the declared type (the BILLmanager client reads its {@code doc}
     * envelope). It should throw {@link RetrySignal}s for failures, so that the retry policy decides.
     *
     * @param decoder the decoder
     * @return this builder
     */
    public Builder decoder(Decoder decoder) {
      this.decoder = Objects.requireNonNull(decoder, "decoder");
      return this;
    }

    /** Builds the transport, with its OkHttp client. */
    public PanelTransport build() {
      return new PanelTransport(this);
    }
  }
}

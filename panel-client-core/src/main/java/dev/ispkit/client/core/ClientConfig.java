package dev.ispkit.client.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How a panel client reaches and logs in to its panel; checked when it is built.
 *
 * <p>Only the base URL and the credentials are required. https is expected; plain http is accepted (a panel on a
 * private network, a local simulator) but every client built on it logs a warning, since the password would then
 * travel unencrypted.
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.builder()
 *     .baseUrl("https://dci.example.com")
 *     .credentials(Credentials.of("admin@example.com", password))
 *     .tlsTrust(TlsTrust.pemCertificates(Path.of("dci.pem")))   // a self-signed panel
 *     .readTimeout(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 *
 * <p>A wrong value fails with an {@link InvalidInputException} naming the field; {@code toString()} never prints
 * the password.
 */
@Value.Immutable
public abstract class ClientConfig {
  /** The user part of a URL ({@code scheme://user:password@}), wherever the URL is malformed otherwise. */
  private static final Pattern USER_INFO = Pattern.compile("^(\\s*[A-Za-z][A-Za-z0-9+.-]*:/*)[^/?#]*@");

  ClientConfig() {}

  /** A builder; {@link Builder#baseUrl(String)} and {@link Builder#credentials(Credentials)} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The panel's address: scheme, host, optional port and optional path, for example {@code
   * https://dci.example.com} or {@code https://api.ispsystem.com/manager/billmgr}. A trailing slash is ignored.
   */
  public abstract String baseUrl();

  /** The account the client logs in with. */
  public abstract Credentials credentials();

  /**
   * The path put between the base URL and the panel's service paths, for DCImanager 6 and VMmanager 6: {@code /api}
   * as documented, or an empty string for installations that serve the API at the root (both are seen in the
   * wild). Empty means "the client's own default".
   */
  public abstract Optional<String> apiPrefix();

  /** The longest wait for a TCP/TLS connection; default 10 s. */
  @Value.Default
  public Duration connectTimeout() {
    return Duration.ofSeconds(10);
  }

  /** The longest wait for the next bytes of an answer; default 60 s. */
  @Value.Default
  public Duration readTimeout() {
    return Duration.ofSeconds(60);
  }

  /** The longest one HTTP exchange may take from start to end, zero for no limit; default 120 s. */
  @Value.Default
  public Duration callTimeout() {
    return Duration.ofSeconds(120);
  }

  /** Which server certificates are accepted; default the system trust store. */
  @Value.Default
  public TlsTrust tlsTrust() {
    return TlsTrust.systemDefault();
  }

  /**
   * How long a login session is reused before the client logs in again of its own accord (BILLmanager's
   * processing-module setting of the same name); default 30 minutes. A session the panel ends sooner is renewed
   * when the panel says so.
   */
  @Value.Default
  public Duration sessionStoragePeriod() {
    return Duration.ofMinutes(30);
  }

  /** The {@code User-Agent} header; default {@code ispkit/<version>}. */
  @Value.Default
  public String userAgent() {
    return "ispkit/" + IspkitVersion.version();
  }

  /** When and how often calls are repeated. */
  @Value.Default
  public RetryPolicy retryPolicy() {
    return RetryPolicy.defaults();
  }

  /** How much of each exchange is logged (secrets always masked); default none. */
  @Value.Default
  public HttpLogLevel logLevel() {
    return HttpLogLevel.NONE;
  }

  /**
   * Hears every call, retry, login and wait of the clients built on this configuration, for metrics and traces
   * ({@code ispkit-micrometer}); none by default. Not part of equality or {@code toString()}.
   */
  @Value.Default
  @Value.Auxiliary
  public PanelCallListener callListener() {
    return PanelCallListener.NONE;
  }

  /** The clock sessions and waits are measured with; tests give a fixed or fake one. */
  @Value.Default
  @Value.Auxiliary
  public Clock clock() {
    return Clock.systemUTC();
  }

  /** The base URL as a URI, without a trailing slash. */
  @Value.Derived
  @Value.Auxiliary
  public URI baseUri() {
    return parseBaseUrl(baseUrl());
  }

  /** Whether the base URL uses plain http. */
  public boolean isPlainHttp() {
    return "http".equals(baseUri().getScheme());
  }

  @Value.Check
  void check() {
    parseBaseUrl(baseUrl());
    apiPrefix().ifPresent(prefix -> {
      if (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/") || prefix.contains("?"))) {
        throw new InvalidInputException("apiPrefix", prefix,
            "must be empty or a path such as /api (leading slash, no trailing slash, no query)");
      }
    });
    requirePositive("connectTimeout", connectTimeout());
    requirePositive("readTimeout", readTimeout());
    if (callTimeout().isNegative()) {
      throw new InvalidInputException("callTimeout", callTimeout(), "must not be negative (zero means no limit)");
    }
    requirePositive("sessionStoragePeriod", sessionStoragePeriod());
    requireMillisInt("connectTimeout", connectTimeout());
    requireMillisInt("readTimeout", readTimeout());
    requireMillisInt("callTimeout", callTimeout());
    if (userAgent().isBlank() || userAgent().chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new InvalidInputException("userAgent", userAgent(), "must be printable ASCII and not blank");
    }
  }

  private static URI parseBaseUrl(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new InvalidInputException("baseUrl", baseUrl, "must not be blank");
    }
    // Whatever else is wrong, a refusal never repeats a user and password written into the URL.
    String shown = USER_INFO.matcher(baseUrl).replaceFirst("$1****@");
    String trimmed = baseUrl.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new InvalidInputException("baseUrl", shown, "is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new InvalidInputException("baseUrl", shown, "must start with https:// (or http:// for a private panel)");
    }
    if (uri.getUserInfo() != null || !shown.equals(baseUrl)) {
      throw InvalidInputException.secret("baseUrl", "must not carry credentials; give them as credentials(...)");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new InvalidInputException("baseUrl", shown, "must name a host");
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      throw new InvalidInputException("baseUrl", shown, "must not have a query or fragment");
    }
    return uri;
  }

  private static void requirePositive(String field, Duration value) {
    if (value.isZero() || value.isNegative()) {
      throw new InvalidInputException(field, value, "must be positive");
    }
  }

  private static void requireMillisInt(String field, Duration value) {
    if (value.toMillis() > Integer.MAX_VALUE) {
      throw new InvalidInputException(field, value, "must be shorter than 24 days");
    }
  }

  /** Builds a {@link ClientConfig}. */
  public static final class Builder extends ImmutableClientConfig.Builder {
    Builder() {}
  }
}

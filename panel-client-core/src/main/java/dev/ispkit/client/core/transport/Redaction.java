package dev.ispkit.client.core.transport;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text about to be logged or put in an exception message: passwords, tokens, session ids,
 * cookies, {@code authinfo}, one-time login keys and license keys.
 *
 * <p>It knows the three places the panels carry secrets: headers ({@code x-xsrf-token}, {@code Cookie}, {@code
 * Set-Cookie}, {@code Authorization}, {@code ISP-Session}), URL and form parameters ({@code authinfo=}, {@code
 * password=}, {@code auth=}, ...) and JSON fields ({@code "password":"..."}, BILLmanager's {@code
 * "lickey":{"$":"..."}}, its {@code "auth":{...}}). Each secret becomes {@code ****}.
 */
public final class Redaction {
  /** What a secret is replaced with. */
  public static final String MASK = "****";

  private static final Set<String> SECRET_HEADERS = Set.of(
      "x-xsrf-token", "cookie", "set-cookie", "authorization", "proxy-authorization", "isp-session");

  private static final String SECRET_NAMES =
      "authinfo|password|passwd|auth|token|key|lickey|ses6|session|sessionid|windows_license_key|ssh_keys?";

  private static final Pattern PARAMETER = Pattern.compile(
      "(?i)(^|[?&\\s;,\"'])(" + SECRET_NAMES + ")=([^&\\s;,\"']*)");

  private static final Pattern JSON_STRING = Pattern.compile(
      "(?i)(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|\\[[^\\]]*\\])");

  private static final Pattern JSON_OBJECT = Pattern.compile(
      "(?i)(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*)\\{[^{}]*\\}");

  private static final Pattern HEADER_LINE = Pattern.compile(
      "(?im)(^|\\]\\s)((?:x-xsrf-token|cookie|set-cookie|authorization|proxy-authorization|isp-session)\\s*:\\s*)[^\\r\\n]*");

  private Redaction() {}

  /**
   * Whether a header carries a secret and must never be shown.
   *
   * @param name the header name, any case
   * @return whether its value is secret
   */
  public static boolean isSecretHeader(String name) {
    return name != null && SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The text with every secret it carries masked.
   *
   * @param text a URL, a body, a header line or a log line; may be null
   * @return the masked text, or null for null
   */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = replace(HEADER_LINE, text, m -> m.group(1) + m.group(2) + MASK);
    out = replace(JSON_OBJECT, out, m -> m.group(1) + "\"" + MASK + "\"");
    out = replace(JSON_STRING, out, m -> m.group(1) + "\"" + MASK + "\"");
    out = replace(PARAMETER, out, m -> m.group(1) + m.group(2) + "=" + MASK);
    return out;
  }

  private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
    } while (matcher.find());
    matcher.appendTail(out);
    return out.toString();
  }
}

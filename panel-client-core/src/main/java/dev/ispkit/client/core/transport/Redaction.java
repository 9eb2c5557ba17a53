package dev.ispkit.client.core.transport;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text about to be logged or put in an exception message: passwords, tokens, session ids,
 * cookies, {@code authinfo}, one-time login keys and license keys.
 *
 * <p>It knows where the panels carry secrets: headers ({@code x-xsrf-token}, {@code Cookie}, {@code Set-Cookie},
 * {@code Authorization}, {@code ISP-Session}), URL and form parameters ({@code authinfo=}, {@code password=}, {@code
 * auth=}, ...), JSON fields ({@code "password":"..."}, BILLmanager's {@code "lickey":{"$":"..."}}, its {@code
 * "auth":{...}}), XML elements and attributes of the same names, the user part of a URL ({@code
 * https://user:password@host}), and a quoted value right after a secret word in a panel's own message ({@code
 * Password 'x' is too weak}). Each secret becomes {@code ****}.
 *
 * <p>Text may be cut anywhere (a log of an answer that broke off, the first bytes of a body in an exception): a
 * secret is masked from its field name to the end of its value or of the text, whichever comes first, so a login
 * answer cut after {@code "token":"6BA7} shows none of the token.
 *
 * <p>Inside a call, the secret values its transport knows (the configured password, the session tokens of its
 * logins) are also masked wherever they appear, whatever surrounds them.
 */
public final class Redaction {
  /** What a secret is replaced with. */
  public static final String MASK = "****";

  private static final Set<String> SECRET_HEADERS = Set.of(
      "x-xsrf-token", "cookie", "set-cookie", "authorization", "proxy-authorization", "isp-session");

  private static final String SECRET_NAMES =
      "authinfo|password|passwd|auth|token|key|lickey|ses6|session|sessionid|windows_license_key|ssh_keys?";

  private static final Pattern URL_USER = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#@\\s\"'<>]*@");

  private static final Pattern HEADER_LINE = Pattern.compile(
      "(?im)(^|\\]\\s)((?:x-xsrf-token|cookie|set-cookie|authorization|proxy-authorization|isp-session)\\s*:\\s*)"
          + "[^\\r\\n]*");

  private static final Pattern JSON_FIELD = Pattern.compile("(?i)\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*");

  private static final Pattern XML_ELEMENT = Pattern.compile(
      "(?i)<(" + SECRET_NAMES + ")\\b[^<>]*>[^<]*");

  private static final Pattern XML_OPEN_TAG_CUT = Pattern.compile("(?i)<(" + SECRET_NAMES + ")\\b[^<>]*\\z");

  private static final Pattern XML_ATTRIBUTE = Pattern.compile(
      "(?i)(\\s(?:" + SECRET_NAMES + ")\\s*=\\s*)(?:\"[^\"]*(\"|\\z)|'[^']*('|\\z))");

  private static final Pattern PARAMETER = Pattern.compile(
      "(?i)(^|[?&\\s;,\"'])(" + SECRET_NAMES + ")=([^&\\s;,\"']+)");

  private static final Pattern QUOTED_AFTER_SECRET_WORD = Pattern.compile(
      "(?i)\\b(password|passwd|token|key|lickey|session|secret|authinfo)(\\s*[:=]\\s*|\\s+)"
          + "(['\"\u2018\u201c\u00ab])[^'\"\u2018\u2019\u201c\u201d\u00ab\u00bb]*");

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
   * @param text a URL, a body (whole or cut), a header line, a log line or a panel's message; may be null
   * @return the masked text, or null for null
   */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = replace(URL_USER, text, m -> m.group(1) + MASK + "@");
    out = replace(HEADER_LINE, out, m -> m.group(1) + m.group(2) + MASK);
    out = maskJsonValues(out);
    out = replace(XML_ELEMENT, out, m -> "<" + m.group(1) + ">" + MASK);
    out = replace(XML_OPEN_TAG_CUT, out, m -> "<" + m.group(1) + " " + MASK);
    out = replace(XML_ATTRIBUTE, out, m -> m.group(1) + quoteOf(m) + MASK + closingOf(m));
    out = replace(PARAMETER, out, m -> m.group(1) + m.group(2) + "=" + MASK);
    out = replace(QUOTED_AFTER_SECRET_WORD, out, m -> m.group(1) + m.group(2) + m.group(3) + MASK);
    CallContext call = CallContext.current();
    if (call != null && call.secrets() != null) {
      out = call.secrets().mask(out);
    }
    return out;
  }

  /** Each value of a secret JSON field, a string, object, array or bare word, whole or cut, becomes "****". */
  private static String maskJsonValues(String text) {
    Matcher field = JSON_FIELD.matcher(text);
    if (!field.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    do {
      int end = jsonValueEnd(text, field.end());
      out.append(text, copied, field.end()).append('"').append(MASK).append('"');
      copied = end;
    } while (copied < text.length() && field.find(copied));
    return out.append(text, Math.min(copied, text.length()), text.length()).toString();
  }

  /** Where the JSON value starting at {@code start} ends: after its closing quote or bracket, or the text's end. */
  private static int jsonValueEnd(String text, int start) {
    if (start >= text.length()) {
      return start;
    }
    char first = text.charAt(start);
    if (first == '"') {
      return stringEnd(text, start);
    }
    if (first == '{' || first == '[') {
      int depth = 0;
      int i = start;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '"') {
          i = stringEnd(text, i);
          continue;
        }
        if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          depth--;
          if (depth == 0) {
            return i + 1;
          }
        }
        i++;
      }
      return text.length();
    }
    int i = start;
    while (i < text.length() && ",}] \t\r\n".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  /** The index after the closing quote of the JSON string starting at {@code start}, or the text's end. */
  private static int stringEnd(String text, int start) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }

  private static String quoteOf(Matcher attribute) {
    return attribute.group(0).substring(attribute.group(1).length(), attribute.group(1).length() + 1);
  }

  private static String closingOf(Matcher attribute) {
    String closing = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
    return closing == null ? "" : closing;
  }

  private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
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

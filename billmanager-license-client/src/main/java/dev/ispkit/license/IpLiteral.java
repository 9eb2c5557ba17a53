package dev.ispkit.license;

import java.util.regex.Pattern;

/**
 * Whether a text is an IPv4 or IPv6 address literal, decided from the characters alone.
 *
 * <p>{@code InetAddress.getByName} is not used on purpose: for a text that is not a literal it asks DNS, so a typo
 * in an IP would turn into a lookup of a host name (slow, and leaking the input to a resolver).
 */
final class IpLiteral {
  // Leading zeros are refused: "010.0.0.1" means 8.0.0.1 to some parsers and 10.0.0.1 to others.
  private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final Pattern IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

  private IpLiteral() {}

  static boolean isIpLiteral(String text) {
    return text != null && (isIpv4(text) || isIpv6(text));
  }

  static boolean isIpv4(String text) {
    return IPV4.matcher(text).matches();
  }

  static boolean isIpv6(String text) {
    // A zone id (fe80::1%eth0) names a local interface; it is never the address a license is bound to.
    if (text.indexOf(':') < 0 || text.indexOf('%') >= 0) {
      return false;
    }
    String groups = text;
    int lastColon = groups.lastIndexOf(':');
    String tail = groups.substring(lastColon + 1);
    if (tail.indexOf('.') >= 0) {
      // An embedded IPv4 address (::ffff:192.0.2.1) takes the place of the last two groups.
      if (!isIpv4(tail)) {
        return false;
      }
      groups = groups.substring(0, lastColon + 1) + "0:0";
    }
    int gap = groups.indexOf("::");
    if (gap < 0) {
      return countGroups(groups) == 8;
    }
    if (groups.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    int before = countGroups(groups.substring(0, gap));
    int after = countGroups(groups.substring(gap + 2));
    return before >= 0 && after >= 0 && before + after <= 7;
  }

  /** The number of colon-separated hex groups, 0 for an empty text, -1 when one is not a group. */
  private static int countGroups(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    String[] parts = text.split(":", -1);
    for (String part : parts) {
      if (!HEX_GROUP.matcher(part).matches()) {
        return -1;
      }
    }
    return parts.length;
  }
}

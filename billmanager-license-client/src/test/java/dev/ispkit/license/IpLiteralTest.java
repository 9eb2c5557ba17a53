package dev.ispkit.license;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IP literals are recognised from their characters alone; every other text (host names included) is not one. */
final class IpLiteralTest {
  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "192.0.2.10", "255.255.255.255", "10.0.0.1", "1.0.0.0"})
  void acceptsIpv4(String ip) {
    assertThat(IpLiteral.isIpLiteral(ip)).isTrue();
    assertThat(IpLiteral.isIpv4(ip)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"::", "::1", "2001:db8::10", "2001:DB8:0:0:0:0:0:1", "fe80::", "1:2:3:4:5:6:7::",
      "::2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8", "::ffff:192.0.2.10", "64:ff9b::192.0.2.33", "1:2:3:4:5:6:1.2.3.4"})
  void acceptsIpv6(String ip) {
    assertThat(IpLiteral.isIpLiteral(ip)).isTrue();
    assertThat(IpLiteral.isIpv6(ip)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "example.com", "abc", "face", "1e100.net", "192.0.2", "192.0.2.010", "300.1.1.1",
      "1.2.3.4.", ".1.2.3.4", "1:2:3:4:5:6:7:8:9", "1::2::3", "1:2:3:4:5:6:7:1.2.3.4", "::ffff:1.2.3",
      "::1%lo", "1.2.3.4::", ":::", "12345::", "0x1.2.3.4"})
  void refusesTheRest(String text) {
    assertThat(IpLiteral.isIpLiteral(text)).isFalse();
  }
}

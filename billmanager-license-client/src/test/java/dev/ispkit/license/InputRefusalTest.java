package dev.ispkit.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.WaitOptions;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input is refused with an exception naming the field and the value, and nothing reaches the server. */
final class InputRefusalTest extends ConnectedClient {
  @AfterEach
  void nothingWasSent() {
    assertThat(LicenseServer.requests(wm)).isEmpty();
  }

  private static void assertRefused(ThrowingCallable call, String field, String value) {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(refused).as("refusal").isNotNull();
    assertThat(refused.field()).isEqualTo(field);
    assertThat(refused.value()).isEqualTo(value);
    assertThat(refused.getMessage()).startsWith(field + " ");
  }

  private static LicenseOrder.Builder order() {
    LicenseOrder.Builder order = LicenseOrder.builder();
    order.pricelist("3541").period(1).ip("192.0.2.10").licenseName("Item #1042");
    return order;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 3541", "3541 ", "35a1", "-3541", "+3541", "0", "3541.0", "ispmanager-lite",
      "1234567890123456789"})
  void aPricelistThatIsNotAPositiveNumberIsRefused(String pricelist) {
    assertRefused(() -> client.checkIp(pricelist, 1, "192.0.2.10"), "pricelist", pricelist);
    assertRefused(() -> client.changePricelist(5, pricelist, 1), "pricelist", pricelist);
    assertRefused(() -> order().pricelist(pricelist).build(), "pricelist", pricelist);
    assertRefused(() -> order().putAddons(pricelist, 1).build(), "addons", pricelist);
  }

  @Test
  void aMissingPricelistIsRefused() {
    assertRefused(() -> client.checkIp(null, 1, "192.0.2.10"), "pricelist", null);
  }

  @Test
  void anOrderWithoutItsRequiredValuesIsRefusedNamingThem() {
    assertRefused(() -> order().ip(null), "ip", null);
    assertRefused(() -> order().licenseName(null), "licenseName", null);
    assertRefused(() -> LicenseOrder.builder().pricelist("3541").build(), "period, ip, licenseName", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "license.example.com", "localhost", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4",
      " 192.0.2.10", "192.0.2.10 ", "192.0.2.10/32", "[2001:db8::1]", "2001:db8::1::2", "2001:db8:::1",
      "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::1", "fe80::1%eth0", "2001:db8::g", "::ffff:1.2.3.256", ":1::"})
  void anIpThatIsNotALiteralIsRefused(String ip) {
    assertRefused(() -> client.checkIp("3541", 1, ip), "ip", ip);
    assertRefused(() -> client.changeIpAndName(5, ip, "free.lic"), "ip", ip);
    assertRefused(() -> order().ip(ip).build(), "ip", ip);
  }

  @ParameterizedTest
  @ValueSource(ints = {-101, -99, -51, -49, -1, 121, 1000, Integer.MIN_VALUE})
  void anUnknownPeriodCodeIsRefusedEverywhereAPeriodIsSent(int code) {
    String value = String.valueOf(code);
    assertRefused(() -> client.checkIp("3541", code, "192.0.2.10"), "period", value);
    assertRefused(() -> client.prolong(5, code), "period", value);
    assertRefused(() -> client.changePricelist(5, "3541", code), "period", value);
    assertRefused(() -> order().period(code).build(), "period", value);
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> client.prolong(5, code));
    assertThat(refused.getMessage()).contains("-100 trial", "-50 day", "0 lifetime");
  }

  @ParameterizedTest
  @ValueSource(ints = {-100, 0, -1, 121})
  void anAutoprolongThatIsNoRenewalPeriodIsRefused(int code) {
    assertRefused(() -> order().autoprolong(code).build(), "autoprolong", String.valueOf(code));
  }

  @Test
  void everyBillmanagerPeriodCodeIsAccepted() {
    for (int code : new int[] {-100, -50, 0, 1, 3, 6, 12, 24, 36, 120}) {
      assertThat(order().period(code).build().period()).isEqualTo(code);
    }
    assertThat(order().autoprolong(-50).build().autoprolong()).hasValue(-50);
  }

  static Stream<Arguments> blankNames() {
    return Stream.of(Arguments.of((String) null), Arguments.of(""), Arguments.of("   "), Arguments.of("line\nbreak"),
        Arguments.of("x".repeat(256)));
  }

  @ParameterizedTest
  @MethodSource("blankNames")
  void aBlankOrUnsendableLicenseNameIsRefused(String name) {
    assertRefused(() -> client.changeIpAndName(5, "0.0.0.0", name), "licenseName", name);
    if (name != null) {
      assertRefused(() -> order().licenseName(name).build(), "licenseName", name);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void aLicenseIdThatIsNotPositiveIsRefused(long id) {
    String value = String.valueOf(id);
    Stream.<Consumer<Long>>of(client::get, client::suspend, client::resume, client::delete,
        i -> client.newKey(i), i -> client.prolong(i, 1),
        i -> client.changeIpAndName(i, "0.0.0.0", "free.lic"),
        i -> client.awaitKey(i, WaitOptions.timeout(Duration.ofMinutes(1))))
        .forEach(call -> assertRefused(() -> call.accept(id), "id", value));
  }

  @Test
  void anOrderWithANegativeAddonQuantityOrBlankRemoteIdIsRefused() {
    assertRefused(() -> order().putAddons("4602", -1).build(), "addons", "4602=-1");
    assertRefused(() -> order().remoteId(" ").build(), "remoteId", " ");
  }

  @Test
  void blankCredentialsAreRefusedBeforeAnyRequest() {
    assertRefused(() -> Credentials.of(" ", "secret"), "username", " ");
    assertRefused(() -> Credentials.of("reseller", ""), "password", "****");
    assertRefused(() -> LicenseServerClient.create(LicenseServer.config(wm, time)
        .credentials(Credentials.of("reseller", "  \t")).build()), "password", "****");
  }

  @Test
  void aUserNameWithAColonIsRefusedForAuthinfoOnly() {
    Credentials colon = Credentials.of("reseller:eu", "secret");
    assertRefused(() -> LicenseServerClient.create(LicenseServer.config(wm, time).credentials(colon).build()),
        "username", "****");
    LicenseServerClient.builder(LicenseServer.config(wm, time).credentials(colon).build())
        .authMode(AuthMode.SESSION).build().close();
  }

  @Test
  void aNullAuthModeIsRefused() {
    assertThatThrownBy(() -> LicenseServerClient.builder(LicenseServer.config(wm, time).build()).authMode(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("authMode");
  }
}

package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RequireTest {
  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void refusesIdsBelowOne(long id) {
    assertThatThrownBy(() -> Require.id("vmId", id))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("vmId");
          assertThat(e.value()).isEqualTo(Long.toString(id));
        })
        .hasMessage("vmId must be a positive id (was \"" + id + "\")");
  }

  @Test
  void passesGoodValuesThrough() {
    assertThat(Require.id("vmId", 7)).isEqualTo(7);
    assertThat(Require.positive("cpuNumber", 1)).isEqualTo(1);
    assertThat(Require.notNegative("ipv4Number", 0)).isZero();
    assertThat(Require.notBlank("name", "  vm-1 ")).isEqualTo("vm-1");
    assertThat(Require.secret("password", " spaced ")).isEqualTo(" spaced ");
    assertThat(Require.ids("pools", List.of(1L, 2L))).containsExactly(1L, 2L);
    assertThat(Require.present("query", "q")).isEqualTo("q");
  }

  @Test
  void refusesZeroAndNegativeCounts() {
    assertThatThrownBy(() -> Require.positive("ramMib", 0)).hasMessage("ramMib must be at least 1 (was \"0\")");
    assertThatThrownBy(() -> Require.notNegative("ipv4Number", -1))
        .hasMessage("ipv4Number must not be negative (was \"-1\")");
  }

  @Test
  void refusesBlankTextAndNulls() {
    assertThatThrownBy(() -> Require.notBlank("name", " ")).hasMessage("name must not be blank (was \" \")");
    assertThatThrownBy(() -> Require.present("query", null)).hasMessage("query must not be null (was null)");
    assertThatThrownBy(() -> Require.ids("pools", new ArrayList<>(Arrays.asList(1L, null))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Require.ids("pools", List.of(0L))).hasMessageContaining("pools must hold positive ids");
  }

  @Test
  void neverRepeatsASecret() {
    assertThatThrownBy(() -> Require.secret("password", "   "))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.value()).isEqualTo("****"))
        .hasMessage("password must not be blank");
    assertThatThrownBy(() -> Require.secret("password", null)).hasMessage("password must not be blank");
  }

  @Test
  void aSecretLineKeepsWhiteSpaceButRefusesEmptinessAndLineBreaks() {
    assertThat(Require.secretLine("password", "   ")).isEqualTo("   ");
    assertThat(Require.secretLine("password", "tab\tinside")).isEqualTo("tab\tinside");
    assertThatThrownBy(() -> Require.secretLine("password", ""))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.value()).isEqualTo("****"))
        .hasMessage("password must not be empty");
    assertThatThrownBy(() -> Require.secretLine("password", null)).hasMessage("password must not be empty");
    assertThatThrownBy(() -> Require.secretLine("windowsLicenseKey", "Top\nSecret"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.value()).isEqualTo("****"))
        .hasMessage("windowsLicenseKey must not contain control characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"client@example.com", " client@example.com ", "o'brien@example.com", "a@b"})
  void acceptsLooseEmailAddressesStripped(String email) {
    assertThat(Require.email("email", email)).isEqualTo(email.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"not an email", "nobody", "two@at@example.com", "@example.com", "client@", "a b@example.com"})
  void refusesWhatIsNoEmailAddress(String email) {
    assertThatThrownBy(() -> Require.email("email", email))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.value()).isEqualTo(email))
        .hasMessage("email must be an email address such as client@example.com (was \"" + email + "\")");
  }

  @Test
  void refusesBlankAndOverlongEmailAddresses() {
    assertThatThrownBy(() -> Require.email("email", " ")).hasMessage("email must not be blank (was \" \")");
    assertThatThrownBy(() -> Require.email("email", null)).hasMessage("email must not be blank (was null)");
    String overlong = "a".repeat(243) + "@example.com";
    assertThatThrownBy(() -> Require.email("email", overlong)).isInstanceOf(InvalidInputException.class);
    assertThat(Require.email("email", overlong.substring(1))).hasSize(254);
  }

  @ParameterizedTest
  @ValueSource(strings = {"server1.example.com", "server1", "a.b.c.", "xn--80ak6aa92e.com", "1-2.example"})
  void acceptsHostNames(String hostname) {
    assertThat(Require.hostname("hostname", hostname)).isEqualTo(hostname);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "bad host name", "-a.com", "a-.com", "a..com", "under_score.com", " a.com"})
  void refusesWhatIsNoHostName(String hostname) {
    assertThatThrownBy(() -> Require.hostname("hostname", hostname))
        .hasMessage("hostname must be a host name such as server1.example.com (was \"" + hostname + "\")");
    assertThatThrownBy(() -> Require.hostname("hostname", null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Require.hostname("hostname", "a".repeat(64) + ".com"))
        .isInstanceOf(InvalidInputException.class);
  }
}

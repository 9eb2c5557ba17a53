package dev.ispkit.client.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ClientConfigTest {
  private static final Credentials ADMIN = Credentials.of("admin@example.com", "Pa55-w0rd");

  private static ClientConfig.Builder valid() {
    ClientConfig.Builder builder = ClientConfig.builder();
    builder.baseUrl("https://dci.example.com/").credentials(ADMIN);
    return builder;
  }

  @Test
  void hasSafeDefaultsAndNeverPrintsThePassword() {
    ClientConfig config = valid().build();
    assertThat(config.baseUri()).hasToString("https://dci.example.com");
    assertThat(config.isPlainHttp()).isFalse();
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.sessionStoragePeriod()).isEqualTo(Duration.ofMinutes(30));
    assertThat(config.userAgent()).startsWith("ispkit/");
    assertThat(config.tlsTrust()).isSameAs(TlsTrust.systemDefault());
    assertThat(config.toString()).contains("admin@example.com").doesNotContain("Pa55-w0rd").contains("****");
    assertThat(ADMIN.toString()).doesNotContain("Pa55-w0rd");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "baseUrl | ftp://dci.example.com | must start with https://",
      "baseUrl | https://:8443 | must name a host",
      "baseUrl | https://dci.example.com/?x=1 | must not have a query",
      "baseUrl | not a url at all | is not a valid URL",
      "apiPrefix | api | must be empty or a path such as /api",
      "apiPrefix | /api/ | must be empty or a path such as /api",
      "connectTimeout | PT0S | must be positive",
      "readTimeout | PT-1S | must be positive",
      "callTimeout | PT-1S | must not be negative",
      "sessionStoragePeriod | PT0S | must be positive",
      "userAgent | ' ' | must be printable ASCII"})
  void refusesBadValuesNamingTheField(String field, String value, String reason) {
    Consumer<ClientConfig.Builder> set = switch (field) {
      case "baseUrl" -> b -> b.baseUrl(value);
      case "apiPrefix" -> b -> b.apiPrefix(value);
      case "connectTimeout" -> b -> b.connectTimeout(Duration.parse(value));
      case "readTimeout" -> b -> b.readTimeout(Duration.parse(value));
      case "callTimeout" -> b -> b.callTimeout(Duration.parse(value));
      case "sessionStoragePeriod" -> b -> b.sessionStoragePeriod(Duration.parse(value));
      default -> b -> b.userAgent(value);
    };
    ClientConfig.Builder builder = valid();
    set.accept(builder);
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(reason)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
  }

  @Test
  void refusesCredentialsInTheUrlWithoutRepeatingThem() {
    assertThatThrownBy(() -> valid().baseUrl("https://admin:Pa55-w0rd@dci.example.com").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("Pa55-w0rd")
        .satisfies(e -> assertThat(((InvalidInputException) e).value()).isEqualTo("****"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ftp://admin:Pa55-w0rd@dci.example.com | must start with https://",
      "https://admin:Pa55-w0rd@dci.example.com/?x=1 | must not carry credentials",
      "https://admin:Pa55-w0rd@dci example.com | is not a valid URL",
      "https://admin:Pa55-w0rd@ | baseUrl"})
  void aUrlCarryingCredentialsIsNeverRepeatedWhateverElseIsWrong(String url, String reason) {
    assertThatThrownBy(() -> valid().baseUrl(url).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(reason)
        .hasMessageNotContaining("Pa55-w0rd")
        .satisfies(e -> assertThat(((InvalidInputException) e).value()).doesNotContain("Pa55-w0rd"));
  }

  @Test
  void refusesMissingCredentials() {
    assertThatThrownBy(() -> Credentials.of(" ", "x")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("username");
    assertThatThrownBy(() -> Credentials.of("admin", "")).isInstanceOf(InvalidInputException.class)
        .hasMessage("password must not be empty");
    assertThatThrownBy(() -> ClientConfig.builder().baseUrl("https://x").build())
        .isInstanceOfSatisfying(MissingInputException.class, e -> assertThat(e.field()).isEqualTo("credentials"))
        .hasMessage("credentials must be set (was null)");
    assertThatThrownBy(() -> ClientConfig.builder().baseUrl(null))
        .isInstanceOfSatisfying(MissingInputException.class, e -> assertThat(e.field()).isEqualTo("baseUrl"));
  }

  @Test
  void plainHttpIsAllowedAndKnown() {
    assertThat(valid().baseUrl("http://10.0.0.5:1500").build().isPlainHttp()).isTrue();
  }

  @Test
  void retryPolicyRefusesNonsense() {
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5).build()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("jitter");
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10)).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> WaitOptions.timeout(Duration.ZERO)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("timeout");
  }
}

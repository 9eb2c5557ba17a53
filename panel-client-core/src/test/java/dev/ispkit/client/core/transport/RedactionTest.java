package dev.ispkit.client.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RedactionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/billmgr?authinfo=reseller:s3cr%3At&out=json&func=soft | /billmgr?authinfo=****&out=json&func=soft",
      "func=auth&username=reseller&password=s3cr3t&out=json | func=auth&username=reseller&password=****&out=json",
      "func=soft.edit&auth=8d7f3c2a1b&elid=5 | func=soft.edit&auth=****&elid=5",
      "func=soft.edit&elid=5&clicked_button=newkey&sok=ok | func=soft.edit&elid=5&clicked_button=newkey&sok=ok",
      "{\"email\":\"a@b.c\",\"password\":\"p\\\"q\"} | {\"email\":\"a@b.c\",\"password\":\"****\"}",
      "{\"token\":\"ABC\",\"id\":\"1\"} | {\"token\":\"****\",\"id\":\"1\"}",
      "{\"doc\":{\"lickey\":{\"$\":\"LICENSE-KEY\"},\"id\":{\"$\":\"7\"}}}"
          + " | {\"doc\":{\"lickey\":\"****\",\"id\":{\"$\":\"7\"}}}",
      "{\"doc\":{\"auth\":{\"$id\":\"s1\",\"$level\":\"16\",\"$\":\"s1\"}}} | {\"doc\":{\"auth\":\"****\"}}",
      "{\"ssh_keys\":[\"ssh-ed25519 AAAA\"]} | {\"ssh_keys\":\"****\"}",
      "x-xsrf-token: ABC | x-xsrf-token: ****",
      "[Api#call] Cookie: ses6=ABC | [Api#call] Cookie: ****",
      "Set-Cookie: ses6=ABC; Path=/ | Set-Cookie: ****",
      "ses6=ABC; other=1 | ses6=****; other=1",
  })
  void masksEverySecretAndNothingElse(String text, String expected) {
    assertThat(Redaction.redact(text)).isEqualTo(expected);
  }

  /** Answers cut anywhere: the mask runs to the end of the value or of the text, whichever comes first. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\":\"17\",\"token\":\"6BA7C69D | {\"id\":\"17\",\"token\":\"****\"",
      "{\"id\":\"17\",\"token\":\"6BA7\\\"C6 | {\"id\":\"17\",\"token\":\"****\"",
      "{\"token\": 6BA7 | {\"token\": \"****\"",
      "{\"doc\":{\"lickey\":{\"$\":\"LICENSE-K | {\"doc\":{\"lickey\":\"****\"",
      "{\"doc\":{\"auth\":{\"$id\":{\"x\":\"s1\"},\"$\":\"s1\"},\"id\":1} | {\"doc\":{\"auth\":\"****\",\"id\":1}",
      "{\"ssh_keys\":[\"ssh-ed25519 AAAA | {\"ssh_keys\":\"****\"",
      "<doc><auth id=\"8d7f3c2a1b\" level=\"16\">8d7f3c2a1b</auth><id>7</id></doc>"
          + " | <doc><auth>****</auth><id>7</id></doc>",
      "<doc><lickey>ABCD-EF | <doc><lickey>****",
      "<doc><auth id=\"8d7f3c | <doc><auth ****",
      "<field name=\"x\" password=\"s3cr3t | <field name=\"x\" password=\"****",
      "func=auth&username=reseller&password=s3c | func=auth&username=reseller&password=****",
      "Password 'Tr0ub4dor' is too weak | Password '****' is too weak",
      "The license key \"ABCD-1234\" is not valid | The license key \"****\" is not valid",
      "wrong password: 'Tr0ub | wrong password: '****",
      "Field 'password' is required | Field 'password' is required",
      "https://admin:Pa55-w0rd@dci.example.com/api | https://****@dci.example.com/api",
  })
  void masksSecretsInTextCutAnywhere(String text, String expected) {
    assertThat(Redaction.redact(text)).isEqualTo(expected);
  }
}

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
      "{\"doc\":{\"lickey\":{\"$\":\"LICENSE-KEY\"},\"id\":{\"$\":\"7\"}}} | {\"doc\":{\"lickey\":\"****\",\"id\":{\"$\":\"7\"}}}",
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
}

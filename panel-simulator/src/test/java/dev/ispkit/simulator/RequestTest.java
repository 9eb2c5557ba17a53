package dev.ispkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query decoding as the panels' scripts send it: {@code +} for spaces, escapes, and stray percent signs. */
class RequestTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "(owner_email%20IS%20null)+AND+is_new%20EQ%20false | (owner_email IS null) AND is_new EQ false",
      "name+CP+'%25Srv-1%25'                             | name CP '%Srv-1%'",
      "name CP '%Srv-1768461385-450%'                    | name CP '%Srv-1768461385-450%'",
      "email%20EQ%20%27user%40example%27                 | email EQ 'user@example'",
      "%D0%B8%D0%BC%D1%8F                                | имя",
      "100%                                              | 100%",
      "%zz%4                                             | %zz%4",
  })
  void decodesLikeALenientServer(String raw, String decoded) {
    assertThat(Request.decode(raw.trim())).isEqualTo(decoded.trim());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a=1&b=2&a=3 | a | 1",
      "where=id+EQ+1&limit=0,1 | limit | 0,1",
      "flag&x=1 | flag | ''",
  })
  void formKeepsTheFirstValueOfEachName(String raw, String name, String value) {
    assertThat(Request.parseForm(raw.trim()).get(name.trim())).isEqualTo(value.trim());
  }
}

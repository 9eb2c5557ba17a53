package dev.ispkit.client.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class OpenEnumsTest {
  private enum Power { ON, OFF, IN_REPAIR, UNKNOWN }

  @ParameterizedTest
  @ValueSource(strings = {"on", "ON", "On", " on "})
  void aKnownWordIsItsConstantWhateverItsCase(String raw) {
    assertThat(OpenEnums.parse(Power.class, raw, Power.UNKNOWN)).isSameAs(Power.ON);
  }

  @Test
  void wordsWithUnderscoresMatchTheirConstant() {
    assertThat(OpenEnums.parse(Power.class, "in_repair", Power.UNKNOWN)).isSameAs(Power.IN_REPAIR);
    assertThat(OpenEnums.word(Power.IN_REPAIR)).isEqualTo("in_repair");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sleeping", "unknown", "", "  ", "o n"})
  void anUnknownBlankOrMissingWordIsUnknown(String raw) {
    assertThat(OpenEnums.parse(Power.class, raw, Power.UNKNOWN)).isSameAs(Power.UNKNOWN);
    assertThat(OpenEnums.parse(Power.class, null, Power.UNKNOWN)).isSameAs(Power.UNKNOWN);
  }
}

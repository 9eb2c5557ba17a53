package dev.ispkit.client.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class WhereTest {
  @Test
  void rendersTheFreeServerFilterOfTheRealPanel() {
    Where free = Where.field("owner_email").isNull()
        .and(Where.field("is_new").eq(false))
        .and(Where.field("location_id").eq(3));

    assertThat(free).hasToString("(owner_email IS null) AND (is_new EQ false) AND (location_id EQ 3)");
  }

  @Test
  void quotesAndEscapesStringLiterals() {
    assertThat(Where.field("email").eq("o'brien@example.com"))
        .hasToString("email EQ 'o\\'brien@example.com'");
    assertThat(Where.field("name").eq("back\\slash")).hasToString("name EQ 'back\\\\slash'");
    assertThat(Where.field("name").eq("x' OR id NE '0")).hasToString("name EQ 'x\\' OR id NE \\'0'");
  }

  @Test
  void rendersEveryOperator() {
    Where where = Where.anyOf(
        Where.field("name").contains("Srv-1"),
        Where.not(Where.field("domain").like("%extended.%")),
        Where.field("status").ne("deleted"),
        Where.field("owner.email").isNotNull());

    assertThat(where).hasToString("(name CP '%Srv-1%') OR (NOT (domain CP '%extended.%')) OR (status NE 'deleted')"
        + " OR (NOT (owner.email IS null))");
  }

  @Test
  void nestsWithParenthesesAndFlattensSameOperator() {
    Where a = Where.field("a").eq(1);
    Where b = Where.field("b").eq(2.5);
    Where c = Where.field("c").eq(true);
    assertThat(a.and(b).and(c)).hasToString("(a EQ 1) AND (b EQ 2.5) AND (c EQ true)");
    assertThat(a.or(b.and(c))).hasToString("(a EQ 1) OR ((b EQ 2.5) AND (c EQ true))");
    assertThat(a.and(b)).isEqualTo(Where.allOf(a, b));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "owner email", "id;drop", "1abc", "a..b", "a)", "x' OR '1"})
  void refusesFieldNamesThatAreNotIdentifiers(String name) {
    assertThatThrownBy(() -> Where.field(name))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("where.field"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "null value | must be compared with isNull",
      "NaN | must be a finite number",
      "object | must be a string, a number or a boolean",
      "newline | must not contain control characters"})
  void refusesValuesThatCannotBeLiterals(String kind, String message) {
    Object value = switch (kind) {
      case "null value" -> null;
      case "NaN" -> Double.NaN;
      case "object" -> new Object();
      default -> "line\nbreak";
    };
    assertThatThrownBy(() -> Where.field("name").eq(value))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("where.name");
  }

  /** A Number whose text is anything its author wants. */
  private static final class Sneaky extends Number {
    private final String text;

    Sneaky(String text) {
      this.text = text;
    }

    @Override
    public int intValue() {
      return 1;
    }

    @Override
    public long longValue() {
      return 1;
    }

    @Override
    public float floatValue() {
      return 1;
    }

    @Override
    public double doubleValue() {
      return 1;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  @Test
  void writesNumbersCanonically() {
    assertThat(Where.field("a").eq(new java.math.BigDecimal("1E+3"))).hasToString("a EQ 1000");
    assertThat(Where.field("a").eq(new java.math.BigDecimal("-0.50"))).hasToString("a EQ -0.50");
    assertThat(Where.field("a").eq(new java.math.BigInteger("123456789012345678901234567890")))
        .hasToString("a EQ 123456789012345678901234567890");
    assertThat(Where.field("a").eq(new java.util.concurrent.atomic.AtomicLong(42))).hasToString("a EQ 42");
    assertThat(Where.field("a").eq(new Sneaky("7"))).hasToString("a EQ 7");
  }

  @Test
  void refusesANumberWhoseTextIsNotANumber() {
    assertThatThrownBy(() -> Where.field("id").eq(new Sneaky("1) OR (1 EQ 1")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("where.id"));
    assertThatThrownBy(() -> Where.field("id").eq(Double.NaN)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Where.field("id").eq(Float.NEGATIVE_INFINITY)).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "line\nbreak", "tab\there", "del\u007f", "next\u0085line", "sep\u2028x"})
  void refusesControlCharactersALiteralCannotHold(String value) {
    assertThatThrownBy(() -> Where.field("name").eq(value))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("where.name"))
        .hasMessageContaining("control character");
    assertThatThrownBy(() -> Where.field("name").contains(value)).isInstanceOf(InvalidInputException.class);
  }
}

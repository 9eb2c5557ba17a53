package dev.ispkit.client.core.transport;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one JSON mapper configuration of ispkit's clients, used for both request and answer bodies.
 *
 * <p>It reads the panels' JSON as it really is rather than as documented:
 *
 * <ul>
 *   <li>unknown properties are ignored (panels add fields between versions);
 *   <li>a boolean may arrive as {@code true}/{@code false}, {@code 0}/{@code 1} or the strings {@code "0"}, {@code
 *       "1"}, {@code "on"}, {@code "off"}, {@code "yes"}, {@code "no"} (DCImanager's {@code is_ipmi_connection} is
 *       documented as a boolean and answered as 0/1);
 *   <li>an integer may arrive as a boolean, a number with no fraction ({@code 3.0}) or a string of digits;
 *   <li>a single object where a list is expected reads as a list of one (DCImanager's {@code pdu_connection},
 *       BILLmanager's one-element {@code elem});
 *   <li>{@code Optional} and {@code java.time} types work;
 *   <li>equal text values of one answer (up to {@value TextOncePerAnswer#LONGEST} characters) are read into one
 *       {@code String}: a list page repeats the same words on every element (statuses, location, switch and PDU
 *       names, a server's domain in each of its addresses), and a caller that keeps the elements keeps each word
 *       once per page, not once per use. 20 000 DCImanager servers held as typed values took 68 MB of heap without
 *       it, 28 MB with it ({@code docs/benchmarks.md}).
 * </ul>
 *
 * <p>Writing: no pretty printing, dates as ISO-8601 text.
 */
public final class PanelJson {
  private PanelJson() {}

  /**
   * A new mapper with ispkit's configuration; build it once per client.
   *
   * @return the mapper
   */
  public static ObjectMapper newMapper() {
    SimpleModule lenient = new SimpleModule("ispkit-lenient-scalars");
    lenient.addDeserializer(Boolean.class, new LenientBoolean(Boolean.class, null));
    lenient.addDeserializer(boolean.class, new LenientBoolean(boolean.class, Boolean.FALSE));
    lenient.addDeserializer(Integer.class,
        new LenientWhole<>(Integer.class, null, BigDecimal::intValueExact, Math::toIntExact));
    lenient.addDeserializer(int.class, new LenientWhole<>(int.class, 0, BigDecimal::intValueExact, Math::toIntExact));
    lenient.addDeserializer(Long.class, new LenientWhole<>(Long.class, null, BigDecimal::longValueExact, v -> v));
    lenient.addDeserializer(long.class, new LenientWhole<>(long.class, 0L, BigDecimal::longValueExact, v -> v));
    lenient.addDeserializer(String.class, new TextOncePerAnswer());
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(lenient)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /**
   * Text as Jackson reads it (its coercions of other tokens included), a string token of at most {@link #LONGEST}
   * characters looked up among the answer's texts first. The table lives in the answer's own deserialization
   * context, so nothing outlives the answer and no thread shares it; a repeat is found by its characters, before any
   * {@code String} is made, so the lookup costs less than the copy it saves.
   */
  private static final class TextOncePerAnswer extends StringDeserializer {
    private static final long serialVersionUID = 1L;
    /** Longer values (keys, descriptions) rarely repeat; hashing them would cost more than it saves. */
    static final int LONGEST = 64;
    private static final Object TEXTS = TextOncePerAnswer.class;

    @Override
    public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING) || p.getTextLength() > LONGEST) {
        return super.deserialize(p, context);
      }
      Texts texts = (Texts) context.getAttribute(TEXTS);
      if (texts == null) {
        texts = new Texts();
        context.setAttribute(TEXTS, texts);
      }
      return texts.of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }
  }

  /** The distinct texts of one answer: open addressing on {@link String#hashCode()}'s own hash of the characters. */
  private static final class Texts {
    private String[] slots = new String[256];
    private int size;

    String of(char[] chars, int offset, int length) {
      int hash = 0;
      for (int i = 0; i < length; i++) {
        hash = 31 * hash + chars[offset + i];
      }
      int mask = slots.length - 1;
      for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
        String known = slots[slot];
        if (known == null) {
          String text = new String(chars, offset, length);
          slots[slot] = text;
          if (++size * 2 > slots.length) {
            grow();
          }
          return text;
        }
        if (known.hashCode() == hash && sameText(known, chars, offset, length)) {
          return known;
        }
      }
    }

    private static boolean sameText(String known, char[] chars, int offset, int length) {
      if (known.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (known.charAt(i) != chars[offset + i]) {
          return false;
        }
      }
      return true;
    }

    private void grow() {
      String[] old = slots;
      slots = new String[old.length * 2];
      int mask = slots.length - 1;
      for (String text : old) {
        if (text != null) {
          int slot = spread(text.hashCode()) & mask;
          while (slots[slot] != null) {
            slot = (slot + 1) & mask;
          }
          slots[slot] = text;
        }
      }
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }
  }

  private static final class LenientBoolean extends StdScalarDeserializer<Boolean> {
    private static final long serialVersionUID = 1L;
    private final Boolean whenNull;

    LenientBoolean(Class<?> type, Boolean whenNull) {
      super(type);
      this.whenNull = whenNull;
    }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext context) throws IOException {
      JsonToken token = p.currentToken();
      switch (token) {
        case VALUE_TRUE:
          return Boolean.TRUE;
        case VALUE_FALSE:
          return Boolean.FALSE;
        case VALUE_NUMBER_INT:
          return p.getLongValue() != 0;
        case VALUE_NUMBER_FLOAT:
          return p.getDoubleValue() != 0.0;
        case VALUE_STRING:
          String text = p.getText().strip().toLowerCase(Locale.ROOT);
          switch (text) {
            case "true": case "1": case "on": case "yes":
              return Boolean.TRUE;
            case "false": case "0": case "off": case "no":
              return Boolean.FALSE;
            case "":
              return whenNull;
            default:
              return (Boolean) context.handleWeirdStringValue(handledType(), text, "not a boolean");
          }
        default:
          return (Boolean) context.handleUnexpectedToken(handledType(), p);
      }
    }

    @Override
    public Boolean getNullValue(DeserializationContext context) {
      return whenNull;
    }
  }

  /**
   * A whole number read leniently, then narrowed exactly to its Java type. A plain integer token that fits a
   * {@code long} (nearly every number a panel sends: ids, sizes, counts) is narrowed from the {@code long} Jackson
   * parsed; only other forms go through {@code BigDecimal}, which costs a text copy and an object per number.
   */
  private static final class LenientWhole<T extends Number> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final T whenNull;
    private final transient java.util.function.Function<BigDecimal, T> narrow;
    private final transient java.util.function.LongFunction<T> narrowLong;

    LenientWhole(Class<?> type, T whenNull, java.util.function.Function<BigDecimal, T> narrow,
        java.util.function.LongFunction<T> narrowLong) {
      super(type);
      this.whenNull = whenNull;
      this.narrow = narrow;
      this.narrowLong = narrowLong;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      JsonToken token = p.currentToken();
      switch (token) {
        case VALUE_NUMBER_INT:
          JsonParser.NumberType type = p.getNumberType();
          if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
            long value = p.getLongValue();
            try {
              return narrowLong.apply(value);
            } catch (ArithmeticException e) {
              return cast(context.handleWeirdNumberValue(handledType(), value,
                  "does not fit " + handledType().getSimpleName()));
            }
          }
          return whole(p.getDecimalValue(), context);
        case VALUE_NUMBER_FLOAT:
          return whole(p.getDecimalValue(), context);
        case VALUE_TRUE:
          return whole(BigDecimal.ONE, context);
        case VALUE_FALSE:
          return whole(BigDecimal.ZERO, context);
        case VALUE_STRING:
          String text = p.getText().strip();
          if (text.isEmpty()) {
            return whenNull;
          }
          try {
            return whole(new BigDecimal(text), context);
          } catch (NumberFormatException e) {
            return cast(context.handleWeirdStringValue(handledType(), text, "not a whole number"));
          }
        default:
          return cast(context.handleUnexpectedToken(handledType(), p));
      }
    }

    private T whole(BigDecimal value, DeserializationContext context) throws IOException {
      BigDecimal stripped = value.stripTrailingZeros();
      if (stripped.scale() > 0) {
        return cast(context.handleWeirdNumberValue(handledType(), value, "has a fraction"));
      }
      try {
        return narrow.apply(stripped);
      } catch (ArithmeticException e) {
        return cast(context.handleWeirdNumberValue(handledType(), value, "does not fit " + handledType().getSimpleName()));
      }
    }

    @SuppressWarnings("unchecked")
    private T cast(Object value) {
      return (T) value;
    }

    @Override
    public T getNullValue(DeserializationContext context) {
      return whenNull;
    }
  }
}

package dev.ispkit.client.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
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
 *   <li>{@code Optional} and {@code java.time} types work.
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
    lenient.addDeserializer(Integer.class, new LenientInteger(Integer.class, null));
    lenient.addDeserializer(int.class, new LenientInteger(int.class, 0));
    lenient.addDeserializer(Long.class, new LenientLong(Long.class, null));
    lenient.addDeserializer(long.class, new LenientLong(long.class, 0L));
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

  private abstract static class LenientWhole<T extends Number> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final T whenNull;

    LenientWhole(Class<?> type, T whenNull) {
      super(type);
      this.whenNull = whenNull;
    }

    abstract T of(BigDecimal whole, JsonParser p, DeserializationContext context) throws IOException;

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      JsonToken token = p.currentToken();
      switch (token) {
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return whole(p.getDecimalValue(), p, context);
        case VALUE_TRUE:
          return of(BigDecimal.ONE, p, context);
        case VALUE_FALSE:
          return of(BigDecimal.ZERO, p, context);
        case VALUE_STRING:
          String text = p.getText().strip();
          if (text.isEmpty()) {
            return whenNull;
          }
          try {
            return whole(new BigDecimal(text), p, context);
          } catch (NumberFormatException e) {
            @SuppressWarnings("unchecked")
            T weird = (T) context.handleWeirdStringValue(handledType(), text, "not a whole number");
            return weird;
          }
        default:
          @SuppressWarnings("unchecked")
          T unexpected = (T) context.handleUnexpectedToken(handledType(), p);
          return unexpected;
      }
    }

    private T whole(BigDecimal value, JsonParser p, DeserializationContext context) throws IOException {
      BigDecimal stripped = value.stripTrailingZeros();
      if (stripped.scale() > 0) {
        @SuppressWarnings("unchecked")
        T weird = (T) context.handleWeirdNumberValue(handledType(), value, "has a fraction");
        return weird;
      }
      return of(stripped, p, context);
    }

    @Override
    public T getNullValue(DeserializationContext context) {
      return whenNull;
    }
  }

  private static final class LenientInteger extends LenientWhole<Integer> {
    private static final long serialVersionUID = 1L;

    LenientInteger(Class<?> type, Integer whenNull) {
      super(type, whenNull);
    }

    @Override
    Integer of(BigDecimal whole, JsonParser p, DeserializationContext context) throws IOException {
      try {
        return whole.intValueExact();
      } catch (ArithmeticException e) {
        return (Integer) context.handleWeirdNumberValue(handledType(), whole, "does not fit an int");
      }
    }
  }

  private static final class LenientLong extends LenientWhole<Long> {
    private static final long serialVersionUID = 1L;

    LenientLong(Class<?> type, Long whenNull) {
      super(type, whenNull);
    }

    @Override
    Long of(BigDecimal whole, JsonParser p, DeserializationContext context) throws IOException {
      try {
        return whole.longValueExact();
      } catch (ArithmeticException e) {
        return (Long) context.handleWeirdNumberValue(handledType(), whole, "does not fit a long");
      }
    }
  }
}

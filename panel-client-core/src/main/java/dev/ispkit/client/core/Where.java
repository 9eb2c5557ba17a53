package dev.ispkit.client.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A filter in the list query language of DCImanager 6 and VMmanager 6, the {@code where} parameter of their list
 * calls.
 *
 * <p>Built from typed parts, so a value is always quoted and escaped and a field name is always checked: a value
 * taken from a customer can never change the shape of the filter.
 *
 * <pre>{@code
 * Where free = Where.field("owner_email").isNull()
 *     .and(Where.field("is_new").eq(false))
 *     .and(Where.field("location_id").eq(3));
 * free.toString(); // (owner_email IS null) AND (is_new EQ false) AND (location_id EQ 3)
 * }</pre>
 *
 * <p>Literals: strings are written in single quotes, with {@code '} escaped as {@code \'} and {@code \} as {@code
 * \\} (the panels' docs do not state an escape; ispkit decided this and the panel simulator follows it); a control
 * character (line breaks, tabs, NUL, DEL, C1, the Unicode line and paragraph separators) has no escape and is
 * refused. Numbers are written bare in plain decimal ({@code BigDecimal} without exponent, a double's shortest exact
 * decimal); NaN and the infinities are refused, and a {@code Number} of any other class is read through its text,
 * which must be a decimal number. Booleans are written bare.
 *
 * <p>Operators: {@code EQ}, {@code NE}, {@code CP} (contains, SQL {@code LIKE} with {@code %}), {@code IS null},
 * {@code NOT}, {@code AND}, {@code OR}; every operand of {@code AND}, {@code OR} and {@code NOT} is put in
 * parentheses, so precedence never matters.
 */
public abstract class Where {
  private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  Where() {}

  /**
   * Starts a condition on a field.
   *
   * @param name the field as the panel names it, for example {@code owner_email} or {@code location.id}
   * @return the field, to compare
   * @throws InvalidInputException when the name is not a plain (dotted) identifier
   */
  public static Field field(String name) {
    if (name == null || !FIELD.matcher(name).matches()) {
      throw new InvalidInputException("where.field", name,
          "must be a field name of letters, digits and underscores, dot-separated");
    }
    return new Field(name);
  }

  /**
   * The negation of a condition: {@code NOT (condition)}.
   *
   * @param condition the condition
   * @return the negation
   */
  public static Where not(Where condition) {
    return new Not(require(condition));
  }

  /**
   * All of the conditions: {@code (a) AND (b) AND ...}.
   *
   * @param first the first condition
   * @param more the others
   * @return the conjunction
   */
  public static Where allOf(Where first, Where... more) {
    return Junction.of("AND", first, more);
  }

  /**
   * Any of the conditions: {@code (a) OR (b) OR ...}.
   *
   * @param first the first condition
   * @param more the others
   * @return the disjunction
   */
  public static Where anyOf(Where first, Where... more) {
    return Junction.of("OR", first, more);
  }

  /**
   * This condition and another.
   *
   * @param other the other condition
   * @return both
   */
  public Where and(Where other) {
    return Junction.of("AND", this, other);
  }

  /**
   * This condition or another.
   *
   * @param other the other condition
   * @return either
   */
  public Where or(Where other) {
    return Junction.of("OR", this, other);
  }

  /** The filter as the panel reads it, unencoded (the HTTP client encodes it). */
  @Override
  public final String toString() {
    StringBuilder out = new StringBuilder();
    render(out);
    return out.toString();
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof Where && other.toString().equals(toString());
  }

  @Override
  public final int hashCode() {
    return toString().hashCode();
  }

  abstract void render(StringBuilder out);

  void renderOperand(StringBuilder out) {
    out.append('(');
    render(out);
    out.append(')');
  }

  private static Where require(Where condition) {
    if (condition == null) {
      throw new InvalidInputException("where", null, "must not contain a null condition");
    }
    return condition;
  }

  /**
   * Writes a value as a literal of the query language.
   *
   * @param value a string, a number or a boolean
   * @return the literal, quoted and escaped where it is a string
   * @throws InvalidInputException for null, NaN, infinities, a number whose text is not a number, control
   *     characters in a string, and other types
   */
  static String literal(String field, Object value) {
    if (value == null) {
      throw new InvalidInputException("where." + field, null, "cannot be compared with null; use isNull()");
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Number) {
      return number(field, (Number) value);
    }
    if (value instanceof CharSequence || value instanceof Enum) {
      String text = value.toString();
      StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (isControl(c)) {
          throw new InvalidInputException("where." + field, printable(text),
              "must not contain control characters (a literal cannot hold them)");
        }
        if (c == '\'' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
      }
      return out.append('\'').toString();
    }
    throw new InvalidInputException("where." + field, value, "must be a string, a number or a boolean");
  }

  /**
   * A number in its plain decimal form, whatever class carries it: the text of a {@code BigDecimal} without an
   * exponent, a double's shortest exact decimal. A {@code Number} of another class is read through its text, which
   * must be a decimal number: its own {@code toString()} is never written as it is.
   */
  private static String number(String field, Number value) {
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new InvalidInputException("where." + field, value, "must be a finite number");
      }
      return BigDecimal.valueOf(d).toPlainString();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    String text = String.valueOf(value);
    try {
      return new BigDecimal(text.strip()).toPlainString();
    } catch (NumberFormatException e) {
      throw new InvalidInputException("where." + field, printable(text),
          "must be a number (" + value.getClass().getName() + " reads as something else)");
    }
  }

  private static boolean isControl(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }

  /** The text with control characters shown as {@code \\uXXXX}, for a message. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A field, waiting for its comparison. */
  public static final class Field {
    private final String name;

    private Field(String name) {
      this.name = name;
    }

    /**
     * {@code field EQ value}.
     *
     * @param value a string, a number or a boolean
     * @return the condition
     */
    public Where eq(Object value) {
      return new Comparison(name, "EQ", literal(name, value));
    }

    /**
     * {@code field NE value}.
     *
     * @param value a string, a number or a boolean
     * @return the condition
     */
    public Where ne(Object value) {
      return new Comparison(name, "NE", literal(name, value));
    }

    /**
     * {@code field CP 'pattern'}: the field matches an SQL {@code LIKE} pattern, where {@code %} stands for any
     * text.
     *
     * @param pattern the pattern, for example {@code %Srv-1%}
     * @return the condition
     */
    public Where like(String pattern) {
      return new Comparison(name, "CP", literal(name, pattern));
    }

    /**
     * {@code field CP '%text%'}: the field contains the text. A {@code %} or {@code _} inside the text keeps its
     * wildcard meaning.
     *
     * @param text the text
     * @return the condition
     */
    public Where contains(String text) {
      if (text == null) {
        throw new InvalidInputException("where." + name, null, "cannot contain null");
      }
      return like("%" + text + "%");
    }

    /** {@code field IS null}. */
    public Where isNull() {
      return new Comparison(name, "IS", "null");
    }

    /** {@code NOT (field IS null)}. */
    public Where isNotNull() {
      return not(isNull());
    }
  }

  private static final class Comparison extends Where {
    private final String field;
    private final String operator;
    private final String literal;

    Comparison(String field, String operator, String literal) {
      this.field = field;
      this.operator = operator;
      this.literal = literal;
    }

    @Override
    void render(StringBuilder out) {
      out.append(field).append(' ').append(operator).append(' ').append(literal);
    }
  }

  private static final class Not extends Where {
    private final Where condition;

    Not(Where condition) {
      this.condition = condition;
    }

    @Override
    void render(StringBuilder out) {
      out.append("NOT ");
      condition.renderOperand(out);
    }
  }

  private static final class Junction extends Where {
    private final String operator;
    private final List<Where> operands;

    private Junction(String operator, List<Where> operands) {
      this.operator = operator;
      this.operands = operands;
    }

    static Where of(String operator, Where first, Where... more) {
      List<Where> operands = new ArrayList<>();
      add(operator, operands, first);
      Objects.requireNonNull(more, "more");
      for (Where where : more) {
        add(operator, operands, where);
      }
      return operands.size() == 1 ? operands.get(0) : new Junction(operator, List.copyOf(operands));
    }

    private static void add(String operator, List<Where> operands, Where where) {
      require(where);
      // a AND (b AND c) reads the same as a AND b AND c: flatten so the text stays short.
      if (where instanceof Junction && ((Junction) where).operator.equals(operator)) {
        operands.addAll(((Junction) where).operands);
      } else {
        operands.add(where);
      }
    }

    @Override
    void render(StringBuilder out) {
      for (int i = 0; i < operands.size(); i++) {
        if (i > 0) {
          out.append(' ').append(operator).append(' ');
        }
        operands.get(i).renderOperand(out);
      }
    }
  }
}

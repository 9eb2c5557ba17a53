package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The list parameters of the v6 panels: {@code where}, {@code orderby} and {@code limit}, applied the way the
 * panels' SQL back end does: string comparison ignores case, a comparison with a null field is unknown (so neither
 * {@code EQ} nor {@code NE} matches it), and {@code size} counts every match before {@code limit}.
 */
final class ListQuery<T> {
  /** Where a list's items get their field values; null for a field the list does not know. */
  interface Fields<T> {
    Function<T, Object> field(String name);
  }

  record Page<T>(List<T> items, int size) {}

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private final Fields<T> fields;

  ListQuery(Fields<T> fields) {
    this.fields = fields;
  }

  /** Fields of JSON items: a dotted path into the object; an object with an {@code id} compares as that id. */
  static Fields<ObjectNode> json(Collection<String> knownFields) {
    return name -> knownFields.contains(name) ? item -> value(path(item, name)) : null;
  }

  /** A dotted path; through an array it collects the values of every element ({@code clusters.id}). */
  private static JsonNode path(JsonNode node, String dotted) {
    JsonNode at = node;
    for (String part : dotted.split("\\.")) {
      if (at != null && at.isArray()) {
        ArrayNode values = Json.array();
        for (JsonNode element : at) {
          JsonNode value = element.get(part);
          if (value != null) {
            values.add(value);
          }
        }
        at = values;
      } else {
        at = at == null ? null : at.get(part);
      }
    }
    return at;
  }

  static Object value(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isArray()) {
      List<Object> values = new ArrayList<>();
      node.forEach(element -> values.add(value(element)));
      return values;
    }
    if (node.isObject()) {
      return node.has("id") ? value(node.get("id")) : node.toString();
    }
    return node.asText();
  }

  Page<T> apply(List<T> items, Map<String, String> params) {
    String where = params.get("where");
    Expr filter = where == null || where.isBlank() ? null : new Parser(where).parse();
    List<T> matched = new ArrayList<>();
    for (T item : items) {
      if (filter == null || Boolean.TRUE.equals(filter.eval(item))) {
        matched.add(item);
      }
    }
    String orderby = params.get("orderby");
    if (orderby != null && !orderby.isBlank()) {
      matched.sort(comparator(orderby));
    }
    int size = matched.size();
    String limit = params.get("limit");
    if (limit == null || limit.isBlank()) {
      return new Page<>(matched, size);
    }
    long[] window = parseLimit(limit);
    int from = (int) Math.min(window[0], size);
    int to = (int) Math.min(window[0] + window[1], size);
    return new Page<>(matched.subList(from, to), size);
  }

  private static long[] parseLimit(String limit) {
    String[] parts = limit.trim().split("\\s*,\\s*");
    try {
      if (parts.length == 1) {
        long count = Long.parseLong(parts[0]);
        if (count >= 0) {
          return new long[] {0, count};
        }
      } else if (parts.length == 2) {
        long offset = Long.parseLong(parts[0]);
        long count = Long.parseLong(parts[1]);
        if (offset >= 0 && count >= 0) {
          return new long[] {offset, count};
        }
      }
    } catch (NumberFormatException e) {
      // falls through to the panel's error
    }
    throw PanelException.of(PanelError.INVALID_FILTER, "Invalid limit '" + limit + "': expected <offset>,<count>",
        Json.object().put("limit", limit));
  }

  private Comparator<T> comparator(String orderby) {
    Comparator<T> result = null;
    for (String clause : orderby.trim().split("\\s*,\\s*")) {
      String[] words = clause.trim().split("\\s+");
      if (words.length > 2 || (words.length == 2 && !words[1].matches("(?i)asc|desc"))) {
        throw PanelException.of(PanelError.INVALID_FILTER, "Invalid orderby '" + orderby + "'",
            Json.object().put("orderby", orderby));
      }
      Function<T, Object> getter = field(words[0]);
      Comparator<T> one = (a, b) -> compareForSort(getter.apply(a), getter.apply(b));
      if (words.length == 2 && words[1].equalsIgnoreCase("desc")) {
        one = one.reversed();
      }
      result = result == null ? one : result.thenComparing(one);
    }
    return result;
  }

  private Function<T, Object> field(String name) {
    Function<T, Object> getter = fields.field(name);
    if (getter == null) {
      throw PanelException.of(PanelError.INVALID_FILTER, "Unknown field '" + name + "'",
          Json.object().put("field", name));
    }
    return getter;
  }

  /** Nulls first, like MySQL ascending. */
  private static int compareForSort(Object a, Object b) {
    a = first(a);
    b = first(b);
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return compare(a, b);
  }

  private static Object first(Object value) {
    if (value instanceof List<?> list) {
      return list.isEmpty() ? null : list.get(0);
    }
    return value;
  }

  private static int compare(Object a, Object b) {
    BigDecimal na = number(a);
    BigDecimal nb = number(b);
    if (na != null && nb != null) {
      return na.compareTo(nb);
    }
    return text(a).compareToIgnoreCase(text(b));
  }

  private static BigDecimal number(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (value instanceof Boolean bool) {
      return bool ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (value instanceof String s && !s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '-')
        && NUMBER.matcher(s).matches()) {
      return new BigDecimal(s);
    }
    return null;
  }

  private static String text(Object value) {
    return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value);
  }

  // ---- the where expression ----

  private interface Expr {
    /** TRUE, FALSE, or null for SQL's unknown. */
    Boolean eval(Object item);
  }

  private enum Op { EQ, NE, CP, GT, LT, GE, LE }

  private final class Parser {
    private final String src;
    private int pos;

    Parser(String src) {
      this.src = src;
    }

    Expr parse() {
      Expr expr = or();
      skipSpace();
      if (pos < src.length()) {
        throw error("unexpected '" + src.substring(pos) + "'");
      }
      return expr;
    }

    private Expr or() {
      List<Expr> parts = new ArrayList<>();
      parts.add(and());
      while (keyword("OR")) {
        parts.add(and());
      }
      if (parts.size() == 1) {
        return parts.get(0);
      }
      return item -> {
        Boolean result = Boolean.FALSE;
        for (Expr part : parts) {
          Boolean value = part.eval(item);
          if (Boolean.TRUE.equals(value)) {
            return Boolean.TRUE;
          }
          if (value == null) {
            result = null;
          }
        }
        return result;
      };
    }

    private Expr and() {
      List<Expr> parts = new ArrayList<>();
      parts.add(unary());
      while (keyword("AND")) {
        parts.add(unary());
      }
      if (parts.size() == 1) {
        return parts.get(0);
      }
      return item -> {
        Boolean result = Boolean.TRUE;
        for (Expr part : parts) {
          Boolean value = part.eval(item);
          if (Boolean.FALSE.equals(value)) {
            return Boolean.FALSE;
          }
          if (value == null) {
            result = null;
          }
        }
        return result;
      };
    }

    private Expr unary() {
      if (keyword("NOT")) {
        Expr inner = unary();
        return item -> {
          Boolean value = inner.eval(item);
          return value == null ? null : !value;
        };
      }
      skipSpace();
      if (pos < src.length() && src.charAt(pos) == '(') {
        pos++;
        Expr inner = or();
        skipSpace();
        if (pos >= src.length() || src.charAt(pos) != ')') {
          throw error("missing ')'");
        }
        pos++;
        return inner;
      }
      return comparison();
    }

    @SuppressWarnings("unchecked")
    private Expr comparison() {
      String name = word();
      if (name == null) {
        throw error("expected a field name");
      }
      Function<T, Object> getter = field(name);
      if (keyword("IS")) {
        boolean negated = keyword("NOT");
        if (!keyword("NULL")) {
          throw error("expected NULL after IS");
        }
        return item -> isNull(getter.apply((T) item)) != negated;
      }
      String opWord = word();
      Op op;
      try {
        op = opWord == null ? null : Op.valueOf(opWord.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        op = null;
      }
      if (op == null) {
        throw error("unknown operator '" + opWord + "'");
      }
      Object literal = literal();
      Op fixed = op;
      if (literal == NULL_LITERAL && (op == Op.EQ || op == Op.NE)) {
        // Tolerated: "field EQ null" means what IS NULL means, as lenient back ends read it.
        return item -> isNull(getter.apply((T) item)) == (fixed == Op.EQ);
      }
      return item -> test(getter.apply((T) item), fixed, literal);
    }

    private Object literal() {
      skipSpace();
      if (pos >= src.length()) {
        throw error("expected a value");
      }
      char c = src.charAt(pos);
      if (c == '\'') {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < src.length()) {
          char ch = src.charAt(pos++);
          if (ch == '\\' && pos < src.length()) {
            out.append(src.charAt(pos++));
          } else if (ch == '\'') {
            return out.toString();
          } else {
            out.append(ch);
          }
        }
        throw error("unterminated string");
      }
      if (c == '-' || Character.isDigit(c)) {
        int start = pos;
        pos++;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || ".eE+-".indexOf(src.charAt(pos)) >= 0)) {
          pos++;
        }
        try {
          return new BigDecimal(src.substring(start, pos));
        } catch (NumberFormatException e) {
          throw error("bad number '" + src.substring(start, pos) + "'");
        }
      }
      String word = word();
      if (word == null) {
        throw error("expected a value");
      }
      if (word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false")) {
        return Boolean.valueOf(word.toLowerCase(Locale.ROOT));
      }
      if (word.equalsIgnoreCase("null")) {
        return NULL_LITERAL;
      }
      return word;
    }

    private boolean keyword(String keyword) {
      skipSpace();
      int end = pos + keyword.length();
      if (end <= src.length() && src.regionMatches(true, pos, keyword, 0, keyword.length())
          && (end == src.length() || !isWordChar(src.charAt(end)))) {
        pos = end;
        return true;
      }
      return false;
    }

    private String word() {
      skipSpace();
      int start = pos;
      while (pos < src.length() && isWordChar(src.charAt(pos))) {
        pos++;
      }
      return pos == start ? null : src.substring(start, pos);
    }

    private boolean isWordChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '@' || c == '-';
    }

    private void skipSpace() {
      while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
        pos++;
      }
    }

    private PanelException error(String what) {
      return PanelException.of(PanelError.INVALID_FILTER, "Invalid where at position " + pos + ": " + what,
          Json.object().put("where", src).put("position", pos));
    }
  }

  private static final Object NULL_LITERAL = new Object();

  private static boolean isNull(Object value) {
    return value == null;
  }

  private static Boolean test(Object value, Op op, Object literal) {
    if (value instanceof Collection<?> values) {
      // A field holding a list matches when one element does ("ip.name EQ '1.2.3.4'"); NE when none is equal.
      if (op == Op.NE) {
        for (Object element : values) {
          if (Boolean.FALSE.equals(test(element, Op.NE, literal))) {
            return Boolean.FALSE;
          }
        }
        return Boolean.TRUE;
      }
      for (Object element : values) {
        if (Boolean.TRUE.equals(test(element, op, literal))) {
          return Boolean.TRUE;
        }
      }
      return Boolean.FALSE;
    }
    if (value == null || literal == NULL_LITERAL) {
      return null;
    }
    switch (op) {
      case EQ:
        return looseEquals(value, literal);
      case NE:
        return !looseEquals(value, literal);
      case CP:
        return like(text(value), text(literal));
      case GT:
        return compare(value, literal) > 0;
      case LT:
        return compare(value, literal) < 0;
      case GE:
        return compare(value, literal) >= 0;
      default:
        return compare(value, literal) <= 0;
    }
  }

  /** '42' equals 42, true equals 1, and strings ignore case: the panels compare loosely. */
  private static boolean looseEquals(Object value, Object literal) {
    if (value instanceof Boolean || literal instanceof Boolean) {
      Boolean a = bool(value);
      Boolean b = bool(literal);
      return a != null && a.equals(b);
    }
    BigDecimal na = number(value);
    BigDecimal nb = number(literal);
    if (na != null && nb != null) {
      return na.compareTo(nb) == 0;
    }
    return text(value).equalsIgnoreCase(text(literal));
  }

  private static Boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    String text = text(value).toLowerCase(Locale.ROOT);
    switch (text) {
      case "true":
      case "1":
        return Boolean.TRUE;
      case "false":
      case "0":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** SQL LIKE with {@code %} as the only wildcard, ignoring case. */
  static boolean like(String value, String pattern) {
    String[] parts = pattern.toLowerCase(Locale.ROOT).split("%", -1);
    String text = value.toLowerCase(Locale.ROOT);
    if (parts.length == 1) {
      return text.equals(parts[0]);
    }
    if (!text.startsWith(parts[0])) {
      return false;
    }
    int at = parts[0].length();
    for (int i = 1; i < parts.length - 1; i++) {
      int found = text.indexOf(parts[i], at);
      if (found < 0) {
        return false;
      }
      at = found + parts[i].length();
    }
    String last = parts[parts.length - 1];
    return text.length() - at >= last.length() && text.endsWith(last);
  }
}

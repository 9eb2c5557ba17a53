package dev.ispkit.simulator;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JSON body a route takes: its top-level properties and, for a property that is an array of objects, the
 * properties of those objects. Declared once, where the route is added: the strict body check ({@link Body}) and
 * the OpenAPI document ({@link OpenApi}) both read it, so what the simulator accepts and what it says it accepts
 * are one list.
 *
 * @param fields the top-level properties, sorted
 * @param arrayItems per array property, the properties of its items, sorted
 */
record BodyShape(Set<String> fields, Map<String, Set<String>> arrayItems) {
  BodyShape {
    fields = java.util.Collections.unmodifiableSet(new TreeSet<>(fields));
    Map<String, Set<String>> items = new TreeMap<>();
    arrayItems.forEach((name, itemFields) -> items.put(name,
        java.util.Collections.unmodifiableSet(new TreeSet<>(itemFields))));
    arrayItems = java.util.Collections.unmodifiableMap(items);
  }

  /** A body of exactly these properties ({@code {}} when none). */
  static BodyShape of(String... fields) {
    return of(Set.of(fields));
  }

  static BodyShape of(Set<String> fields) {
    return new BodyShape(fields, Map.of());
  }

  /** This shape, with {@code field} an array of objects of {@code itemFields}. */
  BodyShape withItems(String field, Set<String> itemFields) {
    if (!fields.contains(field)) {
      throw new IllegalArgumentException(field + " is not a property of this body");
    }
    Map<String, Set<String>> items = new TreeMap<>(arrayItems);
    items.put(field, itemFields);
    return new BodyShape(fields, items);
  }
}

package dev.ispkit.client.core;

/**
 * One sort key of a list call, the {@code orderby} parameter: {@code <field> asc} or {@code <field> desc}.
 *
 * <pre>{@code
 * OrderBy byId = OrderBy.asc("id");
 * }</pre>
 *
 * @param field the field the panel sorts by
 * @param descending whether the largest comes first
 */
public record OrderBy(String field, boolean descending) {
  /** Checks the field name the same way {@link Where#field(String)} does. */
  public OrderBy {
    Where.field(field);
  }

  /**
   * Smallest first.
   *
   * @param field the field
   * @return the sort key
   */
  public static OrderBy asc(String field) {
    return new OrderBy(field, false);
  }

  /**
   * Largest first.
   *
   * @param field the field
   * @return the sort key
   */
  public static OrderBy desc(String field) {
    return new OrderBy(field, true);
  }

  /** The value of the {@code orderby} parameter, for example {@code id asc}. */
  @Override
  public String toString() {
    return field + (descending ? " desc" : " asc");
  }
}

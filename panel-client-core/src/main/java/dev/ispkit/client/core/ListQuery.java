package dev.ispkit.client.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The filter, sort and window of a DCImanager 6 or VMmanager 6 list call: its {@code where}, {@code orderby} and
 * {@code limit=<offset>,<count>} parameters.
 *
 * <pre>{@code
 * ListQuery firstFreeHundred = ListQuery.builder()
 *     .where(Where.field("owner_email").isNull())
 *     .addOrderBy(OrderBy.asc("id"))
 *     .limit(0, 100)
 *     .build();
 * }</pre>
 *
 * <p>Without a limit the panel applies its own default window; to read everything, page through with the client's
 * {@code stream} methods (see {@link PanelListing#stream(ListQuery)}).
 */
@Value.Immutable
public abstract class ListQuery {
  private static final ListQuery ALL = builder().build();

  ListQuery() {}

  /** A query with no filter, no sort and no window. */
  public static ListQuery all() {
    return ALL;
  }

  /**
   * A query with only a filter.
   *
   * @param where the filter
   * @return the query
   */
  public static ListQuery where(Where where) {
    return builder().where(where).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The filter. */
  public abstract Optional<Where> where();

  /** The sort keys, first key first. */
  public abstract List<OrderBy> orderBy();

  /** The index of the first element to return, counted from 0. */
  public abstract OptionalInt offset();

  /** How many elements to return at most. */
  public abstract OptionalInt count();

  /**
   * The same query for another window.
   *
   * @param offset the first element, from 0
   * @param count how many
   * @return the query
   */
  public ListQuery window(int offset, int count) {
    return builder().from(this).offset(offset).count(count).build();
  }

  /**
   * The query parameters to send, unencoded: {@code where}, {@code orderby}, {@code limit}, each only when set.
   *
   * @return the parameters, in that order
   */
  public Map<String, Object> toQueryParameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    where().ifPresent(where -> parameters.put("where", where.toString()));
    if (!orderBy().isEmpty()) {
      parameters.put("orderby", orderBy().stream().map(OrderBy::toString).collect(Collectors.joining(",")));
    }
    if (count().isPresent()) {
      parameters.put("limit", offset().orElse(0) + "," + count().getAsInt());
    }
    return parameters;
  }

  @Value.Check
  void check() {
    if (offset().isPresent() && offset().getAsInt() < 0) {
      throw new InvalidInputException("offset", offset().getAsInt(), "must not be negative");
    }
    if (count().isPresent() && count().getAsInt() < 1) {
      throw new InvalidInputException("count", count().getAsInt(), "must be at least 1");
    }
    if (offset().isPresent() && count().isEmpty()) {
      throw new InvalidInputException("count", null, "must be set when offset is (the panel reads limit=offset,count)");
    }
  }

  /** Builds a {@link ListQuery}. */
  public static final class Builder extends ImmutableListQuery.Builder {
    Builder() {}

    /**
     * Sets the window: {@code limit=offset,count}.
     *
     * @param offset the first element, from 0
     * @param count how many, at least 1
     * @return this builder
     */
    public Builder limit(int offset, int count) {
      offset(offset);
      count(count);
      return this;
    }
  }
}

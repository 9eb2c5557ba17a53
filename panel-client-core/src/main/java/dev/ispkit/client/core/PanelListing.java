package dev.ispkit.client.core;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The list calls of one kind of panel object (servers, clusters, nodes, accounts, ...): one page for a {@link
 * ListQuery}, every match as a lazy stream, or the first match of a filter.
 *
 * <p>A client's group of calls for that kind either is a {@code PanelListing} or extends it with its other calls,
 * so every list of every client reads and pages the same way.
 *
 * <pre>{@code
 * PanelList<Node> firstPage = vm6.nodes().list(ListQuery.builder().limit(0, 50).build());
 * Stream<Node> all = vm6.nodes().stream(ListQuery.all());
 * Stream<Server> inBigPages = dci.servers().stream(ListQuery.all(), 1000);
 * Optional<Node> node1 = vm6.nodes().first(Where.field("name").eq("node1"));
 * }</pre>
 *
 * @param <T> the element type
 */
public class PanelListing<T> {
  private final Function<Map<String, Object>, PanelList<T>> fetch;
  private final int pageSize;

  /**
   * A listing over one list call of a client's Feign interface.
   *
   * @param fetch calls the panel with the query parameters ({@link ListQuery#toQueryParameters()})
   * @param pageSize how many elements {@link #stream(ListQuery)} asks for per call, at least 1
   */
  protected PanelListing(Function<Map<String, Object>, PanelList<T>> fetch, int pageSize) {
    this.fetch = Require.present("fetch", fetch);
    this.pageSize = (int) Require.positive("pageSize", pageSize);
  }

  /**
   * A listing for a list call with no other calls beside it.
   *
   * @param fetch calls the panel with the query parameters
   * @param pageSize how many elements a page of {@link #stream(ListQuery)} asks for
   * @param <T> the element type
   * @return the listing
   */
  public static <T> PanelListing<T> of(Function<Map<String, Object>, PanelList<T>> fetch, int pageSize) {
    return new PanelListing<>(fetch, pageSize);
  }

  /**
   * One page: the query's filter, sort and window, as the panel answers them.
   *
   * @param query filter, sort and window
   * @return the page
   * @throws InvalidInputException when the query is null
   */
  public PanelList<T> list(ListQuery query) {
    return fetch.apply(Require.present("query", query).toQueryParameters());
  }

  /**
   * Every element matching the query, read page by page as the stream is consumed (see {@link Paging}).
   *
   * @param query filter and sort; its offset, if any, is where reading starts
   * @return the elements
   * @throws InvalidInputException when the query is null
   */
  public Stream<T> stream(ListQuery query) {
    return stream(query, pageSize);
  }

  /**
   * Every element matching the query, read page by page as the stream is consumed, with a page size of the caller's
   * choice (fewer calls for a large inventory, smaller answers for a slow panel).
   *
   * @param query filter and sort; its offset, if any, is where reading starts
   * @param pageSize how many elements one call asks for, at least 1
   * @return the elements
   * @throws InvalidInputException when the query is null or the page size is below 1
   */
  public Stream<T> stream(ListQuery query, int pageSize) {
    Require.present("query", query);
    return Paging.stream(query, (int) Require.positive("pageSize", pageSize), this::list);
  }

  /**
   * The first element matching a filter, in one call with only {@code where} (the form the panels' own
   * integrations use to read one object by id or email).
   *
   * @param where the filter
   * @return the first match, or empty
   * @throws InvalidInputException when the filter is null
   */
  public Optional<T> first(Where where) {
    return first(where, element -> true);
  }

  /**
   * The first element matching a filter that also passes a check made here, in one call with only {@code where}.
   * The check repeats the filter's meaning in Java (same id, same email), so a panel or proxy that ignores the
   * filter can never hand back another object.
   *
   * @param where the filter
   * @param check what the element must also satisfy
   * @return the first element that does, or empty
   * @throws InvalidInputException when the filter or the check is null
   */
  public Optional<T> first(Where where, Predicate<? super T> check) {
    Require.present("check", check);
    return list(ListQuery.where(Require.present("where", where))).list().stream().filter(check).findFirst();
  }
}

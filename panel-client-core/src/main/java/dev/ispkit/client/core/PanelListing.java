package dev.ispkit.client.core;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The list calls of one kind of panel object (servers, clusters, nodes, accounts, ...): one page for a {@link
 * ListQuery}, every match as a lazy stream, or the first match of a filter.
 *
 * <p>A client's group of calls for that kind either is a {@code PanelListing} or implements it beside its other
 * calls, so every list of every client reads and pages the same way.
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
public interface PanelListing<T> {
  /**
   * One page: the query's filter, sort and window, as the panel answers them.
   *
   * @param query filter, sort and window
   * @return the page
   * @throws InvalidInputException when the query is null
   */
  PanelList<T> list(ListQuery query);

  /**
   * Every element matching the query, read page by page as the stream is consumed, with the client's page size.
   * Paging stops at the total the panel reports, at a short page, or at a page that repeats the previous one.
   *
   * @param query filter and sort; its offset, if any, is where reading starts
   * @return the elements
   * @throws InvalidInputException when the query is null
   */
  Stream<T> stream(ListQuery query);

  /**
   * Every element matching the query, read page by page as the stream is consumed, with a page size of the caller's
   * choice (fewer calls for a large inventory, smaller answers for a slow panel).
   *
   * @param query filter and sort; its offset, if any, is where reading starts
   * @param pageSize how many elements one call asks for, at least 1
   * @return the elements
   * @throws InvalidInputException when the query is null or the page size is below 1
   */
  Stream<T> stream(ListQuery query, int pageSize);

  /**
   * The first element matching a filter, in one call with only {@code where} (the form the panels' own
   * integrations use to read one object by id or email).
   *
   * @param where the filter
   * @return the first match, or empty
   * @throws InvalidInputException when the filter is null
   */
  Optional<T> first(Where where);

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
  Optional<T> first(Where where, Predicate<? super T> check);
}

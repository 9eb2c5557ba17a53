package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.PanelList;
import dev.ispkit.client.core.PanelListing;
import dev.ispkit.client.core.Where;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The one implementation of {@link PanelListing}: a client's group of calls for one kind of object extends it (or a
 * client returns {@link #of}) over one list call of its Feign interface.
 *
 * @param <T> the element type
 */
public class Listing<T> implements PanelListing<T> {
  private final Function<Map<String, Object>, PanelList<T>> fetch;
  private final int pageSize;

  /**
   * A listing over one list call of a client's Feign interface.
   *
   * @param fetch calls the panel with the query parameters ({@link ListQuery#toQueryParameters()})
   * @param pageSize how many elements {@link #stream(ListQuery)} asks for per call, at least 1
   */
  protected Listing(Function<Map<String, Object>, PanelList<T>> fetch, int pageSize) {
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
    return new Listing<>(fetch, pageSize);
  }

  @Override
  public PanelList<T> list(ListQuery query) {
    return fetch.apply(Require.present("query", query).toQueryParameters());
  }

  @Override
  public Stream<T> stream(ListQuery query) {
    return stream(query, pageSize);
  }

  @Override
  public Stream<T> stream(ListQuery query, int pageSize) {
    Require.present("query", query);
    return Paging.stream(query, (int) Require.positive("pageSize", pageSize), this::list);
  }

  @Override
  public Optional<T> first(Where where) {
    return first(where, element -> true);
  }

  @Override
  public Optional<T> first(Where where, Predicate<? super T> check) {
    Require.present("check", check);
    return list(ListQuery.where(Require.present("where", where))).list().stream().filter(check).findFirst();
  }
}

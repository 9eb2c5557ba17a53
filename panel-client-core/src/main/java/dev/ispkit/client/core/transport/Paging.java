package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.PanelList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks every element of a list call page by page, asking for the next page only when the previous one is used
 * up.
 *
 * <p>The walk asks for {@code limit=offset,pageSize} with the query's filter and sort, and stops at the first page
 * that is empty or shorter than the page size, or when the panel's {@code size} says every match has been read.
 * The query's own window, if it has one, is where the walk starts; its count is ignored.
 *
 * <p>A panel that ignores {@code limit} must not make the walk endless. A page longer than asked is the panel's
 * whole list: its elements are given once and the walk stops. A page equal to the one before (the panel ignored the
 * offset) is not given again, and the walk stops.
 *
 * <pre>{@code
 * Stream<Server> free = Paging.stream(query, 500, dci.servers()::list);
 * }</pre>
 */
public final class Paging {
  private Paging() {}

  /**
   * A lazy stream over all elements.
   *
   * @param query the filter and sort; its offset, if set, is where the walk starts
   * @param pageSize how many elements one call asks for, at least 1
   * @param fetch reads one page for a query with a window
   * @param <T> the element type
   * @return the elements, in the panel's order
   */
  public static <T> Stream<T> stream(ListQuery query, int pageSize, Function<ListQuery, PanelList<T>> fetch) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(query, pageSize, fetch),
            Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * A lazy iterator over all elements.
   *
   * @param query the filter and sort; its offset, if set, is where the walk starts
   * @param pageSize how many elements one call asks for, at least 1
   * @param fetch reads one page for a query with a window
   * @param <T> the element type
   * @return the elements, in the panel's order
   */
  public static <T> Iterator<T> iterator(ListQuery query, int pageSize, Function<ListQuery, PanelList<T>> fetch) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(fetch, "fetch");
    if (pageSize < 1) {
      throw new InvalidInputException("pageSize", pageSize, "must be at least 1");
    }
    return new PageIterator<>(query, query.offset().orElse(0), pageSize, fetch);
  }

  private static final class PageIterator<T> implements Iterator<T> {
    private final ListQuery query;
    private final int pageSize;
    private final Function<ListQuery, PanelList<T>> fetch;
    private long nextOffset;
    private Iterator<T> page = java.util.Collections.emptyIterator();
    private List<T> previous;
    private boolean lastPage;

    PageIterator(ListQuery query, int start, int pageSize, Function<ListQuery, PanelList<T>> fetch) {
      this.query = query;
      this.nextOffset = start;
      this.pageSize = pageSize;
      this.fetch = fetch;
    }

    @Override
    public boolean hasNext() {
      while (!page.hasNext() && !lastPage) {
        if (nextOffset > Integer.MAX_VALUE) {
          lastPage = true;
          break;
        }
        PanelList<T> next = fetch.apply(query.window((int) nextOffset, pageSize));
        List<T> items = next.list();
        if (!items.isEmpty() && items.equals(previous)) {
          // The same page again: the panel ignores the offset, and everything it has was given.
          lastPage = true;
          break;
        }
        int read = items.size();
        nextOffset += read;
        lastPage = read != pageSize || (next.size().isPresent() && nextOffset >= next.size().getAsLong());
        previous = items;
        page = items.iterator();
      }
      return page.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.next();
    }
  }
}

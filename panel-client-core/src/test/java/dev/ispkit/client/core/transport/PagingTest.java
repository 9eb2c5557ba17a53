package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.PanelList;
import dev.ispkit.client.core.Where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class PagingTest {
  private final List<String> asked = new ArrayList<>();

  private PanelList<Integer> page(ListQuery query, int total, boolean tellSize) {
    asked.add(query.toQueryParameters().get("limit").toString());
    int offset = query.offset().orElse(0);
    int end = Math.min(total, offset + query.count().getAsInt());
    List<Integer> items = IntStream.range(offset, Math.max(offset, end)).boxed().collect(Collectors.toList());
    return new PanelList<>(items, tellSize ? (long) total : null, 1L);
  }

  @Test
  void stopsWhenTheSizeSaysEverythingWasRead() {
    List<Integer> all = Paging.stream(ListQuery.all(), 10, q -> page(q, 30, true)).collect(Collectors.toList());
    assertThat(all).hasSize(30).startsWith(0, 1).endsWith(29);
    assertThat(asked).containsExactly("0,10", "10,10", "20,10");
  }

  @Test
  void stopsAtAShortPageWhenThereIsNoSize() {
    assertThat(Paging.stream(ListQuery.all(), 10, q -> page(q, 25, false)).count()).isEqualTo(25);
    assertThat(asked).containsExactly("0,10", "10,10", "20,10");
  }

  @Test
  void asksForAnEmptyPageOnlyWhenTheLastPageWasFullAndThereIsNoSize() {
    assertThat(Paging.stream(ListQuery.all(), 10, q -> page(q, 20, false)).count()).isEqualTo(20);
    assertThat(asked).containsExactly("0,10", "10,10", "20,10");
  }

  @Test
  void isLazy() {
    Iterator<Integer> it = Paging.iterator(ListQuery.where(Where.field("id").ne(0)), 10, q -> page(q, 30, true));
    it.next();
    assertThat(asked).containsExactly("0,10");
  }

  @Test
  void refusesAPageSizeBelowOne() {
    assertThatThrownBy(() -> Paging.stream(ListQuery.all(), 0, q -> page(q, 1, true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("pageSize");
  }

  /** A fetch that fails the test after ten pages instead of walking for ever. */
  private PanelList<Integer> bounded(ListQuery query, PanelList<Integer> answer) {
    asked.add(query.toQueryParameters().get("limit").toString());
    if (asked.size() > 10) {
      throw new AssertionError("the walk did not stop: " + asked);
    }
    return answer;
  }

  @Test
  void stopsWhenThePanelIgnoresTheLimitAndSendsEverythingWithoutASize() {
    List<Integer> all = IntStream.range(0, 25).boxed().collect(Collectors.toList());

    List<Integer> read = Paging.stream(ListQuery.all(), 10, q -> bounded(q, new PanelList<>(all, null, null)))
        .collect(Collectors.toList());

    assertThat(read).isEqualTo(all);
    assertThat(asked).containsExactly("0,10");
  }

  @Test
  void stopsWhenThePanelIgnoresTheOffsetAndRepeatsAPage() {
    List<Integer> first = IntStream.range(0, 10).boxed().collect(Collectors.toList());

    List<Integer> read = Paging.stream(ListQuery.all(), 10, q -> bounded(q, new PanelList<>(first, null, null)))
        .collect(Collectors.toList());

    assertThat(read).isEqualTo(first);
    assertThat(asked).containsExactly("0,10", "10,10");
  }
}

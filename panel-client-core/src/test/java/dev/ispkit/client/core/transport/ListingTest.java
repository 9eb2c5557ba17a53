package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.OrderBy;
import dev.ispkit.client.core.PanelList;
import dev.ispkit.client.core.PanelListing;
import dev.ispkit.client.core.Where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class ListingTest {
  private final List<Map<String, Object>> asked = new ArrayList<>();

  /** A panel holding the ids 1 to 5, answering windows of them. */
  private PanelList<Integer> panel(Map<String, Object> parameters) {
    asked.add(parameters);
    List<Integer> ids = List.of(1, 2, 3, 4, 5);
    Object limit = parameters.get("limit");
    if (limit == null) {
      return new PanelList<>(ids, 5L, 1L);
    }
    String[] window = limit.toString().split(",");
    int from = Math.min(Integer.parseInt(window[0]), ids.size());
    int to = Math.min(from + Integer.parseInt(window[1]), ids.size());
    return new PanelList<>(ids.subList(from, to), 5L, 1L);
  }

  @Test
  void listSendsTheQueryAsItIs() {
    PanelListing<Integer> listing = Listing.of(this::panel, 2);
    ListQuery query = ListQuery.builder().where(Where.field("id").eq(3)).addOrderBy(OrderBy.desc("id")).build();

    assertThat(listing.list(query).list()).containsExactly(1, 2, 3, 4, 5);
    assertThat(asked).containsExactly(Map.of("where", "id EQ 3", "orderby", "id desc"));
  }

  @Test
  void streamReadsPageByPage() {
    PanelListing<Integer> listing = Listing.of(this::panel, 2);

    assertThat(listing.stream(ListQuery.all()).collect(Collectors.toList())).containsExactly(1, 2, 3, 4, 5);
    assertThat(asked).extracting(parameters -> parameters.get("limit")).containsExactly("0,2", "2,2", "4,2");
  }

  @Test
  void streamTakesThePageSizeItIsGiven() {
    PanelListing<Integer> listing = Listing.of(this::panel, 2);

    assertThat(listing.stream(ListQuery.all(), 3).collect(Collectors.toList())).containsExactly(1, 2, 3, 4, 5);
    assertThat(asked).extracting(parameters -> parameters.get("limit")).containsExactly("0,3", "3,3");
  }

  @Test
  void firstSendsOnlyTheFilter() {
    PanelListing<Integer> listing = Listing.of(this::panel, 2);

    assertThat(listing.first(Where.field("email").eq("a@example.com"))).contains(1);
    assertThat(asked).containsExactly(Map.of("where", "email EQ 'a@example.com'"));
  }

  @Test
  void firstWithACheckSkipsWhatAPanelIgnoringTheFilterSends() {
    PanelListing<Integer> listing = Listing.of(this::panel, 2);

    assertThat(listing.first(Where.field("id").eq(4), id -> id == 4)).contains(4);
    assertThat(listing.first(Where.field("id").eq(9), id -> id == 9)).isEmpty();
    assertThat(asked).hasSize(2);
  }

  @Test
  void refusesNullQueriesAndBadPageSizes() {
    PanelListing<Integer> listing = Listing.of(this::panel, 2);

    assertThatThrownBy(() -> listing.list(null)).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("query");
    assertThatThrownBy(() -> listing.stream(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> listing.stream(null, 3)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("query");
    assertThatThrownBy(() -> listing.stream(ListQuery.all(), 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("pageSize");
    assertThatThrownBy(() -> listing.first(null)).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("where");
    assertThatThrownBy(() -> listing.first(Where.field("id").eq(1), null)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("check");
    assertThatThrownBy(() -> Listing.of(this::panel, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("pageSize");
    assertThat(asked).isEmpty();
  }
}

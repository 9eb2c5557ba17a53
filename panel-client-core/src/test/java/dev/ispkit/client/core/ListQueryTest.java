package dev.ispkit.client.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ListQueryTest {
  @Test
  void writesWhereOrderbyAndLimit() {
    ListQuery query = ListQuery.builder()
        .where(Where.field("location_id").eq(3))
        .addOrderBy(OrderBy.asc("configuration"), OrderBy.desc("id"))
        .limit(4, 18)
        .build();

    assertThat(query.toQueryParameters()).containsExactly(
        org.assertj.core.api.Assertions.entry("where", "location_id EQ 3"),
        org.assertj.core.api.Assertions.entry("orderby", "configuration asc,id desc"),
        org.assertj.core.api.Assertions.entry("limit", "4,18"));
    assertThat(ListQuery.all().toQueryParameters()).isEmpty();
  }

  @Test
  void refusesNegativeOffsetsAndPageSizes() {
    assertThatThrownBy(() -> ListQuery.builder().limit(-1, 10).build())
        .isInstanceOf(InvalidInputException.class).hasMessage("offset must not be negative (was \"-1\")");
    assertThatThrownBy(() -> ListQuery.builder().limit(0, -5).build())
        .isInstanceOf(InvalidInputException.class).hasMessage("count must be at least 1 (was \"-5\")");
    assertThatThrownBy(() -> ListQuery.builder().offset(5).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("count must be set when offset is");
    assertThatThrownBy(() -> OrderBy.asc("id desc")).isInstanceOf(InvalidInputException.class);
  }
}

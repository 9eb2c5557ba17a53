package dev.ispkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The where/orderby/limit parser on its own, over small JSON rows, one row per rule. */
class ListQueryTest {
  private static final List<ObjectNode> ROWS = List.of(
      row(1, "alpha", "a@example.com", "O'Brien", true, 3),
      row(2, "beta", null, "back\\slash", false, 3),
      row(3, "Gamma-1", "c@example.com", "plain", false, 1),
      row(4, "delta", null, "", true, 2));

  private static ObjectNode row(int id, String name, String email, String note, boolean isNew, int location) {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("name", name);
    if (email == null) {
      node.putNull("owner_email");
      node.putNull("owner");
    } else {
      node.put("owner_email", email);
      node.putObject("owner").put("id", 100 + id).put("email", email);
    }
    node.put("note", note);
    node.put("is_new", isNew);
    node.put("location_id", location);
    node.putObject("location").put("id", location).put("name", "L" + location);
    node.putArray("tags").add("t" + id).add("common");
    return node;
  }

  private static final ListQuery<ObjectNode> QUERY = new ListQuery<>(ListQuery.json(Set.of("id", "name",
      "owner_email", "owner.email", "owner", "note", "is_new", "location_id", "location.id", "location.name",
      "tags")));

  private static List<Integer> ids(String where) {
    return QUERY.apply(ROWS, Map.of("where", where)).items().stream().map(n -> n.get("id").asInt()).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "id EQ 2                                              | 2",
      "id EQ '2'                                            | 2",
      "name EQ 'ALPHA'                                      | 1",
      "name NE 'alpha'                                      | 2 3 4",
      "name CP '%a%'                                        | 1 2 3 4",
      "name CP 'gam%'                                       | 3",
      "name CP '%-1'                                        | 3",
      "name CP 'beta'                                       | 2",
      "owner_email IS null                                  | 2 4",
      "owner_email is not NULL                              | 1 3",
      "owner_email EQ null                                  | 2 4",
      "owner_email NE 'a@example.com'                       | 3",
      "NOT owner_email EQ 'a@example.com'                   | 3",
      "owner.email EQ 'c@example.com'                       | 3",
      "owner IS null                                        | 2 4",
      "location.id EQ 3 AND is_new EQ false                 | 2",
      "(owner_email IS null) AND is_new EQ false            | 2",
      "location_id EQ 1 OR location_id EQ 2                 | 3 4",
      "location_id EQ 3 AND is_new EQ true OR id EQ 4       | 1 4",
      "location_id EQ 3 AND (is_new EQ true OR id EQ 4)     | 1",
      "NOT (location_id EQ 3)                               | 3 4",
      "((id EQ '1') AND (name EQ 'alpha'))                  | 1",
      "is_new EQ 1                                          | 1 4",
      "note EQ 'O\\'Brien'                                  | 1",
      "note EQ 'back\\\\slash'                              | 2",
      "note CP '%\\'%'                                      | 1",
      "id GT 2                                              | 3 4",
      "id LE 2                                              | 1 2",
      "tags EQ 'common'                                     | 1 2 3 4",
      "tags EQ 't3'                                         | 3",
      "tags NE 't3'                                         | 1 2 4",
      "location.name EQ 'L1'                                | 3",
      "name EQ gamma-1                                      | 3",
  })
  void where(String where, String expected) {
    List<Integer> want = java.util.Arrays.stream(expected.trim().split(" ")).map(Integer::valueOf).toList();
    assertThat(ids(where.trim())).isEqualTo(want);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "nosuch EQ 1          | Unknown field 'nosuch'",
      "id EQ                | expected a value",
      "id EQ 'open          | unterminated string",
      "(id EQ 1             | missing ')'",
      "id LIKE 1            | unknown operator 'LIKE'",
      "id EQ 1 id           | unexpected",
      "id IS 1              | expected NULL after IS",
  })
  void badWhereIsA400WithThePanelsBody(String where, String message) {
    assertThatThrownBy(() -> ids(where.trim()))
        .isInstanceOfSatisfying(PanelException.class, e -> {
          assertThat(e.status).isEqualTo(400);
          assertThat(e.code).isEqualTo(PanelError.INVALID_FILTER.code);
          assertThat(e.getMessage()).contains(message);
        });
  }

  @ParameterizedTest(name = "orderby {0}, limit {1}")
  @CsvSource(delimiter = '|', value = {
      "id desc           | 0,2   | 4 3",
      "id desc           | 1,2   | 3 2",
      "name asc          | 0,10  | 1 2 4 3",
      "owner_email asc   | 0,10  | 2 4 1 3",
      "owner_email desc  | 0,10  | 3 1 2 4",
      "location_id asc, id desc | 0,10 | 3 4 2 1",
      "id                | 2     | 1 2",
      "id asc            | 10,5  | ''",
  })
  void orderbyAndLimitWhileSizeCountsEveryMatch(String orderby, String limit, String expected) {
    ListQuery.Page<ObjectNode> page = QUERY.apply(ROWS, Map.of("orderby", orderby.trim(), "limit", limit.trim()));

    assertThat(page.size()).isEqualTo(4);
    String got = String.join(" ", page.items().stream().map(n -> n.get("id").asText()).toList());
    assertThat(got).isEqualTo(expected.trim());
  }

  @ParameterizedTest
  @CsvSource({"'a,b'", "'-1,2'", "'1,2,3'", "'x'"})
  void badLimitIs400(String limit) {
    assertThatThrownBy(() -> QUERY.apply(ROWS, Map.of("limit", limit)))
        .isInstanceOfSatisfying(PanelException.class, e -> assertThat(e.status).isEqualTo(400));
  }

  @ParameterizedTest
  @CsvSource({"'nosuch asc'", "'id sideways'"})
  void badOrderbyIs400(String orderby) {
    assertThatThrownBy(() -> QUERY.apply(ROWS, Map.of("orderby", orderby)))
        .isInstanceOfSatisfying(PanelException.class, e -> assertThat(e.code).isEqualTo(5001));
  }

  @ParameterizedTest
  @CsvSource({"abc,abc,true", "abc,%,true", "abc,a%c,true", "abc,%b%,true", "abc,%d%,false", "abc,ab,false",
      "aXbXc,a%b%c,true", "abc,abc%,true", "ab,a%b%c,false"})
  void likeUsesPercentAsTheOnlyWildcard(String value, String pattern, boolean matches) {
    assertThat(ListQuery.like(value, pattern)).isEqualTo(matches);
  }
}

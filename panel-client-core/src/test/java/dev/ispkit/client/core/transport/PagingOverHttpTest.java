package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.OrderBy;
import dev.ispkit.client.core.Where;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@WireMockTest
final class PagingOverHttpTest {
  @Test
  void walksThreePagesSendingTheFilterEachTime(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    String where = "(owner_email IS null) AND (name CP '%o\\'k%')";
    for (int page = 0; page < 3; page++) {
      int offset = page * 2;
      String items = page < 2
          ? "{\"id\":" + (offset + 1) + "},{\"id\":" + (offset + 2) + "}"
          : "{\"id\":5}";
      wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server"))
          .withQueryParam("where", equalTo(where))
          .withQueryParam("orderby", equalTo("id asc"))
          .withQueryParam("limit", equalTo(offset + ",2"))
          .willReturn(okJson("{\"last_notify\":10308673,\"list\":[" + items + "],\"size\":5}")));
    }
    PanelTransport transport = Panels.transport(Panels.config(wm.getHttpBaseUrl(), new FakeTime()).build());
    SampleApi api = transport.target(SampleApi.class, AuthV4TokenSource.create(transport));
    ListQuery query = ListQuery.builder()
        .where(Where.field("owner_email").isNull().and(Where.field("name").contains("o'k")))
        .addOrderBy(OrderBy.asc("id"))
        .build();

    List<Object> ids = Paging.stream(query, 2, q -> api.servers(q.toQueryParameters()))
        .map(server -> server.get("id"))
        .collect(Collectors.toList());

    assertThat(ids).containsExactly(1, 2, 3, 4, 5);
    wm.getWireMock().verifyThat(3, getRequestedFor(urlPathEqualTo("/api/dci/v3/server")));
    assertThat(wm.getWireMock().find(getRequestedFor(urlPathEqualTo("/api/dci/v3/server"))))
        .extracting(request -> request.getUrl())
        .allSatisfy(url -> assertThat(url).contains("where=%28owner_email%20IS%20null%29%20AND%20"));
  }

  @Test
  void aPageDecodesIntoPanelList(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Panels.login(Panels.TOKEN));
    wm.getWireMock().register(get(urlPathEqualTo("/api/dci/v3/server"))
        .willReturn(okJson("{\"last_notify\":7,\"list\":[{\"id\":1}],\"size\":22}")));
    PanelTransport transport = Panels.transport(Panels.config(wm.getHttpBaseUrl(), new FakeTime()).build());
    SampleApi api = transport.target(SampleApi.class, AuthV4TokenSource.create(transport));

    var page = api.servers(Map.of());

    assertThat(page.list()).hasSize(1);
    assertThat(page.size()).hasValue(22);
    assertThat(page.lastNotify()).hasValue(7);
  }
}

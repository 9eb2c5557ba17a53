package dev.ispkit.dci6;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.LoginKey;
import dev.ispkit.client.core.OrderBy;
import dev.ispkit.client.core.PanelList;
import java.net.URI;
import java.util.Optional;

@WireMockTest
final class UsersTest {
  private static final String KEY = "4-74e7c0e9-a5ff-4f52-a2ac-ed03c6ed1e21";

  @BothPrefixes
  void listReadsTheDocumentedUserList(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/user"))).willReturn(okJson(
          "{\"list\":[{\"id\":4,\"email\":\"client@example.com\",\"server_count\":2,\"roles\":\"[@user]\","
              + "\"vlans_per_user\":5}],\"size\":1}")));

      PanelList<User> users = panel.dci.users().list(ListQuery.builder().addOrderBy(OrderBy.desc("id")).build());

      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/user")))
          .withQueryParam("orderby", equalTo("id desc")));
      assertThat(users.list()).singleElement().satisfies(user -> {
        assertThat(user.id()).isEqualTo(4);
        assertThat(user.email()).contains("client@example.com");
        assertThat(user.serverCount()).contains(2);
        assertThat(user.roles()).containsExactly("@user");
      });
    }
  }

  @BothPrefixes
  void findByEmailQuotesAndEscapesTheEmailInTheFilter(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/user"))).willReturn(okJson(
          "{\"list\":[{\"id\":12,\"email\":\"O'Brien@example.com\",\"roles\":[\"@user\"]}],\"size\":1}")));

      Optional<User> user = panel.dci.users().findByEmail("o'brien@example.com");

      // The quote inside the literal is escaped by core's Where, so it cannot end the literal early.
      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/user")))
          .withQueryParam("where", equalTo("email EQ 'o\\'brien@example.com'")));
      assertThat(user.map(User::id)).contains(12L);
    }
  }

  @BothPrefixes
  void findByEmailIgnoresAnAnswerForSomeoneElse(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      // A panel that ignored the filter would answer with everybody.
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/user"))).willReturn(okJson(
          "{\"list\":[{\"id\":1,\"email\":\"admin@example.com\"},{\"id\":2,\"email\":null}],\"size\":2}")));

      assertThat(panel.dci.users().findByEmail("client@example.com")).isEmpty();
    }
  }

  @BothPrefixes
  void createPostsTheDocumentedBodyAndReturnsTheId(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/user"))).willReturn(okJson("{\"id\":31}")));

      long id = panel.dci.users().create(NewUser.builder()
          .email("client@example.com").password("Cl1ent-secret").fullName("Client Name").phoneNumber("+100")
          .build());

      assertThat(id).isEqualTo(31);
      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/user")))
          .withHeader("Content-Type", equalTo("application/json"))
          .withRequestBody(equalToJson("{\"email\":\"client@example.com\",\"full_name\":\"Client Name\","
              + "\"password\":\"Cl1ent-secret\",\"phone_number\":\"+100\",\"role\":\"@user\"}")));
    }
  }

  @BothPrefixes
  void findOrCreateReturnsTheExistingUserWithoutCreating(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/user"))).willReturn(okJson(
          "{\"list\":[{\"id\":12,\"email\":\"client@example.com\"}],\"size\":1}")));

      long id = panel.dci.users().findOrCreate(NewUser.builder().email("client@example.com").password("x").build());

      assertThat(id).isEqualTo(12);
      panel.wm.verifyThat(0, postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/user"))));
    }
  }

  @BothPrefixes
  void findOrCreateCreatesAMissingUserWithOnlyTheGivenFields(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/user")))
          .willReturn(okJson("{\"list\":[],\"size\":0}")));
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/user"))).willReturn(okJson("{\"id\":32}")));

      long id = panel.dci.users().findOrCreate(NewUser.builder().email("new@example.com").password("pw").build());

      assertThat(id).isEqualTo(32);
      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/user")))
          .withQueryParam("where", equalTo("email EQ 'new@example.com'")));
      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/dci/v3/user")))
          .withRequestBody(equalToJson("{\"email\":\"new@example.com\",\"password\":\"pw\",\"role\":\"@user\"}")));
    }
  }

  @BothPrefixes
  void findOrCreateLooksAgainWhenSomeoneElseCreatedTheUserFirst(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/user"))).inScenario("race")
          .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("created elsewhere")
          .willReturn(okJson("{\"list\":[],\"size\":0}")));
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/user"))).inScenario("race")
          .whenScenarioStateIs("created elsewhere")
          .willReturn(okJson("{\"list\":[{\"id\":40,\"email\":\"race@example.com\"}],\"size\":1}")));
      panel.wm.register(post(urlPathEqualTo(panel.path("/dci/v3/user"))).willReturn(aResponse().withStatus(409)
          .withHeader("Content-Type", "application/json")
          .withBody("{\"error\":{\"code\":4009,\"msg\":\"User with this email already exists\"}}")));

      long id = panel.dci.users().findOrCreate(NewUser.builder().email("race@example.com").password("pw").build());

      assertThat(id).isEqualTo(40);
      assertThat(panel.panelCalls()).extracting(r -> r.getMethod().getName()).containsExactly("GET", "POST", "GET");
    }
  }

  @BothPrefixes
  void loginKeyByEmailAndById(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(post(urlPathEqualTo(panel.path("/auth/v4/user/client%40example.com/key")))
          .willReturn(okJson("{\"id\":\"4\",\"key\":\"" + KEY + "\"}")));
      panel.wm.register(post(urlPathEqualTo(panel.path("/auth/v4/user/4/key")))
          .willReturn(okJson("{\"id\":\"4\",\"key\":\"" + KEY + "\"}")));

      LoginKey byEmail = panel.dci.users().loginKey("client@example.com");
      LoginKey byId = panel.dci.users().loginKey(4);

      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/auth/v4/user/client%40example.com/key")))
          .withRequestBody(equalToJson("{}")));
      panel.verifyOnce(postRequestedFor(urlPathEqualTo(panel.path("/auth/v4/user/4/key")))
          .withRequestBody(equalToJson("{}")));
      // The browser link is on the bare base URL, whatever the API prefix.
      assertThat(byEmail.loginUrl()).isEqualTo(URI.create(info.getHttpBaseUrl() + "/auth/key-v4/" + KEY));
      assertThat(byId.key()).isEqualTo(KEY);
      assertThat(byEmail.toString()).doesNotContain(KEY);
    }
  }
}

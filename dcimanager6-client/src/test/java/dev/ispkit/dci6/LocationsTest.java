package dev.ispkit.dci6;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.PanelList;
import dev.ispkit.client.core.Where;
import java.util.List;

/** Locations and what each offers to install: OS templates and recipes. */
@WireMockTest
final class LocationsTest {
  @BothPrefixes
  void allLocationsAreReadInPages(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/location"))).willReturn(okJson(
          "{\"last_notify\":5,\"list\":[{\"id\":3,\"name\":\"DataPro Moscow I (RU)\","
              + "\"geolocation\":\"Russia, Moscow, Aviamotornaya 69\",\"userspace\":2},"
              + "{\"id\":4,\"name\":\"Amsterdam\",\"geolocation\":null}],\"size\":2}")));

      List<Location> locations = panel.dci.locations().all();

      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/location")))
          .withQueryParam("limit", equalTo("0,500")));
      assertThat(locations).extracting(Location::id).containsExactly(3L, 4L);
      assertThat(locations.get(0).geolocation()).contains("Russia, Moscow, Aviamotornaya 69");
      assertThat(locations.get(1).geolocation()).isEmpty();
    }
  }

  @BothPrefixes
  void listSendsTheQuery(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/location")))
          .willReturn(okJson("{\"list\":[{\"id\":3,\"name\":\"DataPro\"}],\"size\":1}")));

      PanelList<Location> page = panel.dci.locations().list(ListQuery.where(Where.field("name").contains("Data")));

      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/location")))
          .withQueryParam("where", equalTo("name CP '%Data%'")));
      assertThat(page.list()).extracting(Location::name).containsExactly(java.util.Optional.of("DataPro"));
    }
  }

  @BothPrefixes
  void osTemplatesOfALocation(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/location/3/os_template"))).willReturn(okJson(
          "{\"list\":[{\"id\":12,\"name\":\"Debian 12\",\"tags\":[\"linux\",\"ispmanager\"],\"os_family\":\"linux\"},"
              + "{\"id\":30,\"name\":\"Windows Server 2022\",\"tags\":[],\"os_family\":\"windows\"}],\"size\":2}")));

      List<OsTemplate> templates = panel.dci.osTemplates().list(3);

      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/location/3/os_template")))
          .withQueryParam("limit", equalTo("0,500")));
      assertThat(templates).extracting(OsTemplate::id).containsExactly(12L, 30L);
      assertThat(templates.get(0).tags()).containsExactly("linux", "ispmanager");
      assertThat(templates.get(0).osFamily()).isEqualTo(OsFamily.LINUX);
      assertThat(templates.get(1).osFamily()).isEqualTo(OsFamily.WINDOWS);
    }
  }

  @BothPrefixes
  void oneOsTemplateOfALocationTellsItsFamily(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/location/3/os_template"))).willReturn(okJson(
          "{\"list\":[{\"id\":12,\"name\":\"Debian 12\",\"os_family\":\"linux\"},"
              + "{\"id\":30,\"name\":\"Windows Server 2022\",\"os_family\":\"windows\"},"
              + "{\"id\":31,\"name\":\"Custom image\"}],\"size\":3}")));

      assertThat(panel.dci.osTemplates().find(3, 30)).get().extracting(OsTemplate::osFamily)
          .isEqualTo(OsFamily.WINDOWS);
      assertThat(panel.dci.osTemplates().find(3, 31)).get().satisfies(template -> {
        assertThat(template.rawOsFamily()).isEmpty();
        assertThat(template.osFamily()).isEqualTo(OsFamily.UNKNOWN);
      });
      assertThat(panel.dci.osTemplates().find(3, 99)).isEmpty();

      panel.wm.verifyThat(3, getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/location/3/os_template")))
          .withQueryParam("limit", equalTo("0,500")));
    }
  }

  @BothPrefixes
  void recipesOfALocation(String prefix, WireMockRuntimeInfo info) {
    try (TestPanel panel = TestPanel.start(info, prefix)) {
      panel.wm.register(get(urlPathEqualTo(panel.path("/dci/v3/location/3/recipe"))).willReturn(okJson(
          "{\"list\":[{\"id\":5,\"name\":\"ispmanager 6\",\"tags\":[\"ispmanager\"]}],\"size\":1}")));

      List<Recipe> recipes = panel.dci.recipes().list(3);

      panel.verifyOnce(getRequestedFor(urlPathEqualTo(panel.path("/dci/v3/location/3/recipe")))
          .withQueryParam("limit", equalTo("0,500")));
      assertThat(recipes).singleElement().satisfies(recipe -> {
        assertThat(recipe.id()).isEqualTo(5);
        assertThat(recipe.name()).contains("ispmanager 6");
        assertThat(recipe.tags()).containsExactly("ispmanager");
      });
    }
  }
}

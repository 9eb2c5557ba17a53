package dev.ispkit.vm6;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import dev.ispkit.client.core.LoginKey;
import dev.ispkit.client.core.PanelConflictException;
import org.junit.jupiter.api.Test;

/** Accounts: find by email, create as {@code @user}, reuse but never an administrator's, login links. */
final class AccountsTest extends LoggedInPanel {
  private static final String CLIENT_PASSWORD = "Cl1ent-pass-never-logged";
  private static final String BY_EMAIL = "email EQ 'client@example.com'";

  private static void accounts(WireMockRuntimeInfo wm, String list) {
    wm.getWireMock().register(get(urlPathEqualTo("/vm/v3/account")).withQueryParam("where", equalTo(BY_EMAIL))
        .willReturn(okJson("{\"list\":[" + list + "]}")));
  }

  @Test
  void findsAnAccountByEmail(WireMockRuntimeInfo wm) {
    accounts(wm, """
        {"id": 7, "email": "client@example.com", "state": "active", "auth_source": "local", "roles": ["@user"],
         "host_ids": [101, 102], "host_count": 2, "cpu_count": 3, "ram_mib": 3072, "hdd_mib": 30720,
         "full_name": "Client"}
        """);

    Account account = vm6.accounts().findByEmail("client@example.com").orElseThrow();

    assertThat(account.id()).isEqualTo(7);
    assertThat(account.email()).isEqualTo("client@example.com");
    assertThat(account.state()).contains("active");
    assertThat(account.authSource()).contains("local");
    assertThat(account.roles()).containsExactly("@user");
    assertThat(account.isAdmin()).isFalse();
    assertThat(account.hostIds()).containsExactly(101L, 102L);
    assertThat(account.hostCount()).hasValue(2);
    assertThat(account.cpuCount()).hasValue(3);
    assertThat(account.ramMib()).hasValue(3072);
    assertThat(account.hddMib()).hasValue(30720);
    assertThat(account.otherFields()).containsOnlyKeys("full_name");
    wm.getWireMock().verifyThat(1, Vm6Panel.withSession(getRequestedFor(urlPathEqualTo("/vm/v3/account"))
        .withQueryParam("where", equalTo(BY_EMAIL))));
  }

  @Test
  void createsAUserAccountWhenNoneHasTheEmail(WireMockRuntimeInfo wm) {
    accounts(wm, "");
    wm.getWireMock().register(post(urlPathEqualTo("/vm/v3/account")).willReturn(okJson("{\"id\":8}")));

    long id = vm6.accounts().findOrCreateUser(NewAccount.builder()
        .email("client@example.com").password(CLIENT_PASSWORD).fullName("Client Name").phoneNumber("+10000000000")
        .build());

    assertThat(id).isEqualTo(8);
    wm.getWireMock().verifyThat(1, Vm6Panel.withJsonBody(postRequestedFor(urlPathEqualTo("/vm/v3/account")))
        .withRequestBody(equalToJson("""
            {"email": "client@example.com", "password": "Cl1ent-pass-never-logged", "role": "@user",
             "full_name": "Client Name", "phone_number": "+10000000000"}
            """)));
  }

  @Test
  void reusesTheExistingUserAccount(WireMockRuntimeInfo wm) {
    accounts(wm, "{\"id\": 7, \"email\": \"client@example.com\", \"roles\": [\"@user\"]}");

    long id = vm6.accounts().findOrCreateUser(NewAccount.of("client@example.com", CLIENT_PASSWORD));

    assertThat(id).isEqualTo(7);
    wm.getWireMock().verifyThat(0, postRequestedFor(urlPathEqualTo("/vm/v3/account")));
  }

  @Test
  void neverGivesAVmToAnAdministratorsAccount(WireMockRuntimeInfo wm) {
    accounts(wm, "{\"id\": 1, \"email\": \"client@example.com\", \"roles\": [\"@admin\"]}");

    assertThatThrownBy(() -> vm6.accounts().findOrCreateUser(NewAccount.of("client@example.com", CLIENT_PASSWORD)))
        .isInstanceOf(PanelConflictException.class)
        .hasMessage("VMmanager 6 account client@example.com is an administrator;"
            + " a customer's VM is never given to one");
    wm.getWireMock().verifyThat(0, postRequestedFor(urlPathEqualTo("/vm/v3/account")));
  }

  @Test
  void anAccountWithAnotherEmailIsNeverTakenForTheCustomers(WireMockRuntimeInfo wm) {
    accounts(wm, "{\"id\": 2, \"email\": \"other@example.com\", \"roles\": [\"@user\"]},"
        + "{\"id\": 7, \"email\": \"Client@Example.com\", \"roles\": [\"@user\"]}");

    assertThat(vm6.accounts().findByEmail("client@example.com")).map(Account::id).contains(7L);
  }

  @Test
  void makesAOneTimeLoginLink(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post(urlPathEqualTo("/auth/v4/user/client%40example.com/key"))
        .willReturn(okJson("{\"id\":\"12\",\"key\":\"7-74e7c0e9-aaaa\"}")));

    LoginKey key = vm6.accounts().loginKey("client@example.com");

    assertThat(key.loginUrl().toString()).isEqualTo(wm.getHttpBaseUrl() + "/auth/key-v4/7-74e7c0e9-aaaa");
    assertThat(key.toString()).doesNotContain("7-74e7c0e9-aaaa");
    wm.getWireMock().verifyThat(1, Vm6Panel.withJsonBody(
        postRequestedFor(urlPathEqualTo("/auth/v4/user/client%40example.com/key"))).withRequestBody(equalToJson("{}")));
  }
}

package dev.ispkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthTest {
  PanelSimulator sim;
  Http http;

  @BeforeEach
  void start() {
    sim = PanelSimulator.start(Http.manual().servers(5).sessionPeriod(Duration.ofMinutes(30)).build());
    http = new Http(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/auth/v4/public/token", "/auth/v4/public/token"})
  void loginAnswers201WithTokenUnderBothPrefixes(String path) {
    Http.Response r = http.post(path, "{\"email\":\"admin@example.com\",\"password\":\"simulator-admin\"}");

    assertThat(r.status()).isEqualTo(201);
    JsonNode body = r.json();
    assertThat(body.get("token").asText()).matches("1-[0-9a-f-]{36}");
    assertThat(body.get("id").asText()).isNotEmpty();
    assertThat(body.get("expires_at").asText()).isEqualTo("2025-06-01 09:30:00");
    assertThat(body.get("confirmed").asBoolean()).isTrue();
  }

  @Test
  void wrongPasswordIs401() {
    Http.Response r = http.post("/auth/v4/public/token", "{\"email\":\"admin@example.com\",\"password\":\"nope\"}");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().at("/error/code").asInt()).isEqualTo(1001);
  }

  @Test
  void customCredentialsAreTheOnlyOnesAccepted() {
    try (PanelSimulator custom = PanelSimulator.start(Http.manual().servers(1).admin("ops@host.example", "s3cret")
        .build())) {
      Http h = new Http(custom);
      assertThat(h.post("/auth/v4/public/token", "{\"email\":\"ops@host.example\",\"password\":\"s3cret\"}").status())
          .isEqualTo(201);
      assertThat(h.post("/auth/v4/public/token",
          "{\"email\":\"admin@example.com\",\"password\":\"simulator-admin\"}").status()).isEqualTo(401);
    }
  }

  @Test
  void callsWithoutTokenAre401WithCode1000() {
    Http.Response r = http.get("/api/dci/v3/server");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().at("/error/code").asInt()).isEqualTo(1000);
  }

  @Test
  void tokenIsAcceptedFromHeaderOrCookieAlone() {
    http.login();
    String token = http.token;
    http.token = null;

    Http.Response byHeader = http.send(http.builder("/vm/v3/cluster").header("x-xsrf-token", token));
    Http.Response byCookie = http.send(http.builder("/dci/v3/location").header("Cookie", "lang=en; ses6=" + token));

    assertThat(byHeader.status()).isEqualTo(200);
    assertThat(byCookie.status()).isEqualTo(200);
  }

  @Test
  void tokenExpiresAfterTheSessionPeriod() {
    http.login();
    sim.advance(Duration.ofMinutes(29));
    assertThat(http.get("/dci/v3/server?limit=0,1").status()).isEqualTo(200);

    sim.advance(Duration.ofMinutes(1));
    Http.Response r = http.get("/dci/v3/server?limit=0,1");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().at("/error/code").asInt()).isEqualTo(1000);
    http.login();
    assertThat(http.get("/dci/v3/server?limit=0,1").status()).isEqualTo(200);
  }

  @Test
  void oneTimeKeyLogsTheUserInOnce() {
    http.login();
    Http.Response key = http.post("/api/auth/v4/user/client0001@example.com/key", "{}");
    assertThat(key.status()).isEqualTo(200);
    assertThat(key.json().get("id").asText()).isEqualTo("2");
    String value = key.json().get("key").asText();
    assertThat(value).startsWith("2-");

    Http anonymous = new Http(sim);
    Http.Response token = anonymous.post("/auth/v4/public/key", "{\"key\":\"" + value + "\"}");
    assertThat(token.status()).isEqualTo(201);
    assertThat(token.json().get("token").asText()).startsWith("2-");
    assertThat(anonymous.post("/auth/v4/public/key", "{\"key\":\"" + value + "\"}").status()).isEqualTo(401);
  }

  @Test
  void keyByNumericIdAndBrowserLinkSetsTheCookie() {
    http.login();
    String value = http.post("/auth/v4/user/2/key", "{}").json().get("key").asText();

    Http.Response link = new Http(sim).get("/auth/key-v4/" + value);

    assertThat(link.status()).isEqualTo(302);
    assertThat(link.raw().headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> c.startsWith("ses6=2-"));
  }

  @Test
  void whoamiAndLogout() {
    http.login();
    assertThat(http.get("/auth/v4/whoami").json().get("email").asText()).isEqualTo("admin@example.com");

    assertThat(http.delete("/auth/v4/token/" + http.token).status()).isEqualTo(200);

    assertThat(http.get("/auth/v4/whoami").status()).isEqualTo(401);
  }

  @Test
  void authUserListFiltersByRole() {
    http.login();

    JsonNode admins = http.get("/auth/v4/user?where="
        + Http.enc("((roles CP '%@admin%') AND (state EQ 'active'))")).json();

    assertThat(admins.get("size").asInt()).isEqualTo(1);
    assertThat(admins.at("/list/0/email").asText()).isEqualTo("admin@example.com");
  }

  @Test
  void expireSessionsEndsEveryToken() {
    http.login();
    sim.expireSessions();

    assertThat(http.get("/vm/v3/host").status()).isEqualTo(401);
  }
}

package dev.ispkit.vm6;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.transport.FakeTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Fixtures: a client pointed at WireMock with fake time, the login answer, and the headers of a session. */
final class Vm6Panel {
  static final String EMAIL = "admin@example.com";
  static final String PASSWORD = "Adm1n-pass-never-logged";
  static final String TOKEN = "4-e9b7c0de-5a1f-4c2d-9f00-6ba7c69dcb7d";

  private Vm6Panel() {}

  static ClientConfig.Builder config(String baseUrl, FakeTime time) {
    return time.clientConfig(baseUrl, Credentials.of(EMAIL, PASSWORD));
  }

  static Vm6Client client(String baseUrl, FakeTime time) {
    return Vm6Client.create(config(baseUrl, time).build());
  }

  /** VMmanager's answer to a login: 201 with the token. */
  static MappingBuilder login() {
    return post(urlPathEqualTo("/auth/v4/public/token"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"id\":3,\"token\":\"" + TOKEN
                + "\",\"expires_at\":\"2026-11-22 11:00:00\",\"confirmed\":true}"));
  }

  /** The request carries the session the way auth v4 wants it. */
  static RequestPatternBuilder withSession(RequestPatternBuilder request) {
    return request
        .withHeader("x-xsrf-token", equalTo(TOKEN))
        .withHeader("Cookie", equalTo("ses6=" + TOKEN))
        .withHeader("isp-box-instance", equalTo("true"))
        .withHeader("Accept", equalTo("application/json"));
  }

  /** A JSON body sent with a request: the session headers plus the content type. */
  static RequestPatternBuilder withJsonBody(RequestPatternBuilder request) {
    return withSession(request).withHeader("Content-Type", equalTo("application/json"));
  }

  static String resource(String name) {
    try (InputStream in = Vm6Panel.class.getResourceAsStream("/vm6/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource /vm6/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.ispkit.client.core.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.TlsTrust;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A panel with a self-signed certificate: refused by default, trusted once its certificate is given. */
final class TlsTrustTest {
  private static final Path KEYSTORE = resource("tls/localhost.p12");
  private static final Path CERTIFICATE = resource("tls/localhost.pem");

  @RegisterExtension
  static WireMockExtension panel = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().dynamicHttpsPort()
          .keystorePath(KEYSTORE.toString()).keystoreType("PKCS12")
          .keystorePassword("test-only").keyManagerPassword("test-only"))
      .build();

  private final FakeTime time = new FakeTime();

  @BeforeEach
  void stubs() {
    panel.stubFor(Panels.login(Panels.TOKEN));
    panel.stubFor(get(urlPathEqualTo("/api/dci/v3/server/5")).willReturn(okJson("{\"id\":5}")));
  }

  private SampleApi api(TlsTrust trust) {
    PanelTransport transport = Panels.transport(Panels.config("https://localhost:" + panel.getHttpsPort(), time)
        .tlsTrust(trust).build());
    return transport.target(SampleApi.class, AuthV4TokenSource.create(transport));
  }

  @Test
  void theSystemTrustStoreRefusesASelfSignedPanelWithAHint() {
    assertThatThrownBy(() -> api(TlsTrust.systemDefault()).server(5))
        .isInstanceOf(PanelConnectionException.class)
        .hasMessageContaining("TLS failed")
        .hasMessageContaining("set tlsTrust to its certificate");
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void aTrustedCertificateIssuedForAnotherHostNameIsRefusedBeforeAnyRequest() {
    // 127.0.0.2 reaches the same local panel, but the certificate names only localhost and 127.0.0.1.
    PanelTransport transport = Panels.transport(Panels.config("https://127.0.0.2:" + panel.getHttpsPort(), time)
        .tlsTrust(TlsTrust.pemCertificates(CERTIFICATE)).build());
    SampleApi api = transport.target(SampleApi.class, AuthV4TokenSource.create(transport));

    assertThatThrownBy(() -> api.server(5))
        .isInstanceOf(PanelConnectionException.class)
        .hasMessageContaining("TLS failed")
        .hasMessageContaining("127.0.0.2");
    assertThat(panel.getAllServeEvents()).isEmpty();
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void aPemCertificateMakesTheSelfSignedPanelTrusted() {
    assertThat(api(TlsTrust.pemCertificates(CERTIFICATE)).server(5)).containsEntry("id", 5);
  }

  @Test
  void aTrustStoreMakesTheSelfSignedPanelTrusted() {
    assertThat(api(TlsTrust.trustStore(KEYSTORE, "PKCS12", "test-only".toCharArray())).server(5))
        .containsEntry("id", 5);
  }

  @Test
  void badTrustMaterialIsRefusedWhenTheTrustIsMade(@TempDir Path dir) throws Exception {
    Path garbage = Files.writeString(dir.resolve("panel.pem"), "not a certificate");
    assertThatThrownBy(() -> TlsTrust.pemCertificates(garbage))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("tlsTrust.pemFile");
    assertThatThrownBy(() -> TlsTrust.pemCertificates(dir.resolve("missing.pem")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot be read");
    assertThatThrownBy(() -> TlsTrust.trustStore(KEYSTORE, "PKCS12", "wrong".toCharArray()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("tlsTrust.trustStore")
        .hasMessageNotContaining("wrong");
    assertThat(TlsTrust.pemCertificates(Files.readString(CERTIFICATE)).toString())
        .isEqualTo("TlsTrust{1 PEM certificate(s) from PEM text}");
  }

  private static Path resource(String name) {
    try {
      return Path.of(TlsTrustTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

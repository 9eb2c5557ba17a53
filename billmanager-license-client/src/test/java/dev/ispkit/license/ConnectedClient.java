package dev.ispkit.license;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.transport.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A license server on WireMock and a client on fake time pointed at it, made before and closed after each test. */
@WireMockTest
abstract class ConnectedClient {
  final FakeTime time = new FakeTime();
  WireMockRuntimeInfo wm;
  LicenseServerClient client;

  @BeforeEach
  void connect(WireMockRuntimeInfo wm) {
    this.wm = wm;
    client = newClient(wm, time);
  }

  /** The client each test starts with: {@link AuthMode#AUTHINFO} unless a test class says otherwise. */
  LicenseServerClient newClient(WireMockRuntimeInfo wm, FakeTime time) {
    return LicenseServer.client(wm, time);
  }

  @AfterEach
  void disconnect() {
    client.close();
  }
}

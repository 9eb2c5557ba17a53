package dev.ispkit.vm6;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.transport.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock panel that accepts the login, and a client on fake time pointed at it, closed after each test. */
@WireMockTest
abstract class LoggedInPanel {
  final FakeTime time = new FakeTime();
  Vm6Client vm6;

  @BeforeEach
  void connect(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(Vm6Panel.login());
    vm6 = Vm6Panel.client(wm.getHttpBaseUrl(), time);
  }

  @AfterEach
  void disconnect() {
    vm6.close();
  }
}

package dev.ispkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension: one simulator for the class, injected, faults and calls reset between tests. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {
  @RegisterExtension
  static PanelSimulatorExtension panels = new PanelSimulatorExtension(Http.manual().servers(10).build());

  static int firstPort;

  @Test
  @Order(1)
  void injectsTheRunningSimulator(PanelSimulator sim) {
    firstPort = sim.port();
    assertThat(panels.simulator()).isSameAs(sim);
    assertThat(panels.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port());
    assertThat(new Http(sim).login().get("/dci/v3/server").json().get("size").asInt()).isEqualTo(10);
    sim.inject(Fault.serviceUnavailable().always());
  }

  @Test
  @Order(2)
  void keepsTheSimulatorButClearsFaultsAndCalls(PanelSimulator sim) {
    assertThat(sim.port()).isEqualTo(firstPort);
    assertThat(sim.pendingFaults()).isEmpty();
    assertThat(sim.calls()).isEmpty();
  }

  @Test
  @Order(3)
  void mainParsesItsOptions() {
    SimulatorOptions options = PanelSimulator.parseArgs(new String[] {"--port", "0", "--servers", "20000",
        "--seed", "42", "--locations", "5", "--host", "0.0.0.0"});

    assertThat(options.port()).isZero();
    assertThat(options.servers()).isEqualTo(20_000);
    assertThat(options.seed()).isEqualTo(42);
    assertThat(options.locations()).isEqualTo(5);
    assertThat(options.host()).isEqualTo("0.0.0.0");
    assertThat(PanelSimulator.parseArgs(new String[0]).port()).isEqualTo(8080);
    assertThatThrownBy(() -> PanelSimulator.parseArgs(new String[] {"--colour", "red"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PanelSimulator.parseArgs(new String[] {"--port"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @Order(4)
  void closeReleasesThePortAndMayBeRepeated() throws Exception {
    PanelSimulator sim = PanelSimulator.start(Http.manual().servers(1).build());
    int port = sim.port();
    sim.close();
    sim.close();
    // Nobody listens there any more. (Binding the port again would race with every other process on the machine,
    // whose outgoing connections take their local ports from the same ephemeral range.)
    assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close())
        .isInstanceOf(java.net.ConnectException.class);
  }

  @Test
  @Order(5)
  void optionsRefuseNonsense() {
    assertThatThrownBy(() -> SimulatorOptions.builder().servers(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimulatorOptions.builder().admin("", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimulatorOptions.builder().sessionPeriod(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimulatorClock.manual(java.time.Instant.EPOCH).advance(java.time.Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

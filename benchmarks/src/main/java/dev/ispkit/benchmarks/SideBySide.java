package dev.ispkit.benchmarks;

import dev.ispkit.adapters.SimulatorTime;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.SimulatorClock;
import dev.ispkit.simulator.SimulatorOptions;
import java.time.Instant;

/**
 * A simulator with two clients of its DCImanager on it, both logged in: ispkit's, and the baseline's plain OkHttp
 * with Jackson trees ({@link RawPanel}, the same OkHttp settings). What the client benchmarks compare.
 */
final class SideBySide implements AutoCloseable {
  final PanelSimulator simulator;
  final Dci6Client dci;
  final RawPanel raw;

  /**
   * Starts a simulator of that many servers over 5 locations (seed 42, manual clock) and both clients.
   *
   * @param servers the servers the simulator generates
   */
  SideBySide(int servers) {
    simulator = PanelSimulator.start(SimulatorOptions.builder().servers(servers).locations(5).seed(42)
        .clock(SimulatorClock.manual(Instant.parse("2026-12-01T09:00:00Z"))).build());
    SimulatorTime time = new SimulatorTime(simulator);
    dci = Dci6Client.create(time.v6Panel());
    raw = new RawPanel(time.v6Panel()).logIn();
  }

  @Override
  public void close() {
    dci.close();
    raw.close();
    simulator.close();
  }
}

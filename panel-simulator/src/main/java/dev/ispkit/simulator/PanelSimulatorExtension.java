package dev.ispkit.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link PanelSimulator} for a JUnit 5 test class (registered on a static field or with
 * {@code @ExtendWith}) or for each test (registered on an instance field), and injects it into test and lifecycle
 * methods that take a {@code PanelSimulator} parameter. Before each test it disarms faults and forgets recorded
 * calls, so one test's faults never leak into the next; the inventory carries over within a class.
 *
 * <pre>{@code
 * class MyClientTest {
 *   @RegisterExtension
 *   static PanelSimulatorExtension panels = new PanelSimulatorExtension(SimulatorOptions.builder().servers(100).build());
 *
 *   @Test
 *   void listsServers(PanelSimulator sim) { ... sim.baseUrl() ... }
 * }
 * }</pre>
 */
public final class PanelSimulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final SimulatorOptions options;
  private PanelSimulator simulator;
  private boolean perClass;

  /** With the default options. */
  public PanelSimulatorExtension() {
    this(SimulatorOptions.defaults());
  }

  /** With these options. */
  public PanelSimulatorExtension(SimulatorOptions options) {
    this.options = options;
  }

  /** The running simulator; null outside a test. */
  public PanelSimulator simulator() {
    return simulator;
  }

  /** Shortcut for {@code simulator().baseUrl()}. */
  public String baseUrl() {
    return simulator.baseUrl();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    simulator = PanelSimulator.start(options);
    perClass = true;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (simulator == null) {
      simulator = PanelSimulator.start(options);
      perClass = false;
    }
    simulator.clearFaults();
    simulator.clearCalls();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass && simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PanelSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (simulator == null) {
      simulator = PanelSimulator.start(options);
      perClass = context.getTestMethod().isEmpty();
    }
    return simulator;
  }
}

package dev.ispkit.benchmarks;

import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.PanelCallListener;
import dev.ispkit.client.core.PanelOutcome;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.dci6.Server;
import dev.ispkit.micrometer.IspkitMicrometer;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.SimulatorOptions;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the Micrometer binding costs a typed call: {@code servers().get(id)} against the panel simulator, by a client
 * without a call listener ({@link #withoutInstrumentation()}, the baseline) and by one with {@code
 * ispkit-micrometer}'s listener over an observation registry that makes timers in a meter registry, the way Spring
 * Boot sets it up ({@link #withInstrumentation()}). Both clients are logged in before the first iteration.
 *
 * <p>The two calls run at the same time, one thread each (a JMH group), so both see the same machine: on a shared
 * 2-core machine whose load moves by the second, two benchmarks run one after the other compare two different
 * machines. {@link #instrumentationAlone()} measures the binding's share of a call alone, in nanoseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PanelCallBenchmark {
  /** A server of the 200: the generator numbers them from 1. */
  private static final long SERVER_ID = 42;

  private PanelSimulator simulator;
  private Dci6Client plain;
  private Dci6Client observed;
  private PanelCallListener listener;

  /** Starts the simulator and logs both clients in. */
  @Setup
  public void setUp() {
    simulator = PanelSimulator.start(SimulatorOptions.builder().servers(200).seed(42).build());
    ClientConfig config = ClientConfig.builder()
        .baseUrl(simulator.baseUrl())
        .credentials(Credentials.of(SimulatorOptions.DEFAULT_ADMIN_EMAIL, SimulatorOptions.DEFAULT_ADMIN_PASSWORD))
        .build();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    IspkitMicrometer micrometer = IspkitMicrometer.of(observations, meters);
    listener = micrometer.panelCalls();
    plain = Dci6Client.create(config);
    observed = Dci6Client.create(ClientConfig.builder().from(config).callListener(micrometer.panelCalls()).build());
    if (plain.servers().get(SERVER_ID).id() != SERVER_ID || observed.servers().get(SERVER_ID).id() != SERVER_ID) {
      throw new IllegalStateException("the simulator did not answer server " + SERVER_ID);
    }
    if (meters.find("ispkit.panel.call").timers().isEmpty()) {
      throw new IllegalStateException("the observed client recorded no timer");
    }
  }

  /** Closes the clients and stops the simulator. */
  @TearDown
  public void tearDown() {
    plain.close();
    observed.close();
    simulator.close();
  }

  /** The baseline: the typed call by a client without a listener, run beside the instrumented one. */
  @Benchmark
  @Group("call")
  @GroupThreads(1)
  public Server withoutInstrumentation() {
    return plain.servers().get(SERVER_ID);
  }

  /** The same call by a client whose calls are observations (a timer, a long task timer, a scope). */
  @Benchmark
  @Group("call")
  @GroupThreads(1)
  public Server withInstrumentation() {
    return observed.servers().get(SERVER_ID);
  }

  /**
   * What the binding adds to one call, alone: a call's start and end as the transport tells them (an observation
   * started, put in scope, tagged, stopped; its timers found in the registry). On a loaded machine the two calls
   * above drift with the load; this figure, in nanoseconds, does not need a quiet machine to be read against a call.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public PanelCallListener.Call instrumentationAlone() {
    PanelCallListener.Call call = listener.callStart("DCImanager 6", "Dci6Api#server(long)");
    call.end(PanelOutcome.OK);
    return call;
  }
}

package dev.ispkit.micrometer;

import dev.ispkit.client.core.PanelCallListener;
import dev.ispkit.engine.lifecycle.LifecycleListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * ispkit's metrics and traces in one place: the listener for the clients' configurations and the listener for the
 * engine, both recording into the host's registries. A host on Spring Boot, Quarkus or Micronaut passes the registries
 * its framework made; the observation registry needs a {@code DefaultMeterObservationHandler} for timers (Spring Boot
 * registers one) and a tracing handler for spans.
 *
 * <pre>{@code
 * IspkitMicrometer micrometer = IspkitMicrometer.of(observationRegistry, meterRegistry);
 * Dci6Client dci = Dci6Client.create(ClientConfig.builder()
 *     .baseUrl("https://dci.example.com").credentials(credentials)
 *     .callListener(micrometer.panelCalls())
 *     .build());
 * Provisioning provisioning = Provisioning.builder()
 *     ...
 *     .listener(micrometer.lifecycles())   // metrics, traces and the MDC of each step
 *     .build();
 * }</pre>
 */
public final class IspkitMicrometer {
  private final PanelCallListener panelCalls;
  private final LifecycleListener lifecycles;

  private IspkitMicrometer(ObservationRegistry observations, MeterRegistry meters) {
    this.panelCalls = new PanelCallObservations(observations, meters);
    // The MDC goes first, so it is set before the step's observation starts and removed after it stops: log lines a
    // handler writes at either end carry the service too.
    this.lifecycles = LifecycleListener.combine(new LifecycleMdc(), new LifecycleObservations(observations, meters));
  }

  /**
   * The listeners over the host's registries.
   *
   * @param observations timers and spans
   * @param meters counts and gauges
   * @return the listeners
   */
  public static IspkitMicrometer of(ObservationRegistry observations, MeterRegistry meters) {
    return new IspkitMicrometer(Objects.requireNonNull(observations, "observations"),
        Objects.requireNonNull(meters, "meters"));
  }

  /** The listener to set in every client's {@code ClientConfig.callListener}. One may serve every client. */
  public PanelCallListener panelCalls() {
    return panelCalls;
  }

  /**
   * The listener to set in {@code Provisioning.builder().listener}: {@link LifecycleObservations} and {@link
   * LifecycleMdc}. One per {@code Provisioning}: it gauges the services that engine has waiting.
   */
  public LifecycleListener lifecycles() {
    return lifecycles;
  }
}

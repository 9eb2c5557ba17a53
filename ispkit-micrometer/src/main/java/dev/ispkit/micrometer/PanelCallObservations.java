package dev.ispkit.micrometer;

import static dev.ispkit.micrometer.MeterNames.CALL;
import static dev.ispkit.micrometer.MeterNames.CAUSE;
import static dev.ispkit.micrometer.MeterNames.KIND;
import static dev.ispkit.micrometer.MeterNames.OUTCOME;
import static dev.ispkit.micrometer.MeterNames.PANEL;

import dev.ispkit.client.core.PanelCallListener;
import dev.ispkit.client.core.PanelOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Objects;

/**
 * The clients' {@link PanelCallListener} over Micrometer: every panel call, login and wait is an {@link
 * Observation} (a timer and a span, with whatever handlers the host's {@link ObservationRegistry} has), and every
 * retry counts in {@code ispkit.panel.call.retries}. Each observation is opened in scope on the caller's thread while
 * it runs, so the login a call needs and the reads a wait makes are its children in a trace. The names and tags are
 * in this module's README.
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.builder()
 *     .baseUrl("https://dci.example.com").credentials(credentials)
 *     .callListener(new PanelCallObservations(observationRegistry, meterRegistry))
 *     .build();
 * }</pre>
 */
public final class PanelCallObservations implements PanelCallListener {
  private final ObservationRegistry observations;
  private final MeterRegistry meters;

  /**
   * Records into the host's registries.
   *
   * @param observations timers and spans: the host's observation registry (with a {@code
   *     DefaultMeterObservationHandler} for timers, a tracing handler for spans)
   * @param meters counts: the host's meter registry
   */
  public PanelCallObservations(ObservationRegistry observations, MeterRegistry meters) {
    this.observations = Objects.requireNonNull(observations, "observations");
    this.meters = Objects.requireNonNull(meters, "meters");
  }

  @Override
  public Call callStart(String panel, String call) {
    Observation observation = Observation.createNotStarted(MeterNames.PANEL_CALL, observations)
        .contextualName(call)
        .lowCardinalityKeyValue(PANEL, panel)
        .lowCardinalityKeyValue(CALL, call);
    return new Observed(observation, panel, call);
  }

  @Override
  public Activity loginStart(String panel, LoginCause cause) {
    Observation observation = Observation.createNotStarted(MeterNames.PANEL_LOGIN, observations)
        .contextualName("login")
        .lowCardinalityKeyValue(PANEL, panel)
        .lowCardinalityKeyValue(CAUSE, cause.tagValue());
    return new Observed(observation, panel, null);
  }

  @Override
  public Activity waitStart(String panel, String kind) {
    Observation observation = Observation.createNotStarted(MeterNames.PANEL_WAIT, observations)
        .contextualName("wait " + kind)
        .lowCardinalityKeyValue(PANEL, panel)
        .lowCardinalityKeyValue(KIND, kind);
    return new Observed(observation, panel, null);
  }

  /** One call, login or wait while it runs: started and in scope on the caller's thread until its end. */
  private final class Observed implements Call {
    private final Observation observation;
    private final Observation.Scope scope;
    private final String panel;
    private final String call;

    Observed(Observation observation, String panel, String call) {
      this.observation = observation.start();
      this.scope = this.observation.openScope();
      this.panel = panel;
      this.call = call;
    }

    @Override
    public void retry(PanelOutcome cause, Duration pause) {
      meters.counter(MeterNames.PANEL_CALL_RETRIES, PANEL, panel, CALL, call, CAUSE, cause.tagValue()).increment();
    }

    @Override
    public void end(PanelOutcome outcome) {
      observation.lowCardinalityKeyValue(OUTCOME, outcome.tagValue());
      if (outcome != PanelOutcome.OK) {
        observation.error(new FailedOutcome(outcome.tagValue()));
      }
      scope.close();
      observation.stop();
    }
  }
}

package dev.ispkit.micrometer;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A host's registries as Spring Boot sets them up, in test form: observations are kept for assertions and also
 * become timers in a simple meter registry (the {@code DefaultMeterObservationHandler} every framework registers).
 */
final class Registries {
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final TestObservationRegistry observations = TestObservationRegistry.create();
  final IspkitMicrometer micrometer;

  Registries() {
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    micrometer = IspkitMicrometer.of(observations, meters);
  }

  /** Every observation made so far. */
  List<Observation.Context> contexts() {
    List<Observation.Context> all = new ArrayList<>();
    observations.assertThat().hasHandledContextsThatSatisfy(all::addAll);
    return all;
  }

  /** The observations of one name. */
  List<Observation.Context> contexts(String name) {
    return contexts().stream().filter(context -> context.getName().equals(name)).toList();
  }

  /** The count of a counter with these tags, or empty when none was made. */
  Optional<Double> count(String name, String... tags) {
    return Optional.ofNullable(meters.find(name).tags(tags).counter()).map(counter -> counter.count());
  }

  /** Every meter made so far. */
  List<Meter> allMeters() {
    return meters.getMeters();
  }
}

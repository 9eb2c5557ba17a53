package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * An ordered list of named steps, and the operation type its panel calls are queued under ({@code __TYPE__} of the
 * module's queue key). The last step ends the run with its result.
 *
 * @param name the lifecycle's name in the journal
 * @param operationType the queue key's operation type
 * @param steps the steps, in order
 */
record Lifecycle(String name, String operationType, List<Step> steps) {

  Lifecycle {
    InvalidSettingException.requireText("lifecycle", name);
    InvalidSettingException.requireText("operation type", operationType);
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new InvalidSettingException("steps", name, "a lifecycle has at least one step");
    }
    HashSet<String> names = new HashSet<>();
    for (Step step : steps) {
      if (!names.add(step.name())) {
        throw new InvalidSettingException("step", step.name(), "appears twice in " + name);
      }
    }
  }

  static Builder named(String name, String operationType) {
    return new Builder(name, operationType);
  }

  /** Collects the steps in the order they are written. */
  static final class Builder {
    private final String name;
    private final String operationType;
    private final List<Step> steps = new ArrayList<>();

    private Builder(String name, String operationType) {
      this.name = name;
      this.operationType = operationType;
    }

    Builder step(String stepName, Step.Body body) {
      steps.add(new Step(stepName, body));
      return this;
    }

    Lifecycle build() {
      return new Lifecycle(name, operationType, steps);
    }
  }
}

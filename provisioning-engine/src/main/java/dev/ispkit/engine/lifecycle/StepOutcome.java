package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.port.Facts;
import dev.ispkit.engine.port.ManualTask;
import java.util.List;

/** How a step ended: done with what it found, waiting for manual tasks, or ending the run with a result. */
sealed interface StepOutcome {

  /** The step is done; its facts join the service's facts. */
  record Done(Facts facts) implements StepOutcome {}

  /** The run waits until the host closes these tasks; then the same step runs again. */
  record Wait(List<ManualTask> tasks) implements StepOutcome {
    public Wait {
      tasks = List.copyOf(tasks);
    }
  }

  /** The run ends here with this result; no later step runs. */
  record Finish(LifecycleResult result, Facts facts) implements StepOutcome {}

  /** A step threw; the runner made this of it, and the run stays resumable at that step. */
  record Fail(LifecycleResult.Failed result) implements StepOutcome {}

  static Done done() {
    return new Done(Facts.empty());
  }

  static Done done(Facts facts) {
    return new Done(facts);
  }
}

package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;

/**
 * One named, idempotent unit of a lifecycle. Running it again after it has had its effect (a resumed run that died
 * before the step's completion was written) must find that effect and not repeat it.
 *
 * @param name the step's name, as the journal and the listener see it
 * @param body what it does
 */
record Step(String name, Body body) {

  /** What a step does. */
  @FunctionalInterface
  interface Body {
    StepOutcome run(Run run) throws Exception;
  }

  Step {
    InvalidSettingException.requireText("step", name);
    InvalidSettingException.requirePresent("step body", body);
  }
}

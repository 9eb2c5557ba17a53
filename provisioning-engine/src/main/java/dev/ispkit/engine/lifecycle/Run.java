package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.port.Facts;
import dev.ispkit.engine.port.JournalEntry;
import dev.ispkit.engine.port.JournalRun;
import java.time.Instant;
import java.util.Optional;

/**
 * What one step sees while it runs: the service's facts so far (the order and what earlier steps found), the intent
 * it wrote before it was interrupted last time, the ports, and where to report progress and write a new intent.
 */
final class Run {
  private final Environment environment;
  private final String lifecycle;
  private final JournalRun record;
  private final String step;

  Run(Environment environment, String lifecycle, JournalRun record, String step) {
    this.environment = environment;
    this.lifecycle = lifecycle;
    this.record = record;
    this.step = step;
  }

  Environment environment() {
    return environment;
  }

  String serviceId() {
    return record.serviceId();
  }

  /** The order and every earlier step's facts. */
  Facts facts() {
    return record.facts();
  }

  /** The order, as it was given. */
  Order order() {
    return Order.fromFacts(record.input());
  }

  /** What this step wrote before it was interrupted, when it was. */
  Optional<Facts> intent() {
    return record.intent(step);
  }

  /**
   * Writes down, before a panel call that creates something, the marker its result will be found by.
   *
   * @param intent the marker and anything else needed to find the result
   */
  void recordIntent(Facts intent) {
    environment.journal().append(record.runId(), new JournalEntry(step, JournalEntry.Kind.INTENT, intent, now()));
  }

  /** Reports the progress of a long step to the listener. */
  void progress(int percent, String note) {
    environment.listen(listener -> listener.progress(serviceId(), lifecycle, step, percent, note));
  }

  /** When this run started. */
  Instant startedAt() {
    return record.startedAt();
  }

  Instant now() {
    return environment.clock().instant();
  }

  /** The marker left on panel objects this service creates: its name on the license server, in a VM's name. */
  String marker() {
    return "Item #" + serviceId();
  }
}

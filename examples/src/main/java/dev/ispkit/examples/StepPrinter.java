package dev.ispkit.examples;

import dev.ispkit.engine.lifecycle.LifecycleListener;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.ProvisionedService;
import dev.ispkit.engine.port.ManualTask;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * Prints lifecycles as they run: each step as it starts, the progress of long steps (OS installation, diagnostics)
 * as the panel reports it, and a step that ends other than done. Or, for programs that run many services at once,
 * only each run's result.
 */
final class StepPrinter implements LifecycleListener {
  private final PrintStream out;
  private final boolean steps;

  private StepPrinter(PrintStream out, boolean steps) {
    this.out = out;
    this.steps = steps;
  }

  /** Every step and every progress report. */
  static StepPrinter steps(PrintStream out) {
    return new StepPrinter(out, true);
  }

  /** One line per finished run. */
  static StepPrinter results(PrintStream out) {
    return new StepPrinter(out, false);
  }

  @Override
  public void stepStarted(String serviceId, String lifecycle, String step) {
    if (steps) {
      out.println("  [" + serviceId + "] " + step);
    }
  }

  @Override
  public void progress(String serviceId, String lifecycle, String step, int percent, String note) {
    if (steps) {
      out.println("  [" + serviceId + "]   " + (percent >= 0 ? String.format("%3d%% ", percent) : "") + note);
    }
  }

  @Override
  public void stepEnded(String serviceId, String lifecycle, String step, String outcome) {
    if (steps && !outcome.equals("done") && !outcome.equals("finished")) {
      out.println("  [" + serviceId + "] " + step + ": " + outcome);
    }
  }

  @Override
  public void finished(String lifecycle, LifecycleResult result) {
    if (!steps) {
      out.println("  [" + result.serviceId() + "] " + lifecycle + ": " + describe(result));
    }
  }

  /** A result in one line. */
  static String describe(LifecycleResult result) {
    if (result instanceof LifecycleResult.Active active) {
      return "active, " + describe(active.service());
    }
    if (result instanceof LifecycleResult.Suspended) {
      return "suspended";
    }
    if (result instanceof LifecycleResult.NotSuspended notSuspended) {
      return "not suspended: " + notSuspended.reason();
    }
    if (result instanceof LifecycleResult.Deleted) {
      return "deleted";
    }
    if (result instanceof LifecycleResult.WaitingForTask waiting) {
      return "waiting for " + waiting.tasks().stream().map(ManualTask::id).collect(Collectors.joining(", "));
    }
    if (result instanceof LifecycleResult.NoCapacity none) {
      return "no capacity: " + none.report();
    }
    LifecycleResult.Failed failed = (LifecycleResult.Failed) result;
    return "failed at " + failed.step() + ": " + failed.cause();
  }

  /** What a service got, in one line. */
  static String describe(ProvisionedService service) {
    String machine = service.kind() == ProvisionedService.Kind.VPS ? "VM " : "server ";
    return machine + service.machineId() + ", IP " + String.join(" ", service.ipAddresses()) + ", panel user "
        + service.panelUserId() + (service.licenseId().isPresent() ? ", license #" + service.licenseId().getAsLong()
        : "");
  }
}

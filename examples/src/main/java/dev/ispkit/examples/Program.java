package dev.ispkit.examples;

import dev.ispkit.client.core.PanelException;
import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.simulator.SimulatorOptions;
import java.io.PrintStream;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * What every program does around its own work: reads its options, prints the usage for {@code --help} or after a
 * wrong argument, and turns the outcome into an exit code (0 done, 1 the work failed, 2 a wrong argument). A failure
 * is printed by its message, which the clients and the engine keep free of secrets.
 */
final class Program {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  /** A program's own work on the panels it was given, or on the embedded simulator. */
  interface PanelWork {
    /**
     * Does the work.
     *
     * @return the exit code
     * @throws UsageException when an option turns out to be wrong
     */
    int run(Options.Parsed options, Panels panels, PrintStream out) throws UsageException;
  }

  /** A program's own work. */
  interface Work {
    /**
     * Does the work.
     *
     * @return the exit code
     * @throws UsageException when an option turns out to be wrong
     */
    int run(Options.Parsed options) throws UsageException;
  }

  private final String name;
  private final String summary;
  private final Options options;

  Program(String name, String summary, Options options) {
    this.name = name;
    this.summary = summary;
    this.options = options;
  }

  /** The usage text, as {@code --help} prints it. */
  String usage() {
    return options.usage(name, summary) + "\nRun it with: java -cp examples/target/ispkit-examples.jar "
        + "dev.ispkit.examples." + name + " [options]\n";
  }

  /**
   * Runs a program on the panels its options name, or on an embedded simulator of these options, and closes them.
   */
  int onPanels(Invocation invocation, SimulatorOptions.Builder embedded, PanelWork work) {
    return run(invocation, options -> {
      try (Panels panels = Panels.open(options, invocation, embedded)) {
        return work.run(options, panels, invocation.out());
      }
    });
  }

  int run(Invocation invocation, Work work) {
    Options.Parsed parsed;
    try {
      parsed = options.parse(invocation.args(), invocation.env());
    } catch (UsageException e) {
      return usageError(invocation, e);
    }
    if (parsed.help()) {
      invocation.out().print(usage());
      return OK;
    }
    try {
      return work.run(parsed);
    } catch (UsageException e) {
      return usageError(invocation, e);
    } catch (PanelException | PanelFailure | InvalidSettingException e) {
      invocation.err().println(name + " failed: " + e.getMessage());
      return FAILED;
    }
  }

  private int usageError(Invocation invocation, UsageException e) {
    invocation.err().println(name + ": " + e.getMessage());
    invocation.err().println();
    invocation.err().print(usage());
    return USAGE;
  }

  /**
   * Waits for the engine: a lifecycle's result (the engine answers failures as results, so only a bug in a step
   * throws here), a status sync's report, a catalogue.
   */
  static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}

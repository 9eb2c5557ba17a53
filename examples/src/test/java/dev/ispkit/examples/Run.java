package dev.ispkit.examples;

import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.SimulatorOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * One run of a program as its {@code main} makes it, with the output captured and the embedded simulators kept
 * open afterwards, so a test reads the panels' state the program left. Close it to close them.
 */
final class Run implements AutoCloseable {
  final int exit;
  final String out;
  final String err;
  final List<PanelSimulator> simulators;

  private Run(int exit, String out, String err, List<PanelSimulator> simulators) {
    this.exit = exit;
    this.out = out;
    this.err = err;
    this.simulators = simulators;
  }

  static Run of(ToIntFunction<Invocation> program, String... args) {
    return of(program, Map.of(), args);
  }

  static Run of(ToIntFunction<Invocation> program, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<PanelSimulator> lent = new ArrayList<>();
    Invocation.Simulators keep = new Invocation.Simulators() {
      @Override
      public PanelSimulator start(SimulatorOptions options) {
        PanelSimulator simulator = PanelSimulator.start(options);
        lent.add(simulator);
        return simulator;
      }

      @Override
      public void release(PanelSimulator simulator) {
        // Kept open for the test's assertions; closed with the run.
      }
    };
    try (PrintStream printOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      int exit = program.applyAsInt(new Invocation(List.of(args), env, printOut, printErr, keep));
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), lent);
    }
  }

  /** The one simulator the program ran on. */
  PanelSimulator simulator() {
    if (simulators.size() != 1) {
      throw new IllegalStateException("the program started " + simulators.size() + " simulators");
    }
    return simulators.get(0);
  }

  /** Every line of the output. */
  List<String> lines() {
    return out.lines().toList();
  }

  @Override
  public void close() {
    simulators.forEach(PanelSimulator::close);
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
  }
}

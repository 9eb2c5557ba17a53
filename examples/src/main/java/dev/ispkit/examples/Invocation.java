package dev.ispkit.examples;

import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.SimulatorOptions;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * One run of a program: its arguments, the environment it reads panel settings from, where it prints, and where its
 * embedded simulator comes from. {@code main} builds the system's; a test builds one that captures the output and
 * keeps the simulator open to look at its state afterwards.
 *
 * @param args the command-line arguments
 * @param env the environment variables
 * @param out what the program reports
 * @param err errors and the usage after a wrong argument
 * @param simulators where an embedded simulator comes from and goes back to
 */
record Invocation(List<String> args, Map<String, String> env, PrintStream out, PrintStream err,
    Simulators simulators) {

  /** Where a program's embedded simulator comes from. */
  interface Simulators {
    /** Starts a simulator with these options. */
    PanelSimulator start(SimulatorOptions options);

    /** The program is done with it. */
    void release(PanelSimulator simulator);

    /** Started and closed by the program itself: what {@code main} uses. */
    Simulators OWN = new Simulators() {
      @Override
      public PanelSimulator start(SimulatorOptions options) {
        return PanelSimulator.start(options);
      }

      @Override
      public void release(PanelSimulator simulator) {
        simulator.close();
      }
    };
  }

  Invocation {
    args = List.copyOf(args);
    env = Map.copyOf(env);
  }

  /** The run {@code main} makes: the process's arguments, environment and standard streams. */
  static Invocation system(String[] args) {
    return new Invocation(List.of(args), System.getenv(), System.out, System.err, Simulators.OWN);
  }

  /** The same run with other arguments (the main example hands its own to the programs it runs). */
  Invocation withArgs(List<String> otherArgs) {
    return new Invocation(otherArgs, env, out, err, simulators);
  }

  /**
   * Ends the process with the program's exit code. Nothing is called on success, so that a program run inside a
   * build tool (the README's {@code exec:java}) returns normally and leaves the build running.
   */
  static void exit(int code) {
    if (code != 0) {
      System.exit(code);
    }
  }
}

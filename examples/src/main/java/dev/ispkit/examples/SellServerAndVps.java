package dev.ispkit.examples;

/**
 * The main example, the one the README's first command runs: sells a dedicated server ({@link SellDedicatedServer})
 * and then a VPS with an ISPmanager license ({@link SellVpsWithLicense}), each on an embedded panel simulator unless
 * panel options are given, and ends with exit code 0 when both sold.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -DskipTests package            # from a fresh clone: builds, then runs this
 * java -jar examples/target/ispkit-examples.jar      # again, once built
 * }</pre>
 */
public final class SellServerAndVps {
  static final Program PROGRAM = new Program("SellServerAndVps", """
      Sells a dedicated server (SellDedicatedServer) and then a VPS with an ISPmanager license (SellVpsWithLicense),
      printing every step. Without panel options both run on an embedded panel simulator; with them, on the panels
      given (DCImanager for the server, VMmanager and the license server for the VPS).""",
      new Options().all(Panels.OPTIONS));

  private SellServerAndVps() {}

  /**
   * Runs the example; {@code --help} lists the options.
   *
   * @param args the panel options, none for the embedded simulator
   */
  public static void main(String[] args) {
    Invocation.exit(run(Invocation.system(args)));
  }

  static int run(Invocation invocation) {
    return PROGRAM.run(invocation, options -> {
      long started = System.nanoTime();
      invocation.out().println("== 1/2 A dedicated server ==");
      int server = SellDedicatedServer.run(invocation);
      if (server != Program.OK) {
        return server;
      }
      invocation.out().println();
      invocation.out().println("== 2/2 A VPS with a license ==");
      int vps = SellVpsWithLicense.run(invocation);
      if (vps != Program.OK) {
        return vps;
      }
      invocation.out().println();
      invocation.out().printf("Done in %.1f s: a dedicated server and a VPS with its license are sold.%n",
          (System.nanoTime() - started) / 1e9);
      return Program.OK;
    });
  }
}

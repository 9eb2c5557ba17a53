package dev.ispkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every program does with its command line: {@code --help} through {@code main} prints the usage with every
 * option and its environment variable; a wrong argument prints what is wrong and the usage, and exits 2, before
 * any panel or simulator is touched; a secret given in the wrong place is never repeated.
 */
class ProgramsUsageTest {

  static Stream<Arguments> programs() {
    return Stream.of(
        Arguments.of("SellServerAndVps", (ToIntFunction<Invocation>) SellServerAndVps::run,
            (Consumer<String[]>) SellServerAndVps::main),
        Arguments.of("SellDedicatedServer", (ToIntFunction<Invocation>) SellDedicatedServer::run,
            (Consumer<String[]>) SellDedicatedServer::main),
        Arguments.of("SellVpsWithLicense", (ToIntFunction<Invocation>) SellVpsWithLicense::run,
            (Consumer<String[]>) SellVpsWithLicense::main),
        Arguments.of("InventoryReport", (ToIntFunction<Invocation>) InventoryReport::run,
            (Consumer<String[]>) InventoryReport::main),
        Arguments.of("StatusSync", (ToIntFunction<Invocation>) StatusSync::run,
            (Consumer<String[]>) StatusSync::main),
        Arguments.of("PanelCheck", (ToIntFunction<Invocation>) PanelCheck::run,
            (Consumer<String[]>) PanelCheck::main));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void helpThroughMainPrintsTheUsageWithEveryOptionAndItsVariable(String name, ToIntFunction<Invocation> program,
      Consumer<String[]> main) {
    String out = stdout(() -> main.accept(new String[] {"--help"}));

    assertThat(out).startsWith("Usage: " + name + " [options]").contains(
        "  --dci-url URL", "[ISPKIT_DCI_URL]", "  --dci-password PASSWORD", "[ISPKIT_DCI_PASSWORD]",
        "  --vm-url URL", "[ISPKIT_VM_PASSWORD]", "  --license-url URL", "[ISPKIT_LICENSE_PASSWORD]",
        "  --ca-file PEM", "  --help", "java -cp examples/target/ispkit-examples.jar dev.ispkit.examples." + name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void anUnknownOptionPrintsTheUsageAndExitsTwo(String name, ToIntFunction<Invocation> program) {
    try (Run run = Run.of(program, "--colour", "blue")) {
      assertThat(run.exit).isEqualTo(2);
      assertThat(run.out).isEmpty();
      assertThat(run.err).startsWith(name + ": unknown option --colour\n").contains("Usage: " + name);
      assertThat(run.simulators).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void aPanelWithoutItsUserOrAValueWithoutItsOptionIsAUsageError(String name, ToIntFunction<Invocation> program) {
    try (Run noUser = Run.of(program, "--dci-url", "https://dci.example.com")) {
      assertThat(noUser.exit).isEqualTo(2);
      assertThat(noUser.err).contains("--dci-url needs --dci-user (or ISPKIT_DCI_USER)");
    }
    try (Run noValue = Run.of(program, "--dci-url")) {
      assertThat(noValue.exit).isEqualTo(2);
      assertThat(noValue.err).contains("option --dci-url needs a value (URL)");
    }
    try (Run orphan = Run.of(program, Map.of("ISPKIT_VM_PASSWORD", "x"))) {
      assertThat(orphan.exit).isEqualTo(2);
      assertThat(orphan.err).contains("--vm-user and --vm-password need --vm-url");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void aPasswordThatLostItsOptionIsNotRepeated(String name, ToIntFunction<Invocation> program) {
    try (Run run = Run.of(program, "--dci-url", "https://dci.example.com", "--dci-user", "admin@example.com",
        "S3cret-Lost-Pa55")) {
      assertThat(run.exit).isEqualTo(2);
      assertThat(run.err).contains("argument 5 is not an option");
      assertThat(run.out + run.err).doesNotContain("S3cret-Lost-Pa55");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void aBadUrlIsAUsageErrorWithoutThePassword(String name, ToIntFunction<Invocation> program) {
    try (Run run = Run.of(program, Map.of("ISPKIT_DCI_PASSWORD", "S3cret-Env-Pa55"), "--dci-url",
        "ftp://dci.example.com", "--dci-user", "admin@example.com")) {
      assertThat(run.exit).isEqualTo(2);
      assertThat(run.err).contains("baseUrl");
      assertThat(run.out + run.err).doesNotContain("S3cret-Env-Pa55");
    }
  }

  private static String stdout(Runnable body) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}

package dev.ispkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No figure without a benchmark, no benchmark without a figure: the benchmarks this module compiles and the ones
 * {@code docs/benchmarks.md} lists must be the same, method for method.
 */
class BenchmarkListTest {
  private static final String TABLE = "| benchmark | methods | figures |\n|---|---|---|\n";

  @Test
  void theDocumentListsEveryBenchmarkOfTheModuleAndNoOther() throws Exception {
    Path classes = Path.of(TypedCallBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path document = classes.getParent().getParent().getParent().resolve("docs").resolve("benchmarks.md");
    String text = Files.readString(document);

    Map<String, Set<String>> compiled = BenchmarkList.compiled(classes, "dev.ispkit.benchmarks");

    assertThat(compiled).containsKeys("TypedCallBenchmark", "AvailabilityMatchBenchmark", "ColdStartBenchmark");
    assertThat(BenchmarkList.differences(compiled, BenchmarkList.documented(text), BenchmarkList.anchors(text)))
        .as("docs/benchmarks.md against the @Benchmark classes of %s", classes)
        .isEmpty();
  }

  @Test
  void findsTheBenchmarkMethodsOfACompiledClass() throws URISyntaxException, java.io.IOException {
    Path classes = Path.of(TypedCallBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    assertThat(BenchmarkList.compiled(classes, "dev.ispkit.benchmarks"))
        .containsEntry("TypedCallBenchmark", Set.of("ispkitGet", "okHttpTree"))
        .doesNotContainKeys("RawPanel", "SimulatedHost", "ColdStart");
  }

  static Stream<Arguments> tables() {
    Map<String, Set<String>> one = Map.of("ABenchmark", Set.of("fast", "baseline"));
    return Stream.of(
        Arguments.of("agreeing", one, "| `ABenchmark` | `baseline`, `fast` | [A](#a) |\n", List.of()),
        Arguments.of("a benchmark without a row", one, "",
            List.of("ABenchmark is a benchmark without a figure: add its row and its section to the document")),
        Arguments.of("a row without a benchmark", Map.of(), "| `ABenchmark` | `fast` | [A](#a) |\n",
            List.of("ABenchmark is a figure without a benchmark: the module has no such class with a @Benchmark "
                + "method")),
        Arguments.of("a method missing", one, "| `ABenchmark` | `fast` | [A](#a) |\n",
            List.of("ABenchmark: the table names methods [fast], the class has [baseline, fast]")),
        Arguments.of("a link to no section", one, "| `ABenchmark` | `baseline`, `fast` | [A](#b) |\n",
            List.of("ABenchmark: its row links to #b, a section the document lacks")),
        Arguments.of("a pending row not merged yet", one,
            "| `ABenchmark` | `baseline`, `fast` | [A](#a) |\n| pending: `BBenchmark` (branch `b`) | | B |\n",
            List.of()),
        Arguments.of("a pending row merged", Map.of("BBenchmark", Set.of("b")),
            "| pending: `BBenchmark` (branch `b`) | | B |\n",
            List.of("BBenchmark is merged: replace its pending row with its methods and a link to its figures")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void reportsEachDifference(String what, Map<String, Set<String>> compiled, String rows, List<String> expected) {
    String document = "# Figures\n" + BenchmarkList.START + "\n" + TABLE + rows + BenchmarkList.END + "\n## A\n";

    assertThat(BenchmarkList.differences(compiled, BenchmarkList.documented(document),
        BenchmarkList.anchors(document))).containsExactlyElementsOf(expected);
  }
}

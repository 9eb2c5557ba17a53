package dev.ispkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The top-level README says what the build and the examples do. */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theFirstBlockRunsTheMainExampleAndThenWhatCiRuns() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String firstBlock = readme.substring(readme.indexOf("```\n") + 4, readme.indexOf("```", readme.indexOf("```\n")
        + 4));
    List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run")).stream()
        .filter(line -> line.startsWith("mvn ")).toList();

    assertThat(firstBlock.lines().toList()).containsExactly("mvn -B -q -Pexample -DskipTests package", ci.get(0));
    assertThat(ci).containsExactly("mvn -B verify");
    assertThat(Files.readString(ROOT.resolve("examples/pom.xml")))
        .contains("<example.main>dev.ispkit.examples.SellServerAndVps</example.main>");
  }

  @Test
  void theInferredCallsTableListsExactlyTheContractsInferredCalls() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String section = readme.substring(readme.indexOf("## Inferred calls and the panel check"));
    section = section.substring(0, section.indexOf("\n## ", 5) < 0 ? section.length() : section.indexOf("\n## ", 5));
    Set<String> listed = Pattern.compile("`((?:GET|POST|PUT|PATCH|DELETE) /[^`]+)`").matcher(section).results()
        .map(result -> result.group(1)).collect(Collectors.toSet());

    assertThat(listed).containsExactlyInAnyOrderElementsOf(
        ContractCalls.inferred().stream().map(ContractCall::call).toList());
  }

  @Test
  void everyProgramHasARowInTheProgramsTable() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    for (String program : List.of("SellServerAndVps", "SellDedicatedServer", "SellVpsWithLicense",
        "InventoryReport", "StatusSync", "PanelCheck")) {
      assertThat(readme).contains("| `" + program + "` |");
    }
  }
}

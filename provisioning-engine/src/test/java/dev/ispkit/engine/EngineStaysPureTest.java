package dev.ispkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine is pure Java: its sources import nothing that speaks HTTP or JSON. The pom's enforcer rule keeps such
 * libraries off the class path; this test also catches the JDK's own HTTP client and a fully qualified name.
 */
final class EngineStaysPureTest {
  private static final Pattern FORBIDDEN = Pattern.compile(
      "\\b(java\\.net\\.http|java\\.net\\.(URL|HttpURLConnection|Socket)\\b|com\\.sun\\.net\\.httpserver|feign|okhttp3"
          + "|com\\.fasterxml\\.jackson|dev\\.ispkit\\.client|dev\\.ispkit\\.(dci6|vm6|license))");

  @Test
  void mainSourcesImportNoHttpFeignOkHttpJacksonOrPanelClient() throws IOException {
    Path main = Path.of("src", "main", "java");
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(main)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    assertThat(sources).as("the engine's sources under %s", main.toAbsolutePath()).hasSizeGreaterThan(20);

    List<String> offences = sources.stream().flatMap(EngineStaysPureTest::offences).collect(Collectors.toList());

    assertThat(offences).isEmpty();
  }

  @Test
  void thePatternCatchesWhatItIsMeantTo() {
    assertThat(List.of("import java.net.http.HttpClient;", "import feign.Feign;", "import okhttp3.OkHttpClient;",
        "import com.fasterxml.jackson.databind.ObjectMapper;", "new java.net.URL(url)",
        "import dev.ispkit.client.core.ClientConfig;", "import dev.ispkit.dci6.Server;"))
        .allMatch(line -> FORBIDDEN.matcher(line).find());
    assertThat(List.of("import java.net.InetAddress;", "import java.util.concurrent.Executor;",
        "import dev.ispkit.engine.queue.OperationQueue;"))
        .noneMatch(line -> FORBIDDEN.matcher(line).find());
  }

  private static Stream<String> offences(Path source) {
    try {
      List<String> lines = Files.readAllLines(source);
      return IntStream.range(0, lines.size()).boxed().flatMap(i -> {
        Matcher m = FORBIDDEN.matcher(lines.get(i));
        return m.find() ? Stream.of(source + ":" + (i + 1) + ": " + m.group()) : Stream.empty();
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

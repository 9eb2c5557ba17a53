package dev.ispkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding snippet compiles against this build, so it cannot fall behind the API. */
class ReadmeSnippetTest {
  private static final String IMPORTS = """
      import dev.ispkit.adapters.dci6.DedicatedServerPanels;
      import dev.ispkit.adapters.license.LicenseServers;
      import dev.ispkit.client.core.ClientConfig;
      import dev.ispkit.client.core.Credentials;
      import dev.ispkit.dci6.Dci6Client;
      import dev.ispkit.engine.configuration.ConfigurationLabelParser;
      import dev.ispkit.engine.license.ControlPanel;
      import dev.ispkit.engine.lifecycle.LifecycleListener;
      import dev.ispkit.engine.lifecycle.LifecycleResult;
      import dev.ispkit.engine.lifecycle.Order;
      import dev.ispkit.engine.lifecycle.Provisioning;
      import dev.ispkit.engine.module.DataCenter;
      import dev.ispkit.engine.module.DedicatedServerModule;
      import dev.ispkit.engine.module.ProcessingModules;
      import dev.ispkit.engine.period.Period;
      import dev.ispkit.license.LicenseServerClient;
      import java.util.List;
      """;

  @TempDir
  Path classes;

  @Test
  void theEmbeddingSnippetCompiles() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("## Embedding the lifecycles"));
    int start = section.indexOf("```java\n") + "```java\n".length();
    String snippet = section.substring(start, section.indexOf("```", start));
    assertThat(snippet.lines().count()).isBetween(15L, 25L);
    String source = IMPORTS + "class Embedding {\n  void sell(LifecycleListener listener) {\n" + snippet
        + "  }\n}\n";

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Embedding.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    boolean compiled = compiler.getTask(errors, null, null, List.of("-classpath", classPath, "-d",
        classes.toString(), "-Xlint:none"), null, List.of(file)).call();

    assertThat(compiled).as(errors + "\n" + source).isTrue();
  }
}

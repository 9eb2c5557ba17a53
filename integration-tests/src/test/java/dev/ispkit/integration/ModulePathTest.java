package dev.ispkit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ispkit.client.core.IspkitVersion;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.configuration.LabelReading;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.ServerSnapshot;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published modules as an application on the module path gets them: each has a {@code module-info}, a program
 * that requires them by name compiles and makes real calls in a JVM of its own (on whatever JDK runs the build), and
 * the transport package stays closed to it, at compile time and by reflection.
 *
 * <p>The module path is taken from this test's class path: the published modules and what they require, nothing
 * else, so a {@code requires} missing from a {@code module-info} fails the child JVM here, not an application.
 */
class ModulePathTest {
  private static final String CORE = "dev.ispkit.client.core";
  private static final String TRANSPORT = "dev.ispkit.client.core.transport";
  private static final Set<String> CLIENTS = Set.of("dev.ispkit.dci6", "dev.ispkit.vm6", "dev.ispkit.license");
  private static final String ENGINE = "dev.ispkit.engine";
  private static final String JACKSON = "com.fasterxml.jackson.databind";
  /**
   * The packages Jackson reads by deep reflection: the login records of transport, and the generated value classes
   * of the two REST clients. The license client reads Jackson trees by hand; the engine has no JSON.
   */
  private static final Map<String, Set<String>> OPENED = Map.of(CORE, Set.of(TRANSPORT),
      "dev.ispkit.dci6", Set.of("dev.ispkit.dci6"), "dev.ispkit.vm6", Set.of("dev.ispkit.vm6"),
      "dev.ispkit.license", Set.of(), ENGINE, Set.of());
  private static final Set<String> PUBLISHED = new TreeSet<>(OPENED.keySet());
  private static final Path CONSUMER_SOURCES = Path.of("src", "test", "module-consumer");

  /** Every module found on this test's class path, by name. */
  private static Map<String, ModuleReference> onClassPath;
  /** The published modules and the modules they require, transitively: what an application's module path holds. */
  private static List<Path> modulePath;

  @BeforeAll
  static void findModules() {
    onClassPath = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      try {
        ModuleFinder.of(Path.of(entry)).findAll()
            .forEach(module -> onClassPath.putIfAbsent(module.descriptor().name(), module));
      } catch (FindException e) {
        // A jar no module name can be derived from (WireMock's shaded one): nothing published requires it.
      }
    }
    modulePath = new ArrayList<>();
    Deque<String> todo = new ArrayDeque<>(PUBLISHED);
    Set<String> seen = new TreeSet<>();
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!seen.add(name) || ModuleFinder.ofSystem().find(name).isPresent()) {
        continue;
      }
      ModuleReference module = onClassPath.get(name);
      assertThat(module).as("module %s, required by a published module, on the class path", name).isNotNull();
      modulePath.add(Path.of(module.location().orElseThrow()));
      module.descriptor().requires().stream()
          .filter(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
          .forEach(r -> todo.push(r.name()));
    }
  }

  @Test
  void everyPublishedModuleHasAModuleInfoWithTheNameItsJarAlwaysHad() throws IOException {
    for (String name : PUBLISHED) {
      ModuleReference module = onClassPath.get(name);
      assertThat(module.descriptor().isAutomatic()).as("%s is an automatic module", name).isFalse();
      Path location = Path.of(module.location().orElseThrow());
      if (Files.isRegularFile(location)) {
        try (JarFile jar = new JarFile(location.toFile())) {
          assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
              .as("the Automatic-Module-Name of %s", location.getFileName()).isEqualTo(name);
        }
      }
    }
  }

  @Test
  void everyPackageIsExportedButTransportWhichOnlyTheClientsRead() {
    for (String name : PUBLISHED) {
      ModuleDescriptor module = onClassPath.get(name).descriptor();
      Map<String, Set<String>> exports = module.exports().stream()
          .collect(Collectors.toMap(Exports::source, Exports::targets));
      for (String pkg : module.packages()) {
        assertThat(exports).as("%s exports %s", name, pkg).containsKey(pkg);
        assertThat(exports.get(pkg)).as("the modules %s exports %s to", name, pkg)
            .isEqualTo(pkg.equals(TRANSPORT) ? CLIENTS : Set.of());
      }
    }
  }

  @Test
  void onlyJacksonMayReflectAndOnlyOnPackagesItReads() {
    for (String name : PUBLISHED) {
      ModuleDescriptor module = onClassPath.get(name).descriptor();
      assertThat(module.isOpen()).as("%s is an open module", name).isFalse();
      assertThat(module.opens()).as("what %s opens", name).allSatisfy(opens ->
          assertThat(opens.targets()).as("the modules %s opens %s to", name, opens.source()).containsExactly(JACKSON));
      assertThat(module.opens()).as("what %s opens", name).extracting(Opens::source)
          .containsExactlyInAnyOrderElementsOf(OPENED.get(name));
    }
  }

  @Test
  void aProgramOnTheModulePathCannotCompileAgainstTransport(@TempDir Path dir) throws IOException {
    Path sources = dir.resolve("ispkit.intruder");
    Files.createDirectories(sources.resolve("ispkit/intruder"));
    Files.writeString(sources.resolve("module-info.java"), "module ispkit.intruder { requires dev.ispkit.dci6; }");
    Files.writeString(sources.resolve("ispkit/intruder/Intruder.java"), "package ispkit.intruder;\n"
        + "final class Intruder {\n"
        + "  Object mapper = dev.ispkit.client.core.transport.PanelJson.newMapper();\n"
        + "}\n");

    Javac javac = javac("--module-source-path", dir.toString(), "--module", "ispkit.intruder",
        "-d", dir.resolve("classes").toString());

    assertThat(javac.exitCode).as(javac.output).isNotZero();
    assertThat(javac.output).contains("package dev.ispkit.client.core.transport is declared in module "
        + "dev.ispkit.client.core, which does not export it to module ispkit.intruder");
  }

  @Test
  void aProgramOnTheModulePathLogsInAndReadsEachPanel(@TempDir Path classes) throws Exception {
    // An empty output directory: with --module, javac skips sources whose classes look up to date.
    Javac javac = javac("--module-source-path", CONSUMER_SOURCES.toString(), "--module", "ispkit.consumer",
        "-d", classes.toString());
    assertThat(javac.exitCode).as(javac.output).isZero();

    try (PanelSimulator sim = Panels.start(3, 1, 13)) {
      Path output = Files.createDirectories(Path.of("target")).resolve("module-consumer.out");
      ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "--module-path", pathOf(modulePath) + File.pathSeparator + classes,
          "--module", "ispkit.consumer/dev.ispkit.consumer.ModulePathConsumer")
          .redirectErrorStream(true)
          .redirectOutput(output.toFile());
      java.environment().put("ISPKIT_V6_URL", sim.baseUrl());
      java.environment().put("ISPKIT_V6_USER", sim.options().adminEmail());
      java.environment().put("ISPKIT_V6_PASSWORD", sim.options().adminPassword());
      java.environment().put("ISPKIT_BILLMGR_URL", sim.billmgrUrl());
      java.environment().put("ISPKIT_BILLING_USER", sim.options().billingUser());
      java.environment().put("ISPKIT_BILLING_PASSWORD", sim.options().billingPassword());
      Process child = java.start();
      if (!child.waitFor(2, TimeUnit.MINUTES)) {
        child.destroyForcibly();
        fail("the program on the module path did not end within 2 minutes: " + Files.readString(output));
      }
      String printed = Files.readString(output);
      assertThat(child.exitValue()).as(printed).isZero();

      ServerSnapshot server = sim.server(1);
      boolean parsed = ConfigurationLabelParser.read(server.configuration()) instanceof LabelReading.Parsed;
      List<String> lines = printed.lines().filter(line -> !line.startsWith("SLF4J")).collect(Collectors.toList());
      String license = lines.stream().filter(line -> line.startsWith("license ")).findFirst().orElse("");
      long licenseId = license.isEmpty() ? -1 : Long.parseLong(license.split(" ")[1]);
      assertThat(lines).as(printed).containsExactly(
          "dci6 server 1 " + server.name() + " location " + server.location().id() + " configuration "
              + (parsed ? "parsed" : "unparsed"),
          "dci6 servers listed " + sim.serverCount(),
          "dci6 missing server PanelNotFoundException 404",
          "vm6 cluster 1 kvm-cluster-1",
          "license " + licenseId + " " + sim.license(licenseId).licenseName(),
          "transport closed");

      assertThat(sim.calls()).filteredOn(call -> call.path().equals("/auth/v4/public/token"))
          .extracting(RecordedCall::rawPath).containsExactly("/api/auth/v4/public/token", "/auth/v4/public/token");
      assertThat(sim.calls(Panel.DCIMANAGER)).filteredOn(call -> call.rawPath().equals("/api/dci/v3/server/1"))
          .singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("GET");
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.header("x-xsrf-token")).isNotBlank();
            // The version is a resource of core's package: read from inside the named module.
            assertThat(call.header("user-agent")).isEqualTo("ispkit/" + IspkitVersion.version())
                .isNotEqualTo("ispkit/unknown");
          });
    }
  }

  private static String pathOf(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * Runs the JDK's javac as a command line would, against the published modules. The class path is set empty: left
   * unset, javac run in this JVM takes this test's class path, where the clients are also found, in the unnamed
   * module.
   */
  private static Javac javac(String... args) {
    List<String> all = new ArrayList<>(List.of("--release", "17", "--class-path", "",
        "--module-path", pathOf(modulePath)));
    all.addAll(List.of(args));
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      int exitCode = ToolProvider.findFirst("javac").orElseThrow().run(out, out, all.toArray(String[]::new));
      out.flush();
      return new Javac(exitCode, text.toString());
    }
  }

  private record Javac(int exitCode, String output) {}
}

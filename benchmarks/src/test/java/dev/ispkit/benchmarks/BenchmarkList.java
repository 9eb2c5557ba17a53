package dev.ispkit.benchmarks;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The two lists the build keeps equal: the benchmarks the module has (every class with a {@code @Benchmark} method,
 * and those methods) and the benchmarks {@code docs/benchmarks.md} names in its table between {@value #START} and
 * {@value #END}.
 *
 * <p>A row of that table is {@code | `Class` | `method`, `method` | [figure](#anchor) |}: the class, every one of its
 * benchmark methods, and a link to the section that gives its figures. A benchmark another branch is adding is a
 * row {@code | pending: `Class` (branch `name`) | | what it will measure |}: it must not exist here yet, and when it
 * is merged the check fails until its row is written out with its methods and figures.
 */
final class BenchmarkList {
  static final String START = "<!-- benchmark-list:start -->";
  static final String END = "<!-- benchmark-list:end -->";
  private static final Pattern PENDING = Pattern.compile("pending:\\s*`(\\w+)`.*");
  private static final Pattern NAME = Pattern.compile("`(\\w+)`");
  private static final Pattern LINK = Pattern.compile("\\]\\(#([^)]+)\\)");

  private BenchmarkList() {}

  /** One row of the document's table. */
  record Row(String className, boolean pending, Set<String> methods, String anchor) {}

  /**
   * The benchmark classes of a compiled package directory and their {@code @Benchmark} methods, by simple name.
   *
   * @param classes the root of the compiled classes ({@code target/classes})
   * @param packageName the package to read
   */
  static Map<String, Set<String>> compiled(Path classes, String packageName) throws IOException {
    Path dir = classes.resolve(packageName.replace('.', '/'));
    Map<String, Set<String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.collect(Collectors.toList())) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        String simple = name.substring(0, name.length() - ".class".length());
        Class<?> type;
        try {
          type = Class.forName(packageName + "." + simple, false, BenchmarkList.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("compiled but not loadable: " + simple, e);
        }
        Set<String> methods = new TreeSet<>();
        for (Method method : type.getDeclaredMethods()) {
          if (method.isAnnotationPresent(Benchmark.class)) {
            methods.add(method.getName());
          }
        }
        if (!methods.isEmpty()) {
          found.put(simple, methods);
        }
      }
    }
    return found;
  }

  /**
   * The rows of the document's marked table.
   *
   * @param document the document's text
   * @throws IllegalArgumentException when the markers are missing or a row cannot be read
   */
  static List<Row> documented(String document) {
    int start = document.indexOf(START);
    int end = document.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("the document has no table between " + START + " and " + END);
    }
    List<Row> rows = new ArrayList<>();
    for (String line : document.substring(start + START.length(), end).split("\n")) {
      String trimmed = line.trim();
      if (!trimmed.startsWith("|") || trimmed.startsWith("|---") || trimmed.startsWith("| benchmark ")) {
        continue;
      }
      String[] cells = trimmed.substring(1).split("\\|", -1);
      if (cells.length < 3) {
        throw new IllegalArgumentException("a row of the benchmark table has fewer than 3 cells: " + line);
      }
      String first = cells[0].trim();
      Matcher pending = PENDING.matcher(first);
      Matcher name = NAME.matcher(first);
      if (!pending.matches() && !name.matches()) {
        throw new IllegalArgumentException("the first cell names no class as `Class` or pending: `Class`: " + line);
      }
      Set<String> methods = new TreeSet<>();
      Matcher method = NAME.matcher(cells[1]);
      while (method.find()) {
        methods.add(method.group(1));
      }
      Matcher link = LINK.matcher(cells[2]);
      rows.add(new Row(pending.matches() ? pending.group(1) : name.group(1), pending.matches(), methods,
          link.find() ? link.group(1) : null));
    }
    return rows;
  }

  /**
   * The anchors of the document's headings, as GitHub makes them: lower case, punctuation but hyphens dropped,
   * spaces turned into hyphens.
   */
  static Set<String> anchors(String document) {
    Set<String> anchors = new TreeSet<>();
    for (String line : document.split("\n")) {
      if (line.startsWith("#")) {
        String title = line.replaceFirst("^#+\\s*", "").trim().toLowerCase(Locale.ROOT);
        anchors.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }

  /**
   * What differs between the module's benchmarks and the document's table.
   *
   * @return one line per difference; empty when they agree
   */
  static List<String> differences(Map<String, Set<String>> compiled, List<Row> rows, Set<String> anchors) {
    List<String> problems = new ArrayList<>();
    Map<String, Row> byClass = new LinkedHashMap<>();
    for (Row row : rows) {
      if (byClass.put(row.className(), row) != null) {
        problems.add(row.className() + " has two rows in the table");
      }
    }
    compiled.forEach((type, methods) -> {
      Row row = byClass.get(type);
      if (row == null) {
        problems.add(type + " is a benchmark without a figure: add its row and its section to the document");
      } else if (row.pending()) {
        problems.add(type + " is merged: replace its pending row with its methods and a link to its figures");
      } else if (!row.methods().equals(methods)) {
        problems.add(type + ": the table names methods " + new TreeSet<>(row.methods()) + ", the class has "
            + new TreeSet<>(methods));
      }
    });
    for (Row row : rows) {
      if (row.pending()) {
        continue;
      }
      if (!compiled.containsKey(row.className())) {
        problems.add(row.className() + " is a figure without a benchmark: the module has no such class with a "
            + "@Benchmark method");
      }
      if (row.anchor() == null) {
        problems.add(row.className() + ": its row links to no section of figures");
      } else if (!anchors.contains(row.anchor())) {
        problems.add(row.className() + ": its row links to #" + row.anchor() + ", a section the document lacks");
      }
    }
    return problems;
  }
}

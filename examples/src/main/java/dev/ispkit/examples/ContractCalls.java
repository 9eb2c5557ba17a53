package dev.ispkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inferred calls of docs/panel-contract.md, read from the contract itself (the build copies it next to this
 * class), so the panel check and the contract cannot drift: a row added, changed or marked seen there is what the
 * check looks for here.
 *
 * <p>How a table row becomes calls: every row of a table with the columns {@code method + path} and {@code mark}
 * whose mark says {@code inferred}. The method-and-path cell's first {@code `METHOD /path`} is the call; a
 * following {@code / `word`} is a sibling call with the path's last segment replaced ({@code power_on} /
 * {@code power_off}); a following {@code with `field`} is a body property. The body cell's properties are the quoted
 * names written as keys ({@code "owner":}, or {@code "mac",} inside an object).
 */
final class ContractCalls {
  static final String RESOURCE = "panel-contract.md";
  private static final Pattern CALL = Pattern.compile("(GET|POST|PUT|PATCH|DELETE) (/.*)");
  private static final Pattern TICKS = Pattern.compile("`([^`]+)`");
  private static final Pattern WORD = Pattern.compile("[a-z_][a-z0-9_]*");
  private static final Pattern KEY = Pattern.compile(
      "(?<=[{,\\s`])\"([a-z_][a-z0-9_]*)\"(?=\\s*:)|(?<=[{,])\"([a-z_][a-z0-9_]*)\"(?=[,}])");
  private static final Pattern CELL_SPLIT = Pattern.compile("(?<!\\\\)\\|");

  private ContractCalls() {}

  /** The inferred calls of the contract this build carries. */
  static List<ContractCall> inferred() {
    try (InputStream in = ContractCalls.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path: the build copies it from docs/");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The inferred calls of a contract's markdown text. */
  static List<ContractCall> parse(String markdown) {
    List<ContractCall> calls = new ArrayList<>();
    String panel = "";
    int pathColumn = -1;
    int bodyColumn = -1;
    int markColumn = -1;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("## ")) {
        panel = line.substring(3).replaceAll("\\s*\\(.*\\)\\s*$", "").trim();
        pathColumn = -1;
        continue;
      }
      if (!line.startsWith("|")) {
        pathColumn = -1;
        continue;
      }
      List<String> cells = cells(line);
      if (cells.contains("method + path") && cells.contains("mark")) {
        pathColumn = cells.indexOf("method + path");
        bodyColumn = cells.indexOf("body");
        markColumn = cells.indexOf("mark");
        continue;
      }
      if (pathColumn < 0 || cells.size() <= Math.max(pathColumn, markColumn) || cells.get(0).startsWith("---")) {
        continue;
      }
      String mark = cells.get(markColumn);
      if (!mark.toLowerCase(Locale.ROOT).contains("inferred")) {
        continue;
      }
      List<ContractCall> row = row(panel, cells.get(0), cells.get(pathColumn),
          bodyColumn < 0 ? "" : cells.get(bodyColumn), mark);
      if (row.isEmpty()) {
        throw new IllegalStateException("docs/panel-contract.md: the inferred row '" + cells.get(0)
            + "' names no call as `METHOD /path`");
      }
      calls.addAll(row);
    }
    return List.copyOf(calls);
  }

  private static List<String> cells(String line) {
    String[] parts = CELL_SPLIT.split(line.strip(), -1);
    List<String> cells = new ArrayList<>();
    for (int i = 1; i < parts.length - 1; i++) {
      cells.add(parts[i].trim());
    }
    return cells;
  }

  private static List<ContractCall> row(String panel, String what, String pathCell, String bodyCell, String mark) {
    Set<String> body = new TreeSet<>();
    Matcher key = KEY.matcher(bodyCell);
    while (key.find()) {
      body.add(key.group(1) != null ? key.group(1) : key.group(2));
    }
    List<String[]> methodAndPaths = new ArrayList<>();
    Matcher tick = TICKS.matcher(pathCell);
    int end = -1;
    while (tick.find()) {
      String token = tick.group(1);
      String between = end < 0 ? "" : pathCell.substring(end, tick.start());
      Matcher call = CALL.matcher(token);
      if (methodAndPaths.isEmpty()) {
        if (call.matches()) {
          methodAndPaths.add(new String[] {call.group(1), call.group(2)});
        }
      } else if (between.equals(" / ") && WORD.matcher(token).matches()) {
        String base = methodAndPaths.get(0)[1];
        methodAndPaths.add(new String[] {methodAndPaths.get(0)[0],
            base.substring(0, base.lastIndexOf('/') + 1) + token});
      } else if (between.equals(" with ") && WORD.matcher(token).matches()) {
        body.add(token);
      } else {
        break;
      }
      end = tick.end();
    }
    List<ContractCall> calls = new ArrayList<>();
    for (String[] methodAndPath : methodAndPaths) {
      calls.add(new ContractCall(panel, what, methodAndPath[0], methodAndPath[1], body, mark));
    }
    return calls;
  }
}

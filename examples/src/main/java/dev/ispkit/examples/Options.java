package dev.ispkit.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options a program takes: declared once, read from {@code --name value} (or {@code --name=value}) with an
 * environment variable as fallback, and written into the usage text. A secret option's value is never part of a
 * message: a password belongs in an environment variable, where {@code ps} does not show it.
 */
final class Options {
  /**
   * One option.
   *
   * @param name the option without its dashes
   * @param value what its value is, as the usage shows it; null for a flag
   * @param env the environment variable read when the option is not given, null for none
   * @param description one line for the usage
   * @param secret whether its value must never be printed
   */
  record Option(String name, String value, String env, String description, boolean secret) {
    boolean isFlag() {
      return value == null;
    }
  }

  private final List<Option> declared = new ArrayList<>();

  /** Declares an option that takes a value. */
  Options value(String name, String value, String env, String description) {
    declared.add(new Option(name, value, env, description, false));
    return this;
  }

  /** Declares an option whose value is a secret. */
  Options secret(String name, String value, String env, String description) {
    declared.add(new Option(name, value, env, description, true));
    return this;
  }

  /** Declares a flag. */
  Options flag(String name, String description) {
    declared.add(new Option(name, null, null, description, false));
    return this;
  }

  /** Declares every option of another set (the panel options every program shares). */
  Options all(Options other) {
    declared.addAll(other.declared);
    return this;
  }

  List<Option> declared() {
    return List.copyOf(declared);
  }

  /**
   * Reads the arguments, then the environment for every option not given.
   *
   * @throws UsageException naming the first wrong argument
   */
  Parsed parse(List<String> args, Map<String, String> env) throws UsageException {
    Map<String, String> values = new LinkedHashMap<>();
    boolean help = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--help") || arg.equals("-h")) {
        help = true;
        continue;
      }
      if (!arg.startsWith("--") || arg.length() == 2) {
        // Not repeated: a stray word may be a password that lost its option.
        throw new UsageException("argument " + (i + 1) + " is not an option: every argument is an option such as "
            + "--help, followed by its value");
      }
      int eq = arg.indexOf('=');
      String name = arg.substring(2, eq < 0 ? arg.length() : eq);
      Option option = find(name).orElseThrow(() -> new UsageException("unknown option --" + name));
      if (values.containsKey(name)) {
        throw new UsageException("option --" + name + " is given twice");
      }
      if (option.isFlag()) {
        if (eq >= 0) {
          throw new UsageException("option --" + name + " takes no value");
        }
        values.put(name, "true");
      } else if (eq >= 0) {
        values.put(name, arg.substring(eq + 1));
      } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
        values.put(name, args.get(++i));
      } else {
        throw new UsageException("option --" + name + " needs a value (" + option.value() + ")");
      }
    }
    for (Option option : declared) {
      if (!values.containsKey(option.name()) && option.env() != null) {
        String fromEnv = env.get(option.env());
        if (fromEnv != null && !fromEnv.isEmpty()) {
          values.put(option.name(), fromEnv);
        }
      }
    }
    for (Map.Entry<String, String> value : values.entrySet()) {
      if (value.getValue().isBlank()) {
        throw new UsageException("option --" + value.getKey() + " is empty");
      }
    }
    return new Parsed(values, help);
  }

  private Optional<Option> find(String name) {
    return declared.stream().filter(option -> option.name().equals(name)).findFirst();
  }

  /** The usage text: the command, what it does, and each option with its environment variable. */
  String usage(String command, String summary) {
    StringBuilder text = new StringBuilder("Usage: ").append(command).append(" [options]\n\n")
        .append(summary.strip()).append("\n\nOptions:\n");
    for (Option option : declared) {
      String left = "  --" + option.name() + (option.isFlag() ? "" : " " + option.value());
      text.append(left);
      text.append(" ".repeat(Math.max(1, 32 - left.length())));
      if (left.length() >= 32) {
        text.append('\n').append(" ".repeat(32));
      }
      text.append(option.description());
      if (option.env() != null) {
        text.append(" [").append(option.env()).append(']');
      }
      text.append('\n');
    }
    return text.append("  --help                        this text\n").toString();
  }

  /** The values given, by option name. */
  static final class Parsed {
    private final Map<String, String> values;
    private final boolean help;

    Parsed(Map<String, String> values, boolean help) {
      this.values = Map.copyOf(values);
      this.help = help;
    }

    boolean help() {
      return help;
    }

    Optional<String> text(String name) {
      return Optional.ofNullable(values.get(name));
    }

    boolean has(String name) {
      return values.containsKey(name);
    }

    boolean flag(String name) {
      return values.containsKey(name);
    }

    /**
     * A whole number in a range.
     *
     * @throws UsageException naming the option when the value is not a number in the range
     */
    long number(String name, long min, long max, long fallback) throws UsageException {
      String value = values.get(name);
      if (value == null) {
        return fallback;
      }
      long number;
      try {
        number = Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw new UsageException("option --" + name + ": '" + value + "' is not a whole number");
      }
      if (number < min || number > max) {
        throw new UsageException("option --" + name + ": " + number + " is not between " + min + " and " + max);
      }
      return number;
    }
  }
}

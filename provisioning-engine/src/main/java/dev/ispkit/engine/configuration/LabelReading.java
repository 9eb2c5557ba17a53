package dev.ispkit.engine.configuration;

import dev.ispkit.engine.InvalidSettingException;
import java.util.List;

/**
 * What {@link ConfigurationLabelParser#read} made of a configuration label: the {@link Parsed configuration}, or
 * the {@link Unparsed problems} that stopped it.
 *
 * <pre>{@code
 * if (ConfigurationLabelParser.read(label) instanceof LabelReading.Unparsed unparsed) {
 *   warn(unparsed.label() + ": " + unparsed.problems());
 * }
 * }</pre>
 */
public sealed interface LabelReading {

  /**
   * The label was read completely.
   *
   * @param configuration the configuration, named after the label
   */
  record Parsed(Configuration configuration) implements LabelReading {
    /** Validates the configuration is present. */
    public Parsed {
      InvalidSettingException.requirePresent("configuration", configuration);
    }
  }

  /**
   * The label could not be read.
   *
   * @param label the label as given
   * @param problems each thing that could not be read, in the order found, never empty
   */
  record Unparsed(String label, List<String> problems) implements LabelReading {
    /** Copies the problems. */
    public Unparsed {
      problems = List.copyOf(InvalidSettingException.requireNoNulls("problems", problems));
      if (problems.isEmpty()) {
        throw new InvalidSettingException("problems", problems, "an unparsed label has at least one problem");
      }
    }
  }
}

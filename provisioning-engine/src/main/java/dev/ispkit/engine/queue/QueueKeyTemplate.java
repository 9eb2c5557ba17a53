package dev.ispkit.engine.queue;

import dev.ispkit.engine.InvalidSettingException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A processing module's queue key template (seed 002): text with the macros {@code __TYPE__} (operation type),
 * {@code __PMID__} (processing module id) and {@code __IID__} (service id), expanded per operation.
 *
 * <pre>{@code
 * QueueKeyTemplate template = QueueKeyTemplate.parse("dci-__PMID__");
 * template.expand("open", 7, "1042");   // "dci-7"
 * }</pre>
 *
 * <p>A macro is two underscores, letters and digits, two underscores; any other such word ({@code __HOST__},
 * {@code __type__}) is a configuration error, named in the message, rather than text kept as it is. Blank templates
 * and templates with whitespace (which a queue name must not carry) are rejected too.
 */
public final class QueueKeyTemplate {
  private static final Pattern MACRO = Pattern.compile("__([A-Za-z0-9]+)__");

  /** The macros a template may use. */
  public enum Macro {
    /** The operation type, for example {@code open}. */
    TYPE("__TYPE__"),
    /** The processing module's id. */
    PMID("__PMID__"),
    /** The service's id. */
    IID("__IID__");

    private final String token;

    Macro(String token) {
      this.token = token;
    }

    /** The macro as written in a template, for example {@code __TYPE__}. */
    public String token() {
      return token;
    }
  }

  private final String template;
  private final Set<Macro> macros;

  private QueueKeyTemplate(String template, Set<Macro> macros) {
    this.template = template;
    this.macros = macros;
  }

  /**
   * Parses a template.
   *
   * @param template the template, for example {@code __TYPE__-__PMID__}
   * @return the template
   * @throws InvalidSettingException naming {@code queue key template} when it is missing, blank, holds whitespace
   *     or unknown macros (all of them named)
   */
  public static QueueKeyTemplate parse(String template) {
    InvalidSettingException.requirePresent("queue key template", template);
    if (template.isBlank()) {
      throw new InvalidSettingException("queue key template", template,
          "must not be empty; use for example __PMID__ to queue a module's operations");
    }
    for (int i = 0; i < template.length(); i++) {
      if (Character.isWhitespace(template.charAt(i))) {
        throw new InvalidSettingException("queue key template", template,
            "must not contain whitespace (at position " + (i + 1) + ")");
      }
    }
    Set<Macro> used = EnumSet.noneOf(Macro.class);
    Set<String> unknown = new LinkedHashSet<>();
    Matcher matcher = MACRO.matcher(template);
    while (matcher.find()) {
      Macro macro = macro(matcher.group());
      if (macro == null) {
        unknown.add(matcher.group());
      } else {
        used.add(macro);
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidSettingException("queue key template", template,
          (unknown.size() == 1 ? "unknown macro " : "unknown macros ") + String.join(", ", unknown)
              + " (known: __TYPE__, __PMID__, __IID__)");
    }
    return new QueueKeyTemplate(template, Collections.unmodifiableSet(used));
  }

  /** The template as written. */
  public String template() {
    return template;
  }

  /** The macros the template uses. */
  public Set<Macro> macros() {
    return macros;
  }

  /**
   * Expands the template for one operation.
   *
   * @param operationType the operation type, not blank, without whitespace (for example {@code open})
   * @param moduleId the processing module's id, not negative
   * @param serviceId the service's id, not blank, without whitespace
   * @return the expanded key
   * @throws InvalidSettingException naming the value that cannot be put into a queue name
   */
  public String expand(String operationType, long moduleId, String serviceId) {
    requireToken("operation type", operationType);
    InvalidSettingException.requireNotNegative("processing module id", moduleId);
    requireToken("service id", serviceId);
    Matcher matcher = MACRO.matcher(template);
    StringBuilder key = new StringBuilder(template.length() + 16);
    int from = 0;
    while (matcher.find()) {
      key.append(template, from, matcher.start());
      key.append(switch (macro(matcher.group())) {
        case TYPE -> operationType;
        case PMID -> Long.toString(moduleId);
        case IID -> serviceId;
      });
      from = matcher.end();
    }
    return key.append(template, from, template.length()).toString();
  }

  private static Macro macro(String token) {
    for (Macro macro : Macro.values()) {
      if (macro.token.equals(token)) {
        return macro;
      }
    }
    return null;
  }

  private static void requireToken(String field, String value) {
    InvalidSettingException.requireText(field, value);
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        throw new InvalidSettingException(field, value, "must not contain whitespace, it becomes part of a queue name");
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QueueKeyTemplate && ((QueueKeyTemplate) other).template.equals(template);
  }

  @Override
  public int hashCode() {
    return template.hashCode();
  }

  @Override
  public String toString() {
    return template;
  }
}

package dev.ispkit.client.core.transport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's logger, writing to SLF4J ({@code dev.ispkit.http}, DEBUG) with every secret masked.
 *
 * <p>Feign at {@code FULL} logs headers and bodies verbatim, and its header hooks can only drop a header, not mask
 * it; so masking happens here, on each line, after formatting.
 */
final class RedactingLogger extends feign.Logger {
  static final String LOGGER_NAME = "dev.ispkit.http";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  private final String panelName;

  RedactingLogger(String panelName) {
    this.panelName = panelName;
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    Object[] safe = args.clone();
    // A header is logged as "%s: %s"; mask by name before the text patterns run, so an unusual token survives none.
    if ("%s: %s".equals(format) && safe.length == 2 && Redaction.isSecretHeader(String.valueOf(safe[0]))) {
      safe[1] = Redaction.MASK;
    }
    String line = String.format(format, safe);
    LOG.debug("[{}] {}{}", panelName, methodTag(configKey), Redaction.redact(line));
  }
}

package dev.ispkit.client.core.transport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What an action logs: in tests slf4j-simple writes {@code dev.ispkit.http} at DEBUG to System.err (each module's
 * test {@code simplelogger.properties}), so capturing System.err while the action runs captures the HTTP log.
 * Public, in core's test jar, so every client module checks its log the same way.
 *
 * <pre>{@code
 * String log = CapturedLog.during(() -> client.get(81234));
 * assertThat(log).contains("authinfo=****");
 * }</pre>
 */
public final class CapturedLog {
  private CapturedLog() {}

  /**
   * Runs the action and returns what was written to System.err meanwhile; System.err is restored even when the
   * action throws.
   *
   * @param action what to run
   * @return the text written to System.err while it ran
   */
  public static String during(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}

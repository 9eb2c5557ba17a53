package dev.ispkit.micrometer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The tests' SLF4J binding: it keeps a real MDC (slf4j-simple's is a no-op) and records every line ispkit's loggers
 * write with the MDC it was written under, so a test can check what a host's log pattern would show. Other loggers
 * are off.
 */
public final class RecordedLogs implements SLF4JServiceProvider {
  /** One line as written. */
  record Line(String logger, Level level, String message, Map<String, String> mdc) {}

  private static final List<Line> LINES = new ArrayList<>();

  private final BasicMDCAdapter mdc = new BasicMDCAdapter();
  private final BasicMarkerFactory markers = new BasicMarkerFactory();
  private final ILoggerFactory loggers = Recording::new;

  /** Every line recorded so far. */
  static List<Line> lines() {
    synchronized (LINES) {
      return List.copyOf(LINES);
    }
  }

  /** Forgets what was recorded. */
  static void clear() {
    synchronized (LINES) {
      LINES.clear();
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    // Nothing to set up.
  }

  /** A logger that records when it is one of ispkit's. */
  private static final class Recording extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    private final boolean ours;

    Recording(String name) {
      this.name = name;
      this.ours = name.startsWith("dev.ispkit");
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return ours;
    }

    @Override
    public boolean isInfoEnabled() {
      return ours;
    }

    @Override
    public boolean isWarnEnabled() {
      return ours;
    }

    @Override
    public boolean isErrorEnabled() {
      return ours;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
        Throwable throwable) {
      if (!ours || level == Level.TRACE) {
        return;
      }
      String message = MessageFormatter.basicArrayFormat(pattern, arguments);
      Map<String, String> context = MDC.getCopyOfContextMap();
      synchronized (LINES) {
        LINES.add(new Line(name, level, message, context == null ? Map.of() : context));
      }
    }
  }
}

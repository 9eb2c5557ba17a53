package dev.ispkit.micrometer;

import dev.ispkit.engine.lifecycle.LifecycleListener;
import org.slf4j.MDC;

/**
 * Puts the service, the lifecycle and the step in the SLF4J {@link MDC} while a step runs, so every log line written
 * during the step (the clients' HTTP log, the adapters', the host's own) can be grouped by service. The engine calls a
 * step's start and end on the thread that runs the step, and the step's panel calls run on that thread too; the keys
 * are removed when the step ends.
 *
 * <p>It needs only SLF4J: a host that wants the MDC without metrics installs it alone.
 *
 * <pre>{@code
 * Provisioning.builder().listener(new LifecycleMdc())...
 * // logback: %X{ispkit.service} %X{ispkit.lifecycle} %X{ispkit.step} %msg
 * }</pre>
 */
public final class LifecycleMdc implements LifecycleListener {
  /** The MDC key of the service id. */
  public static final String SERVICE = "ispkit.service";
  /** The MDC key of the lifecycle ({@code dedicated-open}...). */
  public static final String LIFECYCLE = "ispkit.lifecycle";
  /** The MDC key of the step ({@code claim-server}...). */
  public static final String STEP = "ispkit.step";

  @Override
  public void stepStarted(String serviceId, String lifecycle, String step) {
    MDC.put(SERVICE, serviceId);
    MDC.put(LIFECYCLE, lifecycle);
    MDC.put(STEP, step);
  }

  @Override
  public void stepEnded(String serviceId, String lifecycle, String step, String outcome) {
    MDC.remove(SERVICE);
    MDC.remove(LIFECYCLE);
    MDC.remove(STEP);
  }
}

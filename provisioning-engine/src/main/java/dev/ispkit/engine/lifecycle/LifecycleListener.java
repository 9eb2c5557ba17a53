package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.queue.QueueListener;

/**
 * What a host hears while lifecycles run: each run as it starts and ends, each step as it starts and ends, the
 * progress of long steps (OS installation and diagnostics take tens of minutes), services left waiting for manual
 * tasks, what became of control-panel licenses, and (as a {@link QueueListener}) every step's wait on the operation
 * queue. Every method has an empty default, so a host implements only what it shows. An exception thrown here is
 * ignored and never stops a lifecycle. {@code ispkit-micrometer} implements it with Micrometer.
 *
 * <p>Threads: {@link #stepStarted}, {@link #progress} and {@link #stepEnded} of one step are called on the thread
 * that runs the step, the one its panel calls are made on, so a listener may keep per-step state in a thread-local
 * (a tracing scope, the logging MDC) from the start to the end. {@link #lifecycleStarted} is called on the thread
 * that asked for the lifecycle, {@link #finished} on the engine's threads.
 *
 * <pre>{@code
 * LifecycleListener log = new LifecycleListener() {
 *   public void progress(String serviceId, String lifecycle, String step, int percent, String note) {
 *     System.out.printf("%s %s %d%% %s%n", serviceId, step, percent, note);
 *   }
 * };
 * Provisioning.builder().listener(LifecycleListener.combine(log, metrics))...
 * }</pre>
 */
public interface LifecycleListener extends QueueListener {

  /** Hears nothing. */
  LifecycleListener NONE = new LifecycleListener() { };

  /**
   * Several listeners as one: each hears every event; starts are told in the order given, ends ({@link #stepEnded},
   * {@link #finished}) in the reverse order, so state one listener sets up around a step (a tracing scope) is
   * torn down in the order it was set up. An exception one throws does not keep the others from hearing.
   *
   * @param listeners the listeners, in order
   * @return one listener telling them all
   */
  static LifecycleListener combine(LifecycleListener... listeners) {
    return CombinedListener.of(listeners);
  }

  /**
   * A run of a lifecycle starts, or resumes (after a crash, a failure, or once the tasks it waited for are closed).
   *
   * @param serviceId the service
   * @param lifecycle the lifecycle ({@code dedicated-open}...)
   */
  default void lifecycleStarted(String serviceId, String lifecycle) {
  }

  /**
   * A step starts.
   *
   * @param serviceId the service
   * @param lifecycle the lifecycle ({@code dedicated-open}...)
   * @param step the step
   */
  default void stepStarted(String serviceId, String lifecycle, String step) {
  }

  /**
   * A long step made progress.
   *
   * @param serviceId the service
   * @param lifecycle the lifecycle
   * @param step the step
   * @param percent 0 to 100, or -1 when the panel gives no figure
   * @param note what the panel says it is doing
   */
  default void progress(String serviceId, String lifecycle, String step, int percent, String note) {
  }

  /**
   * A step ended: done, waiting for a task, or failed.
   *
   * @param serviceId the service
   * @param lifecycle the lifecycle
   * @param step the step
   * @param outcome {@code done}, {@code waiting}, {@code finished} or {@code failed}
   */
  default void stepEnded(String serviceId, String lifecycle, String step, String outcome) {
  }

  /**
   * A service waits for manual tasks (a build, a purchase, an IPMI stop) the host must close: when a step starts
   * waiting, and again when a resumed or recovered run finds its tasks still open. It stops waiting when its
   * lifecycle starts again ({@link #lifecycleStarted}).
   *
   * @param serviceId the service
   * @param lifecycle the lifecycle that waits
   * @param openTasks how many of its tasks are open
   */
  default void waitingForTasks(String serviceId, String lifecycle, int openTasks) {
  }

  /**
   * The free licenses of a pricelist, as the license step just read them from the license server: licenses the
   * freeness rule allows to reuse, claimed by another order or not.
   *
   * @param pricelistId the pricelist
   * @param free how many are free
   */
  default void freeLicenses(long pricelistId, int free) {
  }

  /**
   * Something became of a service's control-panel license.
   *
   * @param pricelistId the license's pricelist
   * @param event what
   */
  default void license(long pricelistId, LicenseEvent event) {
  }

  /**
   * A run ended (for now: a run waiting for a task ends here and goes on when the task is closed).
   *
   * @param result the result
   * @param lifecycle the lifecycle
   */
  default void finished(String lifecycle, LifecycleResult result) {
  }
}

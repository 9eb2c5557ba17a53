package dev.ispkit.engine.lifecycle;

/**
 * What a host hears while lifecycles run: each step as it starts and ends, the progress of long steps (OS
 * installation and diagnostics take tens of minutes), and each run's result. Every method has an empty default, so a
 * host implements only what it shows. Called on the thread that runs the step; an exception thrown here is ignored
 * and never stops a lifecycle.
 *
 * <pre>{@code
 * LifecycleListener log = new LifecycleListener() {
 *   public void progress(String serviceId, String lifecycle, String step, int percent, String note) {
 *     System.out.printf("%s %s %d%% %s%n", serviceId, step, percent, note);
 *   }
 * };
 * }</pre>
 */
public interface LifecycleListener {

  /** Hears nothing. */
  LifecycleListener NONE = new LifecycleListener() { };

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
   * A run ended (for now: a run waiting for a task ends here and goes on when the task is closed).
   *
   * @param result the result
   * @param lifecycle the lifecycle
   */
  default void finished(String lifecycle, LifecycleResult result) {
  }
}

package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.queue.QueueKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** {@link LifecycleListener#combine}: starts in order, ends in reverse order, each listener's failure its own. */
final class CombinedListener implements LifecycleListener {
  private final List<LifecycleListener> inOrder;
  private final List<LifecycleListener> reversed;

  private CombinedListener(List<LifecycleListener> listeners) {
    this.inOrder = List.copyOf(listeners);
    List<LifecycleListener> backwards = new ArrayList<>(listeners);
    Collections.reverse(backwards);
    this.reversed = List.copyOf(backwards);
  }

  static LifecycleListener of(LifecycleListener... listeners) {
    InvalidSettingException.requirePresent("listeners", listeners);
    List<LifecycleListener> given = InvalidSettingException.requireNoNulls("listeners", Arrays.asList(listeners));
    return given.size() == 1 ? given.get(0) : new CombinedListener(given);
  }

  private static void tell(List<LifecycleListener> listeners, Consumer<LifecycleListener> event) {
    for (LifecycleListener listener : listeners) {
      try {
        event.accept(listener);
      } catch (RuntimeException ignored) {
        // One host listener failing must not keep the next from hearing.
      }
    }
  }

  @Override
  public void lifecycleStarted(String serviceId, String lifecycle) {
    tell(inOrder, listener -> listener.lifecycleStarted(serviceId, lifecycle));
  }

  @Override
  public void stepStarted(String serviceId, String lifecycle, String step) {
    tell(inOrder, listener -> listener.stepStarted(serviceId, lifecycle, step));
  }

  @Override
  public void progress(String serviceId, String lifecycle, String step, int percent, String note) {
    tell(inOrder, listener -> listener.progress(serviceId, lifecycle, step, percent, note));
  }

  @Override
  public void stepEnded(String serviceId, String lifecycle, String step, String outcome) {
    tell(reversed, listener -> listener.stepEnded(serviceId, lifecycle, step, outcome));
  }

  @Override
  public void waitingForTasks(String serviceId, String lifecycle, int openTasks) {
    tell(inOrder, listener -> listener.waitingForTasks(serviceId, lifecycle, openTasks));
  }

  @Override
  public void freeLicenses(long pricelistId, int free) {
    tell(inOrder, listener -> listener.freeLicenses(pricelistId, free));
  }

  @Override
  public void license(long pricelistId, LicenseEvent event) {
    tell(inOrder, listener -> listener.license(pricelistId, event));
  }

  @Override
  public void finished(String lifecycle, LifecycleResult result) {
    tell(reversed, listener -> listener.finished(lifecycle, result));
  }

  @Override
  public void operationQueued(QueueKey key) {
    tell(inOrder, listener -> listener.operationQueued(key));
  }

  @Override
  public void operationStarted(QueueKey key, Duration waited) {
    tell(inOrder, listener -> listener.operationStarted(key, waited));
  }

  @Override
  public void operationDropped(QueueKey key, Duration waited) {
    tell(inOrder, listener -> listener.operationDropped(key, waited));
  }
}

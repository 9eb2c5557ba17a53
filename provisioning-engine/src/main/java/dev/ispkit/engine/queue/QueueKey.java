package dev.ispkit.engine.queue;

import dev.ispkit.engine.InvalidSettingException;

/**
 * The queue an operation runs in: a named queue ({@code dci-7-2}), or {@link #direct()} when the processing module
 * does not queue operations, in which case the operation runs at once on the caller's thread.
 *
 * <p>Lifecycles get keys from {@link QueueSettings#keyFor}; tests and hosts may name one directly:
 * {@code QueueKey.of("dci-7-0")}.
 */
public final class QueueKey {
  private static final QueueKey DIRECT = new QueueKey("");

  private final String name;

  private QueueKey(String name) {
    this.name = name;
  }

  /**
   * A named queue.
   *
   * @param name the queue's name, not blank
   * @return the key
   * @throws InvalidSettingException naming {@code queue key} when the name is missing or blank
   */
  public static QueueKey of(String name) {
    return new QueueKey(InvalidSettingException.requireText("queue key", name));
  }

  /** The key of an operation that is not queued: it runs directly on the caller's thread. */
  public static QueueKey direct() {
    return DIRECT;
  }

  /** Whether the operation runs directly, without a queue. */
  public boolean isDirect() {
    return name.isEmpty();
  }

  /** The queue's name; empty for {@link #direct()}. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QueueKey && ((QueueKey) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return isDirect() ? "(direct)" : name;
  }
}

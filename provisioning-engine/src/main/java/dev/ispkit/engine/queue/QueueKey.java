package dev.ispkit.engine.queue;

import dev.ispkit.engine.InvalidSettingException;
import java.util.OptionalInt;

/**
 * The queue an operation runs in: a named queue ({@code dci-7-2}), or {@link #direct()} when the processing module
 * does not queue operations, in which case the operation runs at once on the caller's thread.
 *
 * <p>Lifecycles get keys from {@link QueueSettings#keyFor}; tests and hosts may name one directly:
 * {@code QueueKey.of("dci-7-0")}.
 */
public final class QueueKey {
  private static final QueueKey DIRECT = new QueueKey("", -1);

  private final String name;
  /** The queue number {@link QueueSettings#keyFor} chose, or -1 for a key named by hand. */
  private final int number;

  private QueueKey(String name, int number) {
    this.name = name;
    this.number = number;
  }

  /**
   * A named queue.
   *
   * @param name the queue's name, not blank
   * @return the key
   * @throws InvalidSettingException naming {@code queue key} when the name is missing or blank
   */
  public static QueueKey of(String name) {
    return new QueueKey(InvalidSettingException.requireText("queue key", name), -1);
  }

  /** A key {@link QueueSettings#keyFor} made: its name ends in {@code -number}. */
  static QueueKey numbered(String name, int number) {
    return new QueueKey(InvalidSettingException.requireText("queue key", name), number);
  }

  /** The key of an operation that is not queued: it runs directly on the caller's thread. */
  public static QueueKey direct() {
    return DIRECT;
  }

  /** Whether the operation runs directly, without a queue. */
  public boolean isDirect() {
    return name.isEmpty();
  }

  /**
   * The queue number ({@code n} of {@code {key}-{n}}, below the module's queue count) of a key made by {@link
   * QueueSettings#keyFor}: a value from a small closed set, unlike the name, which may hold a service id
   * ({@code __IID__}). Empty for {@link #direct()} and for a key named with {@link #of(String)}.
   */
  public OptionalInt number() {
    return number < 0 ? OptionalInt.empty() : OptionalInt.of(number);
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

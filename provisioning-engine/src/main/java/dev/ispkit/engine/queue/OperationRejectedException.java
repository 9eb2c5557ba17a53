package dev.ispkit.engine.queue;

import java.util.concurrent.RejectedExecutionException;

/**
 * An {@link OperationQueue} refused an operation because it is shutting down or shut down. The operation did not
 * run.
 *
 * <p>A lifecycle catches it to stop cleanly: the step stays unfinished in the journal and runs on the next start.
 */
public class OperationRejectedException extends RejectedExecutionException {
  private final transient QueueKey key;

  /**
   * Creates the exception.
   *
   * @param key the key the operation was submitted under
   * @param reason why it was refused
   */
  public OperationRejectedException(QueueKey key, String reason) {
    super("operation for queue " + key + " rejected: " + reason);
    this.key = key;
  }

  /** The key the operation was submitted under. */
  public QueueKey key() {
    return key;
  }
}

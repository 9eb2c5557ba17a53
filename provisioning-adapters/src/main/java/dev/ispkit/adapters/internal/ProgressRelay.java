package dev.ispkit.adapters.internal;

import dev.ispkit.engine.port.OperationProgress;

/**
 * Passes a wait's reads on to the engine's {@link OperationProgress}, only when the figure or the words changed: a
 * wait reads a 40-minute installation hundreds of times, and the engine's listener should hear of each change once.
 * Internal: see the package description.
 *
 * <pre>{@code
 * ProgressRelay relay = new ProgressRelay(progress);
 * client.operations().awaitOnServer(serverId, operationId, options, op -> relay.report(percent(op), op.describe()));
 * }</pre>
 */
public final class ProgressRelay {
  private final OperationProgress progress;
  private int lastPercent = Integer.MIN_VALUE;
  private String lastNote;

  /**
   * A relay to a listener.
   *
   * @param progress the engine's listener; {@code null} reports nothing
   */
  public ProgressRelay(OperationProgress progress) {
    this.progress = progress == null ? OperationProgress.NONE : progress;
  }

  /**
   * One read of the operation.
   *
   * @param percent 0 to 100, or -1 when the panel gives no figure
   * @param note what the panel says it is doing
   */
  public synchronized void report(int percent, String note) {
    String text = note == null ? "" : note;
    if (percent != lastPercent || !text.equals(lastNote)) {
      lastPercent = percent;
      lastNote = text;
      progress.progress(percent, text);
    }
  }
}

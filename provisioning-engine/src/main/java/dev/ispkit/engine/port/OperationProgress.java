package dev.ispkit.engine.port;

/**
 * Progress of a long panel operation (OS installation, diagnostics), as a panel port reports it while it waits.
 *
 * <pre>{@code
 * panel.awaitOperation(serverId, operationId, timeout, (percent, note) -> log.info("{}% {}", percent, note));
 * }</pre>
 */
@FunctionalInterface
public interface OperationProgress {
  /** Reports nothing. */
  OperationProgress NONE = (percent, note) -> { };

  /**
   * One report.
   *
   * @param percent 0 to 100, or -1 when the panel gives no figure
   * @param note what the panel says it is doing, empty when nothing
   */
  void progress(int percent, String note);
}

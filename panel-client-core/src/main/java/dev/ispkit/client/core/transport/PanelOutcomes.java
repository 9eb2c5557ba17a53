package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelOutcome;

/**
 * The {@link PanelOutcome} of what a caller got: the one mapping from exception to outcome, through {@link
 * ErrorKind#of}, so a failure has the same kind in an exception and in a metric. Each error kind has the outcome of
 * its name ({@code PanelOutcomesTest} checks that none is missing).
 */
final class PanelOutcomes {
  private PanelOutcomes() {}

  /**
   * The outcome of a call, login or wait that threw {@code failure}, or {@link PanelOutcome#OK} when it is null.
   *
   * @param failure what the caller got, or null
   * @return the outcome
   */
  static PanelOutcome of(Throwable failure) {
    if (failure == null) {
      return PanelOutcome.OK;
    }
    if (failure instanceof PanelException) {
      return PanelOutcome.valueOf(ErrorKind.of((PanelException) failure).name());
    }
    if (failure instanceof InvalidInputException) {
      return PanelOutcome.INVALID_INPUT;
    }
    return PanelOutcome.ERROR;
  }
}

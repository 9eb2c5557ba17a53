package dev.ispkit.client.core;

import java.util.Locale;

/**
 * How a panel call, a login or a wait ended, as a {@link PanelCallListener} hears it: {@link #OK} or the kind of the
 * exception the caller got. A closed set, so a metrics binding can use it as a tag value.
 *
 * <pre>{@code
 * public PanelCallListener.Call callStart(String panel, String call) {
 *   return new PanelCallListener.Call() {
 *     public void end(PanelOutcome outcome) {
 *       if (outcome == PanelOutcome.UNAVAILABLE) alerts.panelAsleep(panel);
 *     }
 *   };
 * }
 * }</pre>
 */
public enum PanelOutcome {
  /** It succeeded. */
  OK,
  /** {@link PanelAuthenticationException}. */
  AUTHENTICATION,
  /** {@link PanelPermissionException}. */
  PERMISSION,
  /** {@link PanelNotFoundException}. */
  NOT_FOUND,
  /** {@link PanelInvalidRequestException}. */
  INVALID_REQUEST,
  /** {@link PanelConflictException}. */
  CONFLICT,
  /** {@link PanelUnavailableException}. */
  UNAVAILABLE,
  /** {@link PanelServerException}. */
  SERVER,
  /** {@link PanelOutcomeUnknownException}. */
  OUTCOME_UNKNOWN,
  /** {@link PanelResponseException}. */
  RESPONSE,
  /** {@link PanelConnectionException}. */
  CONNECTION,
  /** {@link OperationFailedException}. */
  OPERATION_FAILED,
  /** {@link OperationTimeoutException}. */
  OPERATION_TIMEOUT,
  /** {@link InvalidInputException}: refused before anything was sent. */
  INVALID_INPUT,
  /** Anything else: an exception from the caller's own code (a progress listener) or a bug. */
  ERROR;

  private final String tag = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The outcome as a metric tag or log word: lower case with hyphens, {@code not-found}. */
  public String tagValue() {
    return tag;
  }
}

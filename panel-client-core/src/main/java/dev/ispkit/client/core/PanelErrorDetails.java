package dev.ispkit.client.core;

/**
 * What is known about a failed call when a {@link PanelException} is made: the HTTP status (or -1 when no answer
 * arrived), the panel's code and message (or {@code null}), and the call.
 *
 * @param httpStatus the HTTP status, or {@code -1}
 * @param panelCode the panel's error code or type, or {@code null}
 * @param panelMessage the panel's error message, or {@code null}
 * @param call the failed call (secrets masked), or {@code null}
 */
public record PanelErrorDetails(int httpStatus, String panelCode, String panelMessage, PanelCall call) {
  /**
   * Details of a call that got no answer.
   *
   * @param call the call
   * @return the details
   */
  public static PanelErrorDetails noAnswer(PanelCall call) {
    return new PanelErrorDetails(-1, null, null, call);
  }

  /**
   * The details an exception carries, to make another exception about the same answer.
   *
   * @param failure the exception
   * @return its status, panel code and message, and call
   */
  public static PanelErrorDetails of(PanelException failure) {
    return new PanelErrorDetails(failure.httpStatus().orElse(-1), failure.panelCode().orElse(null),
        failure.panelMessage().orElse(null), failure.call().orElse(null));
  }

  /**
   * Details not tied to any one call, such as a wait that ran out of time.
   *
   * @return the details
   */
  public static PanelErrorDetails none() {
    return new PanelErrorDetails(-1, null, null, null);
  }
}

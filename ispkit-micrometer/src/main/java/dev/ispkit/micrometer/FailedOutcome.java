package dev.ispkit.micrometer;

/**
 * The error an observation of a call, login, wait, step or lifecycle carries when it did not succeed, so a tracing
 * handler marks the span failed and a meter handler's {@code error} tag reads {@code FailedOutcome} (a closed value:
 * the exception the caller got is not handed to the listener, so no message with ids reaches a tag). Its message is
 * the {@code outcome} tag's value; it has no stack trace.
 */
final class FailedOutcome extends RuntimeException {
  private static final long serialVersionUID = 1L;

  FailedOutcome(String outcome) {
    super(outcome, null, false, false);
  }
}

package dev.ispkit.engine.port;

/**
 * A panel port's call failed. Adapters turn every failure of a client (its typed exceptions) into one of these, so
 * the lifecycles decide on a kind, never on a client's type or a panel's words. The message names the panel and the
 * call and never carries a secret.
 *
 * <pre>{@code
 * try {
 *   panel.powerOff(serverId);
 * } catch (PanelFailure failure) {
 *   if (failure.kind() == PanelFailure.Kind.REFUSED) { ... }   // e.g. IPMI refused the command
 * }
 * }</pre>
 */
public class PanelFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure, as far as a lifecycle's decision goes. */
  public enum Kind {
    /** The panel did not answer in time, or answered that it is unavailable: worth trying again later. */
    UNAVAILABLE,
    /** The object is not on the panel (any more). */
    NOT_FOUND,
    /** The panel refused the call: invalid, conflicting, not allowed, or the hardware (IPMI) refused. */
    REFUSED,
    /** A panel operation or task ran and ended failed. */
    OPERATION_FAILED,
    /** A wait for a panel operation or task ran out of time. */
    TIMED_OUT,
    /** Anything else: an answer that could not be read, a login refused. */
    OTHER
  }

  private final Kind kind;

  /**
   * Creates the failure.
   *
   * @param kind what kind
   * @param message what failed, naming the panel and the call, without secrets
   * @param cause the client's exception, when there is one
   */
  public PanelFailure(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind == null ? Kind.OTHER : kind;
  }

  /** What kind of failure. */
  public Kind kind() {
    return kind;
  }
}

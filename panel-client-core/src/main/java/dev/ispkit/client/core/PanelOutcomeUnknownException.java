package dev.ispkit.client.core;

/**
 * The panel may have done what a call asked, but its answer does not say: it broke off, could not be read, or
 * lacked the id of what was created. Only thrown for calls that are not repeated by themselves (a VM create, a
 * license order, a power command), since repeating one could do it twice.
 *
 * <p>Read the panel's state before trying again; for a create, the message says how to look for the object (by the
 * name or the license name it was given).
 *
 * <pre>{@code
 * try {
 *   created = vm6.vms().create(order);
 * } catch (PanelOutcomeUnknownException e) {
 *   Optional<Vm> vm = vm6.vms().first(Where.field("name").eq(order.name()));
 *   // resume from the VM if it is there, create it again if not
 * }
 * }</pre>
 */
public class PanelOutcomeUnknownException extends PanelResponseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the whole message, secrets already masked
   * @param details what the panel said and which call it answered
   * @param cause the underlying failure, or {@code null}
   */
  public PanelOutcomeUnknownException(String message, PanelErrorDetails details, Throwable cause) {
    super(message, details, cause);
  }
}

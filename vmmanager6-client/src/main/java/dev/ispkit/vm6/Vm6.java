package dev.ispkit.vm6;

/**
 * What every group of calls of this client shares about the panel, kept apart from {@link Vm6Client} so that a
 * group of calls never reaches up to the facade that builds it.
 */
final class Vm6 {
  /** The panel's name in messages and logs. */
  static final String NAME = "VMmanager 6";
  /** How many elements one call of a {@code stream(...)} asks for. */
  static final int PAGE_SIZE = 100;

  private Vm6() {}
}

package dev.ispkit.dci6;

/**
 * What every group of calls of this client shares about the panel, kept apart from {@link Dci6Client} so that a
 * group of calls never reaches up to the facade that builds it.
 */
final class Dci6 {
  /** The panel's name in messages and logs. */
  static final String NAME = "DCImanager 6";
  /**
   * Elements per call when a list is read whole ({@code stream(...)}, {@code all()}, a location's servers); large
   * enough that one location rarely takes many calls.
   */
  static final int PAGE_SIZE = 500;

  private Dci6() {}
}

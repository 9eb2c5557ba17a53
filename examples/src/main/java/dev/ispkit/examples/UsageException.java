package dev.ispkit.examples;

/**
 * A wrong command line: an unknown option, a missing or unreadable value. The message names the option and never
 * repeats the value of a secret one.
 */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}

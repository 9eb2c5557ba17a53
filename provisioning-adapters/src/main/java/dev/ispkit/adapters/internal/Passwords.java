package dev.ispkit.adapters.internal;

import java.security.SecureRandom;

/**
 * Passwords nobody is told: what a panel user gets when the adapters create one for a customer (customers log in
 * with one-time links, never with this password), so a panel's password policy is met and the password is never
 * stored, logged or returned. Internal: see the package description.
 *
 * <pre>{@code
 * client.users().create(NewUser.builder().email(email).password(Passwords.untold()).build());
 * }</pre>
 */
public final class Passwords {
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final String ALL = LOWER + UPPER + DIGITS;
  private static final int LENGTH = 24;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /**
   * A new random password: 24 letters and digits with at least one lower case letter, one upper case letter and
   * one digit (the classes a panel's policy may ask for; no symbol, which some panels refuse): over 120 random bits.
   *
   * @return the password
   */
  public static String untold() {
    char[] password = new char[LENGTH];
    password[0] = pick(LOWER);
    password[1] = pick(UPPER);
    password[2] = pick(DIGITS);
    for (int i = 3; i < LENGTH; i++) {
      password[i] = pick(ALL);
    }
    // The three fixed classes go to random places, so the password has no predictable shape.
    for (int i = LENGTH - 1; i > 0; i--) {
      int j = RANDOM.nextInt(i + 1);
      char swap = password[i];
      password[i] = password[j];
      password[j] = swap;
    }
    return new String(password);
  }

  private static char pick(String alphabet) {
    return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
  }
}

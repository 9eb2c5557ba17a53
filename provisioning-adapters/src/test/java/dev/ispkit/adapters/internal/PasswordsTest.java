package dev.ispkit.adapters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The passwords nobody is told: long, of every class a policy may ask for, and never the same twice. */
class PasswordsTest {

  @RepeatedTest(50)
  void hasTwentyFourLettersAndDigitsOfEachClass() {
    String password = Passwords.untold();

    assertThat(password).hasSize(24).matches("[A-Za-z0-9]+").matches(".*[a-z].*").matches(".*[A-Z].*")
        .matches(".*[0-9].*");
  }

  @Test
  void neverRepeats() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(Passwords.untold())).isTrue();
    }
  }
}

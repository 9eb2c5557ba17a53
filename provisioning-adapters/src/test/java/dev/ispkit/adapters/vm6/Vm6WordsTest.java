package dev.ispkit.adapters.vm6;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.port.OsFamily;
import dev.ispkit.engine.port.VirtualMachine;
import dev.ispkit.vm6.VmState;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The VMmanager word table, row by row, from the panel's word as the client reads it to the engine's value. */
class Vm6WordsTest {

  @ParameterizedTest(name = "state ''{0}'' is {1}")
  @CsvSource(nullValues = "null", value = {
      "creating, CREATING", "active, RUNNING", "ACTIVE, RUNNING", "stopped, STOPPED", "deleting, DELETING",
      "' Deleting ', DELETING",
      // Words nobody knows, or none.
      "migrating, UNKNOWN", "suspended, UNKNOWN", "running, UNKNOWN", "'', UNKNOWN", "null, UNKNOWN"})
  void stateWords(String word, VirtualMachine.State expected) {
    assertThat(Vm6Words.state(VmState.of(word), Optional.ofNullable(word))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "client {0} has a row")
  @EnumSource(VmState.class)
  void everyStateTheClientKnowsHasARowAndNoneIsDeletingWithoutTheWord(VmState state) {
    assertThat(Vm6Words.state(state, Optional.empty())).isNotEqualTo(VirtualMachine.State.DELETING);
  }

  @ParameterizedTest(name = "os_group ''{0}'' is {1}")
  @CsvSource(nullValues = "null", value = {
      "windows, WINDOWS", "Windows, WINDOWS", "windows2019, WINDOWS", "ubuntu, LINUX", "debian, LINUX",
      "rhel, LINUX", "CentOS, LINUX", "almalinux, LINUX", "rocky, LINUX", "linux, LINUX", "freebsd, LINUX",
      "' ubuntu ', LINUX",
      // Words nobody knows, or none: never guessed.
      "macos, UNKNOWN", "other, UNKNOWN", "win, UNKNOWN", "'', UNKNOWN", "null, UNKNOWN"})
  void osGroupWords(String word, OsFamily expected) {
    assertThat(Vm6Words.osFamily(Optional.ofNullable(word))).isEqualTo(expected);
  }

  @Test
  void aVmWithoutAStateWordIsUnknown() {
    assertThat(Vm6Words.state(VmState.UNKNOWN, Optional.empty())).isEqualTo(VirtualMachine.State.UNKNOWN);
  }
}

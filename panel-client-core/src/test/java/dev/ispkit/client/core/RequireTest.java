package dev.ispkit.client.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RequireTest {
  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void refusesIdsBelowOne(long id) {
    assertThatThrownBy(() -> Require.id("vmId", id))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("vmId");
          assertThat(e.value()).isEqualTo(Long.toString(id));
        })
        .hasMessage("vmId must be a positive id (was \"" + id + "\")");
  }

  @Test
  void passesGoodValuesThrough() {
    assertThat(Require.id("vmId", 7)).isEqualTo(7);
    assertThat(Require.positive("cpuNumber", 1)).isEqualTo(1);
    assertThat(Require.notNegative("ipv4Number", 0)).isZero();
    assertThat(Require.notBlank("name", "  vm-1 ")).isEqualTo("vm-1");
    assertThat(Require.secret("password", " spaced ")).isEqualTo(" spaced ");
    assertThat(Require.ids("pools", List.of(1L, 2L))).containsExactly(1L, 2L);
    assertThat(Require.present("query", "q")).isEqualTo("q");
  }

  @Test
  void refusesZeroAndNegativeCounts() {
    assertThatThrownBy(() -> Require.positive("ramMib", 0)).hasMessage("ramMib must be at least 1 (was \"0\")");
    assertThatThrownBy(() -> Require.notNegative("ipv4Number", -1))
        .hasMessage("ipv4Number must not be negative (was \"-1\")");
  }

  @Test
  void refusesBlankTextAndNulls() {
    assertThatThrownBy(() -> Require.notBlank("name", " ")).hasMessage("name must not be blank (was \" \")");
    assertThatThrownBy(() -> Require.present("query", null)).hasMessage("query must not be null (was null)");
    assertThatThrownBy(() -> Require.ids("pools", new ArrayList<>(Arrays.asList(1L, null))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Require.ids("pools", List.of(0L))).hasMessageContaining("pools must hold positive ids");
  }

  @Test
  void neverRepeatsASecret() {
    assertThatThrownBy(() -> Require.secret("password", "   "))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.value()).isEqualTo("****"))
        .hasMessage("password must not be blank");
    assertThatThrownBy(() -> Require.secret("password", null)).hasMessage("password must not be blank");
  }
}

package dev.ispkit.adapters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Picking an offer by name, and saying what was offered when nothing matched. */
class OffersTest {
  private record Template(long id, String name) {}

  @Test
  void ofTwoOffersOfOneNameTheLowestIdIsChosenWhateverTheOrder() {
    List<Template> offered = List.of(new Template(7, "Debian 12"), new Template(3, "Debian 12"),
        new Template(1, "Ubuntu 22.04"));

    assertThat(Offers.lowestId(offered, t -> t.name().equals("Debian 12"), Template::id))
        .contains(new Template(3, "Debian 12"));
    assertThat(Offers.lowestId(offered, t -> t.name().equals("debian 12"), Template::id)).isEmpty();
  }

  @Test
  void aMessageNamesAtMostTwentyOffers() {
    assertThat(Offers.describe(List.of())).isEqualTo(" (it offers none)");
    assertThat(Offers.describe(List.of("Debian 12", "Ubuntu 22.04")))
        .isEqualTo(" (it offers 'Debian 12', 'Ubuntu 22.04')");
    List<String> many = IntStream.range(0, 25).mapToObj(i -> "t" + i).toList();
    assertThat(Offers.describe(many)).startsWith(" (it offers 't0', 't1',").endsWith("'t19', ...)")
        .doesNotContain("t20");
  }
}
